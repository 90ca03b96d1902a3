import { read } from "./helpers/read-facts";

const links = (text: string, date: string, region = "Shanghai") =>
  read(text, date, region).map((f) => [f.indicator, f.kind, f.measure, f.year, f.value, f.comparator]);

describe("catalog names written another way", () => {
  it("reads 'software and IT services' as software and information services", () => {
    expect(
      links("Software and IT services revenue rose by 14.5 percent in the first half of 2025.", "2025-08-01"),
    ).toEqual([["SOFTWARE", "actual", "growth", 2025, 0.145, "="]]);
  });

  it("reads 'core industries of the digital economy' as the digital core industries' share of GDP", () => {
    const text =
      "By 2030 the value added of core industries of the digital economy will account for over 18 percent of GDP.";
    expect(links(text, "2026-02-01")).toEqual([["DIGITAL_CORE_SHARE", "target", "share", 2030, 0.18, ">"]]);
  });

  it("reads the automotive industry's output value told with 'its', and its 'comparable growth rate'", () => {
    const text =
      "In the first half of 2025, Shanghai's automotive industry kept growing, with its industrial output value " +
      "reaching 350 billion yuan (about 49 billion U.S. dollars), a comparable year-on-year growth rate of 8.2 percent.";
    const facts = read(text, "2025-08-01");
    expect(facts.map((f) => [f.indicator, f.measure, f.year, f.period, f.value])).toEqual([
      ["AUTO_VALUE", "level", 2025, { from: 1, to: 6 }, 350e9],
      ["AUTO_VALUE", "growth", 2025, { from: 1, to: 6 }, 0.082],
    ]);
  });

  it("keeps money put into the automotive industry no output value", () => {
    expect(links("Investment in the automotive industry rose 12 percent in 2024.", "2025-02-01")).toEqual([
      [null, "actual", "growth", 2024, 0.12, "="],
    ]);
  });
});
