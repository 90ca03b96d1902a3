import { fact, fields, read, readFields } from "./helpers/read-facts";

/** Issue 8, phenomenon 1: money written the other ways policy news writes it. */
describe("money with a glued currency code, abbreviations and table units", () => {
  it.each([
    ["Lingang's chip output reached CNY84.6 billion last year.", 84.6e9, "CNY"],
    ["The zone drew RMB170 billion of investment last year.", 170e9, "CNY"],
    ["The bond sale raised HK$2.3bn last year.", 2.3e9, "HKD"],
    ["Exports of the park came to US$1.2bn last year.", 1.2e9, "USD"],
    ["Exports of the park came to USD4.5 billion last year.", 4.5e9, "USD"],
    ["Retail sales in the district hit 1.9trn yuan last year.", 1.9e12, "CNY"],
    ["Retail sales in the district hit 2.1 trillion yuan last year.", 2.1e12, "CNY"],
    ["Fiscal revenue of the county was 1,250 (100 million yuan) last year.", 125e9, "CNY"],
    ["Fiscal revenue of the county was 386.4 100 million yuan last year.", 38.64e9, "CNY"],
    ["The county's output was yuan 5 billion last year.", 5e9, "CNY"],
  ])("%s", (text, value, unit) => {
    const facts = read(text, "2024-03-01");
    expect(facts).toHaveLength(1);
    expect(facts[0]).toMatchObject(fact({ value, unit, year: 2023 }));
  });

  it("keeps a bracketed conversion in U.S. dollars with the yuan amount, not as a second fact", () => {
    const facts = read(
      "The park's exports reached 63.4 billion yuan (about 8.9 billion U.S. dollars) last year.",
      "2024-03-01",
    );
    expect(facts.map(fields)).toEqual([fact({ value: 63.4e9, year: 2023 })]);
    expect(readFields("Chip sales hit 12 billion yuan (1.7 billion dollars) last year.", "2024-03-01")).toEqual([
      fact({ value: 12e9, year: 2023 }),
    ]);
  });

  it("reads a range as two facts: at least its low bound, at most its high bound", () => {
    const facts = read("Each of the new plants will cost 10-12 billion yuan by 2026.", "2024-03-01");
    expect(facts.map(fields)).toEqual([
      fact({ value: 10e9, kind: "target", year: 2026, comparator: ">=" }),
      fact({ value: 12e9, kind: "target", year: 2026, comparator: "<=" }),
    ]);
    expect(facts.every((f) => f.quote.includes("10-12 billion yuan"))).toBe(true);
    expect(readFields("Chip sales should reach CNY820-850 billion this year.", "2024-03-01")).toEqual([
      fact({ value: 820e9, kind: "target", year: 2024, comparator: ">=" }),
      fact({ value: 850e9, kind: "target", year: 2024, comparator: "<=" }),
    ]);
  });

  it("reads ranges written with 'to' and 'between ... and', but not a change 'from ... to'", () => {
    expect(readFields("GDP growth should be 5 to 5.5 percent this year.", "2024-03-01")).toEqual([
      fact({
        value: 0.05,
        unit: "ratio",
        kind: "target",
        measure: "growth",
        year: 2024,
        comparator: ">=",
        indicator: "GDP_GROWTH",
      }),
      fact({
        value: 0.055,
        unit: "ratio",
        kind: "target",
        measure: "growth",
        year: 2024,
        comparator: "<=",
        indicator: "GDP_GROWTH",
      }),
    ]);
    expect(readFields("The fund will invest between 3 billion and 4 billion yuan in 2025.", "2024-03-01")).toEqual([
      fact({ value: 3e9, kind: "target", year: 2025, comparator: ">=" }),
      fact({ value: 4e9, kind: "target", year: 2025, comparator: "<=" }),
    ]);
    const change = readFields("The share of services rose from 60 to 65 percent in 2023.", "2024-03-01");
    expect(change.map((f) => f.value)).toEqual([0.65]);
  });

  it("reads a fall as a negative rate", () => {
    expect(
      readFields(
        "Retail sales fell 1.2 percent to 412.6 billion yuan, and exports were down 3.5 percent last year.",
        "2024-03-01",
      ),
    ).toEqual([
      fact({ value: -0.012, unit: "ratio", measure: "growth", year: 2023 }),
      fact({ value: 412.6e9, year: 2023 }),
      fact({ value: -0.035, unit: "ratio", measure: "growth", year: 2023 }),
    ]);
  });

  it("still reads years, periods and codes as what they are", () => {
    expect(read("The 2021-2025 plan covers 5G, the A380 line and COVID-19 relief.", "2024-03-01")).toEqual([]);
  });

  it("gives 'yuan per person' and per-capita amounts a rate unit", () => {
    expect(
      readFields("Per capita disposable income in the city reached 84,834 yuan per person last year.", "2024-03-01"),
    ).toEqual([fact({ value: 84834, unit: "yuan per person", year: 2023 })]);
  });
});

describe("money that is planned, expected or already set aside", () => {
  it("reads 'more than doubled in size to CNY761.7 billion' as the level reached, beside an expectation of sales", () => {
    const facts = readFields(
      "Hangzhou's chip industry more than doubled in size to CNY512.4 billion in 2024 from 2019, the bureau said, and it now expects sales of CNY560-580 billion this year.",
      "2025-10-09",
      "Hangzhou",
    );
    expect(facts).toEqual([
      fact({ value: 512.4e9, year: 2024, region: "Hangzhou" }),
      fact({ value: 560e9, kind: "target", year: 2025, comparator: ">=", region: "Hangzhou" }),
      fact({ value: 580e9, kind: "target", year: 2025, comparator: "<=", region: "Hangzhou" }),
    ]);
  });

  it("does not date a plan by the year of a contrasting 'while' clause; money earmarked is done", () => {
    expect(
      readFields(
        "An equipment maker will spend HK$2.6bn on a new plant in Pingshan, while a city fund earmarked CNY8bn for design start-ups this year.",
        "2025-10-09",
        "Shenzhen",
      ),
    ).toEqual([
      fact({ value: 2.6e9, unit: "HKD", kind: "target", year: null, region: "Shenzhen" }),
      fact({ value: 8e9, kind: "actual", year: 2025, region: "Shenzhen" }),
    ]);
  });
});

describe("'CN¥' after an amount, investment of an industry, a decimal comma", () => {
  it("reads 'CN¥' after the amount as yuan, and investment of an industry is not its scale", () => {
    expect(
      readFields(
        "Total investment of the biomedicine industry in the city was over 120 billion CN¥ in 2019.",
        "2020-12-01",
      ),
    ).toEqual([fact({ value: 120e9, comparator: ">", year: 2019 })]);
  });

  it("does not read the tail of '27,4 billion' as a figure of its own", () => {
    const facts = readFields("The city's biomedicine industry grew by 9.2% to 27,4 billion CN¥ in 2019.", "2020-12-01");
    expect(facts.some((f) => f.value === 4e9)).toBe(false);
    expect(facts).toContainEqual(
      fact({ value: 0.092, unit: "ratio", measure: "growth", year: 2019, indicator: "BIO" }),
    );
  });
});
