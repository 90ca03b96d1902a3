import { read } from "./helpers/read-facts";

const links = (text: string, date: string, region = "Shanghai") =>
  read(text, date, region).map((f) => [f.indicator, f.kind, f.measure, f.year, f.value, f.comparator]);

describe("a multiple's object, and a span of the figure's own", () => {
  it("links what a multiple's verb takes as its object, after another series' figure in the clause", () => {
    const text =
      "Shanghai aims to keep GDP growth at about 5 percent a year and to double its per capita GDP in 2040 from the 2025 level.";
    const facts = read(text, "2026-03-01");
    expect(facts.map((f) => [f.indicator, f.year, f.value, f.unit, f.relative])).toEqual([
      ["GDP_GROWTH", 2040, 0.05, "ratio", null],
      ["GDP_PC", 2040, null, "yuan per person", { multiple: 2, of: 2025 }],
    ]);
  });

  it("does not date a figure over 'the next five years' by a year after the 'and' that goes on", () => {
    const text =
      "During the 15th Five-Year Plan (2026-30) period, the city will nurture new growth engines.\n\n" +
      "The city intends to keep GDP growth at about 5 percent over the next five years and to double its per capita " +
      "GDP in 2035 from the 2020 level.";
    const facts = read(text, "2026-02-11");
    expect(facts.map((f) => [f.indicator, f.kind, f.year, f.value])).toEqual([
      ["GDP_GROWTH", "target", 2030, 0.05],
      ["GDP_PC", "target", 2035, null],
    ]);
  });

  it("keeps a year right after the span", () => {
    expect(links("GDP will grow about 5 percent a year over the next five years to 2030.", "2026-02-11")).toEqual([
      ["GDP_GROWTH", "target", "growth", 2030, 0.05, "~"],
    ]);
  });
});
