import { fact, readFields } from "./helpers/read-facts";

/** Issue 8, phenomenon 7: targets in action plans and work reports, each with its unit. */
describe("action-plan targets", () => {
  it("reads shares of output, productivity and densities as targets with their units", () => {
    expect(
      readFields(
        "By 2027, high-tech manufacturing will make up 45 percent of industrial output, overall labour productivity will exceed 520,000 yuan per person, and robot density will reach 460 robots per 10,000 workers.",
        "2025-01-10",
      ),
    ).toEqual([
      fact({ value: 0.45, unit: "ratio", kind: "target", measure: "share", year: 2027 }),
      fact({
        value: 520000,
        unit: "yuan per person",
        kind: "target",
        year: 2027,
        comparator: ">",
        indicator: "LABOR_PROD",
      }),
      fact({ value: 460, unit: "robots per 10,000 workers", kind: "target", year: 2027 }),
    ]);
  });

  it("keeps enterprises' R&D intensity apart from R&D as a share of GDP", () => {
    expect(
      readFields("By 2027, key enterprises will spend at least 3 percent of their revenue on R&D.", "2025-01-10"),
    ).toEqual([fact({ value: 0.03, unit: "ratio", kind: "target", measure: "share", year: 2027, comparator: ">=" })]);
    expect(readFields("By 2027, R&D expenditure will be equivalent to 4.8 percent of GDP.", "2025-01-10")).toEqual([
      fact({ value: 0.048, unit: "ratio", kind: "target", measure: "share", year: 2027, indicator: "RD_GDP" }),
    ]);
  });

  it("reads 'digitally transformed' shares and counts of enterprises to cultivate", () => {
    expect(
      readFields(
        "By 2027, more than 85 percent of manufacturers above designated size will be digitally transformed, and the city will cultivate 800 'little giant' enterprises.",
        "2025-01-10",
      ),
    ).toEqual([
      fact({ value: 0.85, unit: "ratio", kind: "target", measure: "share", year: 2027, comparator: ">" }),
      fact({ value: 800, unit: "enterprises", kind: "target", year: 2027 }),
    ]);
  });

  it("reads a work report's main targets for the year", () => {
    expect(
      readFields(
        "This year, we will aim for GDP growth of around 5 percent and keep the surveyed urban unemployment rate within 5 percent.",
        "2025-01-15",
      ).map((f) => [f.indicator, f.kind, f.measure, f.year, f.value, f.comparator]),
    ).toEqual([
      ["GDP_GROWTH", "target", "growth", 2025, 0.05, "~"],
      ["UNEMPLOYMENT", "target", "share", 2025, 0.05, "<="],
    ]);
  });
});

describe("an action plan's shares of output", () => {
  it("links the share of strategic emerging industries in above-scale output to its series", () => {
    expect(
      readFields(
        "By 2027, the output value of strategic emerging industries will make up 46 percent of the total output value of industrial enterprises above designated size.",
        "2025-12-01",
      ),
    ).toEqual([
      fact({ value: 0.46, unit: "ratio", measure: "share", kind: "target", year: 2027, indicator: "SEI_SHARE" }),
    ]);
  });
});

describe("a work report's price target", () => {
  it("links 'consumer price increases of around 2 percent' to the CPI series", () => {
    expect(
      readFields(
        "This year, we will aim for GDP growth of around 5 percent and consumer price increases of around 2 percent.",
        "2026-01-15",
      ).map((f) => [f.indicator, f.kind, f.measure, f.year, f.value, f.comparator]),
    ).toEqual([
      ["GDP_GROWTH", "target", "growth", 2026, 0.05, "~"],
      ["CPI", "target", "growth", 2026, 0.02, "~"],
    ]);
  });
});
