import { fact, read, readFields } from "./helpers/read-facts";

/** Issue 8, phenomenon 8: GDP, growth rates, added value and investment are actuals with their subject. */
describe("macro figures", () => {
  it("reads GDP and its growth, linked to the catalog's GDP series", () => {
    expect(
      readFields("In 2025, Shanghai's gross domestic product grew 5.1 percent to 5.51 trillion yuan.", "2026-01-20"),
    ).toEqual([
      fact({ value: 0.051, unit: "ratio", measure: "growth", year: 2025, indicator: "GDP_GROWTH" }),
      fact({ value: 5.51e12, year: 2025, indicator: "GDP" }),
    ]);
  });

  it("reads added value by sector and fixed-asset investment with their subjects, linked or not", () => {
    const text =
      "The added value of the tertiary industry was 4,130.2 billion yuan, up 5.6 percent. Fixed-asset investment rose 4.2 percent.";
    const facts = readFields(text, "2026-01-20");
    expect(facts).toEqual([
      fact({ value: 4130.2e9, year: 2026 }),
      fact({ value: 0.056, unit: "ratio", measure: "growth", year: 2026 }),
      fact({ value: 0.042, unit: "ratio", measure: "growth", year: 2026 }),
    ]);
  });

  it("names what unlinked macro figures are about", () => {
    const text =
      "The added value of the tertiary industry was 4,130.2 billion yuan. Fixed-asset investment rose 4.2 percent.";
    expect(read(text, "2026-01-20").map((f) => f.subject)).toEqual([
      "The added value of the tertiary industry",
      "Fixed-asset investment",
    ]);
  });

  it("reads a share of GDP and a fall", () => {
    expect(
      readFields(
        "The primary industry's added value fell 2.3 percent, and services accounted for 75.9 percent of GDP.",
        "2026-01-20",
      ),
    ).toEqual([
      fact({ value: -0.023, unit: "ratio", measure: "growth", year: 2026 }),
      fact({ value: 0.759, unit: "ratio", measure: "share", year: 2026 }),
    ]);
  });
});

describe("an economy's size and growth", () => {
  it("reads 'the city's economy grew ... to ...' as GDP growth and GDP, but not the digital economy", () => {
    expect(
      readFields("The city's economy grew 4.8 percent last year to 5.31 trillion yuan.", "2026-01-25").map((f) => [
        f.indicator,
        f.value,
        f.year,
      ]),
    ).toEqual([
      ["GDP_GROWTH", 0.048, 2025],
      ["GDP", 5.31e12, 2025],
    ]);
    expect(
      readFields("The city's digital economy grew 9.1 percent last year.", "2026-01-25").map((f) => f.indicator),
    ).toEqual([null]);
  });
});

describe("what 'it' refers to in a statistics release", () => {
  it("reads 'it' after an unnamed subject as that subject, not as the GDP of the paragraph before", () => {
    const facts = readFields(
      "Shanghai's GDP grew 5.3 percent in the first quarter.\n\nIndustrial output rose 6.1 percent in Q1; in March alone it jumped 8.2 percent.",
      "2026-04-20",
    );
    expect(facts.map((f) => [f.value, f.indicator, f.period])).toEqual([
      [0.053, "GDP_GROWTH", { from: 1, to: 3 }],
      [0.061, null, { from: 1, to: 3 }],
      [0.082, null, { from: 3, to: 3 }],
    ]);
  });
});

describe("investment in an industry", () => {
  it("does not read investment in the three leading industries as the industries' scale", () => {
    expect(
      readFields(
        "Industrial investment rose 8.4 percent, and investment in the three leading industries rose 15.2 percent.",
        "2025-03-18",
      ).map((f) => [f.value, f.indicator, f.year]),
    ).toEqual([
      [0.084, "INVEST", 2025],
      [0.152, null, 2025],
    ]);
  });
});
