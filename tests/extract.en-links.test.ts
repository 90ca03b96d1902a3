import { fact, read, readFields } from "./helpers/read-facts";

/** Links that real pages needed: vehicles on the road, major projects' planned investment, names a line earlier. */
describe("a fleet of new energy vehicles is the vehicles in use, not the vehicles made", () => {
  it.each([
    [
      "By the close of 2023 the city had 960,000 new energy vehicles on its roads, the traffic police said.",
      960_000,
      2023,
    ],
    ["The number of new-energy vehicles in the city climbed to 1.08 million by the end of 2023.", 1.08e6, 2023],
    ["Shanghai reached 1.15 million NEVs by the end of 2023, a municipal report showed.", 1.15e6, 2023],
  ])("%s", (text, value, year) => {
    expect(readFields(text, "2024-05-10")).toEqual([fact({ value, unit: "vehicles", year, indicator: "NEV_STOCK" })]);
  });

  it("keeps vehicles made as output, and vehicles newly registered or sold as neither", () => {
    expect(readFields("Shanghai produced 1.24 million NEVs by the end of 2023.", "2024-05-10")).toEqual([
      fact({ value: 1.24e6, unit: "vehicles", year: 2023, indicator: "NEV" }),
    ]);
    const flows = readFields(
      "By the end of 2023, 310,000 new energy vehicles had been newly registered in the city.",
      "2024-05-10",
    );
    expect(flows).toEqual([fact({ value: 310_000, unit: "vehicles", year: 2023 })]);
  });
});

describe("major projects' annual planned investment", () => {
  it("links 'an annual planned investment' of the year's major projects to MAJOR_PROJ_INVEST", () => {
    const facts = read(
      "This year, the city has lined up 180 major projects. Of these, 20 will break ground this year, with an annual planned investment of over RMB230 billion.",
      "2024-02-20",
    );
    const investment = facts.find((f) => f.unit === "CNY")!;
    expect(investment).toMatchObject({
      value: 230e9,
      kind: "target",
      year: 2024,
      comparator: ">",
      indicator: "MAJOR_PROJ_INVEST",
    });
    expect(investment.quote).toContain("annual planned investment of over RMB230 billion");
  });
});

describe("a relative target with no year of its own", () => {
  it("does not link 'will double in the next five years' to a series, nor give it a year", () => {
    expect(
      readFields(
        "The scale of the city's artificial intelligence industry will double in the next five years.",
        "2021-01-25",
      ),
    ).toEqual([fact({ value: null, unit: "multiple", kind: "target", year: null, relative: { multiple: 2 } })]);
  });

  it("still links a relative target that names its year", () => {
    expect(readFields("The city's artificial intelligence industry will double by 2025.", "2021-01-25")).toEqual([
      fact({ value: null, kind: "target", year: 2025, indicator: "AI", relative: { multiple: 2 } }),
    ]);
  });
});

describe("a name or a year given a line earlier", () => {
  it("reads a line that opens on 'Its' as about the name of the line before", () => {
    const facts = readFields(
      "Shanghai's integrated circuit sector expanded again despite weak demand.\nIts sales revenue rose 17.2 percent.",
      "2024-07-20",
    );
    expect(facts).toEqual([fact({ value: 0.172, unit: "ratio", measure: "growth", year: 2024, indicator: "IC" })]);
  });

  it("does not carry the name to a line about another place", () => {
    const facts = readFields(
      "Shanghai's integrated circuit sector expanded again despite weak demand.\nTianjin's revenue rose 17.2 percent.",
      "2024-07-20",
    );
    expect(facts).toEqual([fact({ value: 0.172, unit: "ratio", measure: "growth", year: 2024, region: "Tianjin" })]);
  });

  it("dates a story's yearless figures by the 'last year' its lead gave, past a headline's figure", () => {
    const text = [
      "City's exports of games grow tenfold",
      "Games made in Shanghai sold in 60 percent of overseas markets",
      "Shanghai exported 2.4 billion US dollars of online games last year, up 5.2 percent, the commerce commission said.",
      "Software and information services firms in Shanghai saw their revenue grow 11 percent to 380 billion yuan.",
    ].join("\n\n");
    const software = read(text, "2017-10-20").filter((f) => f.indicator === "SOFTWARE");
    expect(software.map((f) => [f.value, f.unit, f.measure, f.year])).toEqual([
      [0.11, "ratio", "growth", 2016],
      [380e9, "CNY", "level", 2016],
    ]);
  });
});

describe("money per head, which the catalog counts in 'yuan per person'", () => {
  it("links 'per capita GDP ... yuan' and 'productivity ... yuan per person' to their series", () => {
    expect(readFields("The city's per capita GDP came to 183,000 yuan in 2022.", "2023-03-01")).toEqual([
      fact({ value: 183_000, unit: "yuan per person", year: 2022, indicator: "GDP_PC" }),
    ]);
    expect(readFields("Labour productivity rose to 412,000 yuan per person in 2022.", "2023-03-01")).toEqual([
      fact({ value: 412_000, unit: "yuan per person", year: 2022, indicator: "LABOR_PROD" }),
    ]);
  });

  it("does not link a per-head figure in another currency, nor another per-head measure", () => {
    expect(readFields("Per capita GDP exceeded 26,000 US dollars in 2022.", "2023-03-01")).toEqual([
      fact({ value: 26_000, unit: "USD per person", year: 2022, comparator: ">" }),
    ]);
    expect(readFields("Per capita disposable income reached 79,600 yuan in 2022.", "2023-03-01")).toEqual([
      fact({ value: 79_600, unit: "yuan per person", year: 2022 }),
    ]);
  });
});

describe("a rate after a linked level", () => {
  it("gives 'a year-on-year increase of' after GDP the GDP growth series", () => {
    expect(
      readFields(
        "Shanghai's GDP reached 2.41 trillion yuan in the first half, a year-on-year increase of 5.2 percent.",
        "2025-07-20",
      ),
    ).toEqual([
      fact({ value: 2.41e12, year: 2025, period: { from: 1, to: 6 }, indicator: "GDP" }),
      fact({
        value: 0.052,
        unit: "ratio",
        measure: "growth",
        year: 2025,
        period: { from: 1, to: 6 },
        indicator: "GDP_GROWTH",
      }),
    ]);
  });
});
