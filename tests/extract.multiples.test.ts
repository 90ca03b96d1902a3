import { fact, readFields } from "./helpers/read-facts";

/** Issue 8, phenomenon 4: multiples in the past are levels reached; multiples of a named year are targets of that year. */
describe("multiples", () => {
  it("reads 'more than doubled in size to CNY761.7 billion' as the level reached, not a multiple", () => {
    expect(
      readFields(
        "Over the past five years, the city's biomedicine industry more than doubled in size to CNY761.7 billion.",
        "2024-05-10",
      ),
    ).toEqual([fact({ value: 761.7e9, indicator: "BIO", year: 2024 })]);
  });

  it("reads '1.5 times the 2022 level' as a target relative to 2022", () => {
    expect(readFields("By 2027, the output of smart sensors will be 1.5 times the 2022 level.", "2024-05-10")).toEqual([
      fact({
        value: null,
        unit: "CNY",
        kind: "target",
        year: 2027,
        indicator: "SENSOR",
        relative: { multiple: 1.5, of: 2022 },
      }),
    ]);
  });

  it("reads 'double that of 2020 by 2025' relative to 2020, and a plain 'double' relative to the plan's baseline", () => {
    expect(
      readFields("Artificial intelligence output should double that of 2020 by 2025.", "2022-01-10").map((f) => [
        f.indicator,
        f.year,
        f.relative,
      ]),
    ).toEqual([["AI", 2025, { multiple: 2, of: 2020 }]]);
    expect(
      readFields("Artificial intelligence output should double by 2025.", "2022-01-10").map((f) => f.relative),
    ).toEqual([{ multiple: 2 }]);
  });

  it("still reads a past multiple with no level as growth of over 100 %", () => {
    expect(readFields("Output of AI products more than doubled last year.", "2024-05-10")).toEqual([
      fact({ value: 1, unit: "ratio", measure: "growth", comparator: ">", indicator: "AI", year: 2023 }),
    ]);
  });

  it("reads each industry's multiple of a named year in a list of plan targets", () => {
    expect(
      readFields(
        "For 2031, the plan wants the IC industry to double from the 2026 level, biomedicine to reach 1.5 times its 2026 scale and artificial intelligence to triple its 2026 scale.",
        "2027-02-01",
      ).map((f) => [f.indicator, f.kind, f.year, f.relative]),
    ).toEqual([
      ["IC", "target", 2031, { multiple: 2, of: 2026 }],
      ["BIO", "target", 2031, { multiple: 1.5, of: 2026 }],
      ["AI", "target", 2031, { multiple: 3, of: 2026 }],
    ]);
  });

  it("dates a level reached 'from 2020' by its own year, and drops the multiple that only describes it", () => {
    expect(
      readFields(
        "In 2025, software revenue doubled from 2020 to 1.63 trillion yuan, 2.1 times its 2020 size.",
        "2026-02-01",
      ),
    ).toEqual([fact({ value: 1.63e12, indicator: "SOFTWARE", year: 2025 })]);
  });
});

describe("words that are not multiples", () => {
  it("does not read 'growing by double digits' as a doubling", () => {
    expect(
      readFields("Industrial investment in the district kept growing by double digits last year.", "2025-02-01"),
    ).toEqual([]);
  });
});

describe("multiples that compare with another quantity", () => {
  it("reads no fact from 'triple the national level of 2.6 percent'", () => {
    expect(
      readFields(
        "About 7.5 percent of the city's AI firms have overseas branches, triple the national level of 2.5 percent.",
        "2022-10-10",
      ).map((f) => [f.value, f.unit, f.region]),
    ).toEqual([
      [0.075, "ratio", "Shanghai"],
      [0.025, "ratio", "China"],
    ]);
  });

  it("dates a level by its own year, not by the year another figure's noun is 'of'", () => {
    expect(
      readFields(
        "New energy vehicle output in 2025 was more than five times the 210,000 units of 2020, at 1.12 million units.",
        "2026-01-05",
      ).map((f) => [f.value, f.year, f.indicator]),
    ).toEqual([
      [210000, 2020, "NEV"],
      [1.12e6, 2025, "NEV"],
    ]);
  });
});
