import { read } from "./helpers/read-facts";

const links = (text: string, date: string, region = "Shanghai") =>
  read(text, date, region).map((f) => [f.indicator, f.kind, f.measure, f.year, f.value, f.comparator]);

describe("a growth goal that names no series is the economy's growth", () => {
  it("reads 'the growth target at/of' told again without a place", () => {
    const text =
      "Shanghai will aim for economic growth of about 5 percent in 2027. An economist said that keeping the growth " +
      "target at around 5 percent shows confidence.";
    expect(links(text, "2027-01-20")).toEqual([
      ["GDP_GROWTH", "target", "growth", 2027, 0.05, "~"],
      ["GDP_GROWTH", "target", "growth", 2027, 0.05, "~"],
    ]);
  });

  it("reads a plan that 'targets 6% annual growth' as the city's GDP growth goal", () => {
    const text = "Shanghai's New Development Plan Targets 6% Annual Growth Through 2035";
    const facts = read(text, "2031-02-01");
    expect(facts.map((f) => [f.indicator, f.kind, f.measure, f.year, f.value])).toEqual([
      ["GDP_GROWTH", "target", "growth", 2035, 0.06],
    ]);
    expect(facts[0].quote).toContain("6% Annual Growth");
  });

  it("keeps growth of something named after the figure, and another place's goal, unlinked", () => {
    expect(links("The city targets 8 percent growth in retail sales for 2027.", "2027-01-20")).toEqual([
      [null, "target", "growth", 2027, 0.08, "="],
    ]);
    expect(
      read("Jiangsu kept the growth target at about 5.5 percent for 2027.", "2027-01-20", "China").map((f) => [
        f.indicator,
        f.region,
      ]),
    ).toEqual([[null, "Jiangsu"]]);
  });
});
