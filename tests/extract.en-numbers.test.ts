import { fact, read, readFields } from "./helpers/read-facts";

/** Decimal commas in European-style copies, and changes between the two ends of a span of years. */
describe("a decimal comma is told from a thousands separator", () => {
  it("reads '27,4 billion' as 27.4 billion and '2,5 percent' as 2.5 percent", () => {
    expect(readFields("The biomedicine industry of the city reached 27,4 billion CN¥ in 2019.", "2020-12-01")).toEqual([
      fact({ value: 27.4e9, year: 2019, indicator: "BIO" }),
    ]);
    expect(readFields("Chip output in the district grew 2,5 percent in 2019.", "2020-12-01")).toEqual([
      fact({ value: 0.025, unit: "ratio", measure: "growth", year: 2019 }),
    ]);
  });

  it("keeps three digits after the comma a thousands separator", () => {
    expect(readFields("Retail sales of the district reached 1,250 billion yuan in 2019.", "2020-12-01")).toEqual([
      fact({ value: 1.25e12, year: 2019 }),
    ]);
  });

  it("reads 'from 2, 85 percent to 3.94 percent' as one change from 2.85 percent, not a list", () => {
    const facts = read(
      "Between 2013 and 2022 the city's R&D intensity went up from 2, 85 percent to 3.94 percent.",
      "2023-06-01",
    );
    expect(facts.map((f) => [f.value, f.unit, f.measure, f.year, f.indicator])).toEqual([
      [0.0285, "ratio", "share", 2013, "RD_GDP"],
      [0.0394, "ratio", "share", 2022, "RD_GDP"],
    ]);
    expect(facts[0].quote).toContain("from 2, 85 percent");
  });

  it("still reads a list of rates with commas and spaces as several figures", () => {
    const values = readFields(
      "Sales of the three parks rose 3, 5 and 7 percent respectively in 2019.",
      "2020-12-01",
    ).map((f) => f.value);
    expect(values).not.toContain(0.035);
    expect(values).toContain(0.07);
  });
});

describe("a change from one figure to another over a span of years", () => {
  it("dates the first figure to the span's first year and the second to its last", () => {
    expect(
      readFields(
        "Over the decade from 2013 to 2022, the city's R&D spending went up from 52.1 billion yuan to 160.4 billion yuan, and R&D intensity in the same period from 2.85 percent to 3.94 percent.",
        "2023-06-01",
      ),
    ).toEqual([
      fact({ value: 52.1e9, year: 2013 }),
      fact({ value: 160.4e9, year: 2022 }),
      fact({ value: 0.0285, unit: "ratio", measure: "share", year: 2013, indicator: "RD_GDP" }),
      fact({ value: 0.0394, unit: "ratio", measure: "share", year: 2022, indicator: "RD_GDP" }),
    ]);
  });

  it("leaves a change with no span of years to the sentence's own year", () => {
    expect(
      readFields("Last year the park's revenue went up from 3.2 billion yuan to 4.1 billion yuan.", "2023-06-01"),
    ).toEqual([fact({ value: 3.2e9, year: 2022 }), fact({ value: 4.1e9, year: 2022 })]);
  });
});

describe("lengths, fractions in words and a change with a year at each end", () => {
  it("dates each end of 'from A in 2014 to B in 2023' by its own year, in kilometres", () => {
    expect(readFields("The tram network grew from 212 km in 2014 to 476 km in 2023.", "2024-03-01")).toEqual([
      fact({ value: 212, unit: "km", year: 2014 }),
      fact({ value: 476, unit: "km", year: 2023 }),
    ]);
  });

  it("dates the closing end of 'from A in 2014 to B today' by the report", () => {
    expect(readFields("The tram network grew from 212 km in 2014 to 476 km today.", "2024-03-01")).toEqual([
      fact({ value: 212, unit: "km", year: 2014 }),
      fact({ value: 476, unit: "km", year: 2024 }),
    ]);
  });

  it("does not count the lines of a ranking ('the world's top 50 shipping lines')", () => {
    expect(
      readFields("Of the world's top 50 shipping lines, 31 have offices in the city.", "2024-03-01").map(
        (f) => f.value,
      ),
    ).not.toContain(50);
  });

  it("keeps an area in square kilometres apart from a length", () => {
    expect(readFields("The new science city covers 94 square kilometres.", "2024-03-01").map((f) => f.unit)).toEqual([
      "square kilometres",
    ]);
  });

  it("reads 'one third' and 'one eighth' written with a space as fractions", () => {
    expect(readFields("The district made one eighth of the country's wafers in 2023.", "2024-03-01")).toEqual([
      fact({ value: 0.125, unit: "ratio", measure: "share", year: 2023 }),
    ]);
    const third = readFields("Chips made up one third of the park's exports in 2023.", "2024-03-01");
    expect(third).toHaveLength(1);
    expect(third[0].value).toBeCloseTo(1 / 3, 9);
  });

  it("counts lines, countries and tasks written after small numbers", () => {
    expect(
      readFields(
        "In 2023 only three metro lines ran at such intervals, and guests came from 45 countries.",
        "2024-03-01",
      ).map((f) => [f.value, f.unit]),
    ).toEqual([
      [3, "lines"],
      [45, "countries"],
    ]);
  });
});
