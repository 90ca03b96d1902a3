import { fact, readFields } from "./helpers/read-facts";

/** Catalog series that pages name in other words: an industry's making, the economy's output. */
describe("the making of an industry's goods is its manufacturing series", () => {
  it.each([
    ["The industry of manufacturing pharmaceuticals was worth 158.4 billion yuan in 2022.", 158.4e9, "BIO_MFG"],
    ["Drug manufacturing in the city generated 163 billion yuan in 2022.", 163e9, "BIO_MFG"],
    ["In 2022, biomedicine-related manufacturing reached 166.5 billion yuan.", 166.5e9, "BIO_MFG"],
    ["The manufacture of cars brought in 742 billion yuan in 2022.", 742e9, "AUTO_VALUE"],
  ])("%s", (text, value, indicator) => {
    expect(readFields(text, "2023-03-01")).toEqual([fact({ value, year: 2022, indicator })]);
  });

  it("reads the making's growth beside its level, and the whole industry's size as the industry's series", () => {
    expect(
      readFields(
        "The industry of manufacturing medicines earned 149 billion yuan in 2021, growing 9 percent from a year earlier.",
        "2022-02-01",
      ),
    ).toEqual([
      fact({ value: 149e9, year: 2021, indicator: "BIO_MFG" }),
      fact({ value: 0.09, unit: "ratio", measure: "growth", year: 2021, indicator: "BIO_MFG" }),
    ]);
    expect(
      readFields(
        "By 2025 the city wants biopharmaceutical manufacturing to reach 250 billion yuan, with the total industry scale to reach 1.1 trillion yuan.",
        "2022-02-01",
      ),
    ).toEqual([
      fact({ value: 250e9, kind: "target", year: 2025, indicator: "BIO_MFG" }),
      fact({ value: 1.1e12, kind: "target", year: 2025, indicator: "BIO" }),
    ]);
  });

  it("reads 'the manufacturing of automobiles' growth in output value as the automotive output series", () => {
    expect(
      readFields(
        "Last year the manufacturing of automobiles posted a 6.8 percent increase in output value.",
        "2023-03-01",
      ),
    ).toEqual([fact({ value: 0.068, unit: "ratio", measure: "growth", year: 2022, indicator: "AUTO_VALUE" })]);
  });

  it("does not take a manufacturing base or a production line for the making's value", () => {
    expect(
      readFields("A drug manufacturing base worth 12 billion yuan opened in 2022.", "2023-03-01").map(
        (f) => f.indicator,
      ),
    ).toEqual([null]);
  });
});

describe("the economy's output is its GDP", () => {
  it.each([
    ["In 2022, the city's economic output came to 4.47 trillion yuan.", 4.47e12],
    ["Shanghai's gross output reached 4.47 trillion yuan in 2022.", 4.47e12],
    ["The municipality's total economic output hit 4.47 trillion yuan last year.", 4.47e12],
  ])("%s", (text, value) => {
    expect(readFields(text, "2023-03-01")).toEqual([fact({ value, year: 2022, indicator: "GDP" })]);
  });

  it("reads the growth of the economic output as GDP growth, in its part year", () => {
    expect(
      readFields(
        "In the first half, the city's economic output totalled 2.2 trillion yuan, up 6.1 percent year on year.",
        "2023-08-01",
      ),
    ).toEqual([
      fact({ value: 2.2e12, year: 2023, period: { from: 1, to: 6 }, indicator: "GDP" }),
      fact({
        value: 0.061,
        unit: "ratio",
        measure: "growth",
        year: 2023,
        period: { from: 1, to: 6 },
        indicator: "GDP_GROWTH",
      }),
    ]);
  });

  it("does not read industry's gross output value as GDP", () => {
    expect(
      readFields("The gross output value of industry reached 3.9 trillion yuan in 2022.", "2023-03-01").map(
        (f) => f.indicator,
      ),
    ).toEqual([null]);
  });
});

describe("the whole a share is taken of does not name the figure", () => {
  it.each([
    [
      "The plan wants industrial added value to exceed 1.4 trillion yuan by 2025 and to make up over 26 percent of the city's GDP.",
      1.4e12,
      0.26,
    ],
    [
      "By 2027, value-added industrial output should top 1.5 trillion yuan, or more than 27 percent of Shanghai's GDP.",
      1.5e12,
      0.27,
    ],
  ])("%s", (text, amount, share) => {
    const facts = readFields(text, "2023-06-01");
    expect(facts.find((f) => f.value === amount)).toMatchObject({ indicator: "IND_VA", kind: "target" });
    expect(facts.find((f) => f.value === share)).toMatchObject({ unit: "ratio", indicator: null });
  });

  it("reads a share of R&D spending in GDP as R&D intensity, not GDP growth", () => {
    for (const text of [
      "In 2022, the proportion of R&D expenditure in the city's total GDP rose to 4.4 percent.",
      "In 2022, the share of research and development spending in Shanghai's GDP reached 4.4 percent.",
    ])
      expect(readFields(text, "2023-06-01")).toEqual([
        fact({ value: 0.044, unit: "ratio", measure: "share", year: 2022, indicator: "RD_GDP" }),
      ]);
  });

  it("does not read the large firms' industrial value added as the whole industry's", () => {
    expect(
      readFields(
        "In 2022, the value-added industrial output of enterprises above designated size grew 2.1 percent.",
        "2023-06-01",
      ).map((f) => f.indicator),
    ).toEqual([null]);
    expect(
      readFields("Above-scale industrial added value reached 1.1 trillion yuan in 2022.", "2023-06-01").map(
        (f) => f.indicator,
      ),
    ).toEqual([null]);
  });
});

describe("money per head linked to its series is counted in the series' unit", () => {
  it.each([
    ["In 2022 the city's per capita GDP reached 181,000 yuan.", 181_000],
    ["Shanghai posted 181,000 yuan of GDP per capita in 2022.", 181_000],
    ["GDP per capita came in at CNY181,000 in 2022, up 4 percent.", 181_000],
  ])("%s", (text, value) => {
    expect(readFields(text, "2023-03-01")[0]).toEqual(
      fact({ value, unit: "yuan per person", year: 2022, indicator: "GDP_PC" }),
    );
  });

  it("writes an amount said to be per person in yuan per person, linked or not", () => {
    expect(readFields("Each worker produced 395,000 yuan per person in 2022.", "2023-03-01")).toEqual([
      fact({ value: 395_000, unit: "yuan per person", year: 2022 }),
    ]);
    expect(readFields("Overall labour productivity reached 398,000 yuan per capita in 2022.", "2023-03-01")).toEqual([
      fact({ value: 398_000, unit: "yuan per person", year: 2022, indicator: "LABOR_PROD" }),
    ]);
  });

  it("keeps a total in yuan beside a per-head amount", () => {
    expect(
      readFields("In 2022 GDP came to 4.47 trillion yuan and per capita GDP to 180,000 yuan.", "2023-03-01").map(
        (f) => [f.value, f.unit, f.indicator],
      ),
    ).toEqual([
      [4.47e12, "CNY", "GDP"],
      [180_000, "yuan per person", "GDP_PC"],
    ]);
  });
});

describe("a list item with its verb left out goes on with the change before it", () => {
  it.each([
    "In the first half, retail sales rose 5 percent, industrial investment by 12.1 percent, and exports 3 percent.",
    "In the first half, infrastructure investment grew by 8 percent and industrial investment by 12.1 percent.",
    "In the first half, property investment fell 3 percent; industrial investment, by contrast, jumped 12.1 percent.",
    "In the first half, spending on roads went up by 4 percent, industrial investment by 12.1 percent.",
  ])("%s", (text) => {
    const facts = readFields(text, "2023-08-01");
    expect(facts.find((f) => f.value === 0.121)).toEqual(
      fact({
        value: 0.121,
        unit: "ratio",
        measure: "growth",
        year: 2023,
        period: { from: 1, to: 6 },
        indicator: "INVEST",
      }),
    );
  });

  it("carries the period of the sentence before to the elided item", () => {
    const facts = readFields(
      "In the first eight months, fixed-asset investment rose 9 percent. Of the main areas, urban infrastructure investment climbed by 6.2 percent, industrial investment by 15.4 percent.",
      "2023-10-01",
    );
    expect(facts.find((f) => f.value === 0.154)).toMatchObject({
      measure: "growth",
      period: { from: 1, to: 8 },
      indicator: "INVEST",
    });
  });

  it("does not take a share after a change for an elided change, nor production growth for output value", () => {
    const share = readFields(
      "Industrial investment rose 10 percent, and the sector made up 12 percent of the total.",
      "2023-08-01",
    );
    expect(share.find((f) => f.value === 0.12)).toMatchObject({ measure: "share", indicator: null });
    const production = readFields(
      "In 2022, chemical production increased by 4 percent, and automobile manufacturing by 6.5 percent.",
      "2023-03-01",
    );
    expect(production.find((f) => f.value === 0.065)).toMatchObject({ measure: "growth", indicator: null });
  });
});

describe("'such market', 'that sector' point back to the series the sentence before named", () => {
  it.each([
    "The city wants its biomedicine industry to reach 1.2 trillion yuan by 2027. In 2023, such market was worth 850 billion yuan.",
    "The city wants its biomedicine industry to reach 1.2 trillion yuan by 2027. In 2023, that sector generated 850 billion yuan.",
    "The city wants its biomedicine industry to reach 1.2 trillion yuan by 2027. In 2023, such an industry in Shanghai brought in 850 billion yuan.",
  ])("%s", (text) => {
    const facts = readFields(text, "2024-02-01");
    expect(facts.find((f) => f.value === 850e9)).toEqual(fact({ value: 850e9, year: 2023, indicator: "BIO" }));
  });

  it("reads 'up from 700 billion' after a yuan amount as yuan, of the year before", () => {
    const facts = readFields(
      "Shanghai's biomedicine industry reached 850 billion yuan in 2023, up from 780 billion the year before.",
      "2024-02-01",
    );
    expect(facts.map((f) => [f.value, f.unit, f.year, f.indicator])).toEqual([
      [850e9, "CNY", 2023, "BIO"],
      [780e9, "CNY", 2022, "BIO"],
    ]);
    expect(
      readFields("Exports totalled 2.1 trillion yuan, compared with 1.9 trillion in 2022.", "2024-02-01").map(
        (f) => f.unit,
      ),
    ).toEqual(["CNY", "CNY"]);
  });

  it("keeps a number after 'from' a count when no money comes before it", () => {
    expect(
      readFields("The city's population grew to 24.9 million in 2023, up from 24.8 million.", "2024-02-01").map(
        (f) => f.unit,
      ),
    ).toEqual(["count", "count"]);
  });
});

describe("one verb for two places read 'respectively' gives each place its figure, in the order named", () => {
  const regions = (text: string) =>
    readFields(text, "2023-02-01")
      .filter((f) => f.unit === "ratio")
      .map((f) => [f.value, f.region, f.indicator]);

  it.each([
    "Shenzhen and Shanghai both published their 2022 accounts. Both cities' GDPs passed 3 trillion yuan, with growth of 3.3% and 2.5%, respectively.",
    "Shenzhen and Shanghai both published their 2022 accounts. In 2022, the two cities' economies grew by 3.3 percent and 2.5 percent, respectively.",
    "Shenzhen and Shanghai both published their 2022 accounts. The GDP of both cities rose in 2022, marking growth of 3.3% and 2.5%, respectively.",
  ])("%s", (text) => {
    expect(regions(text)).toEqual([
      [0.033, "Shenzhen", null],
      [0.025, "Shanghai", "GDP_GROWTH"],
    ]);
  });

  it("records the shared bound once, as the document's own city's GDP", () => {
    const facts = readFields(
      "Shenzhen and Shanghai both published their 2022 accounts. In 2022, both cities' GDPs topped 3 trillion yuan.",
      "2023-02-01",
    );
    expect(facts).toEqual([fact({ value: 3e12, year: 2022, comparator: ">", indicator: "GDP" })]);
  });

  it("leaves a 'respectively' list of industries to its items", () => {
    expect(
      regions(
        "Beijing and Shanghai both published their 2022 accounts. In Shanghai, exports and imports grew 3.3% and 2.5%, respectively.",
      ).map((r) => r[1]),
    ).toEqual(["Shanghai", "Shanghai"]);
  });
});

describe("counted nouns of visits, papers, approvals and classed products", () => {
  it.each([
    ["The city logged 7.2 million inbound visits in 2025.", 7.2e6, "visits"],
    ["Local teams published 95 papers in leading journals in 2025.", 95, "papers"],
    ["In 2025 regulators granted 130 approvals to local device makers.", 130, "approvals"],
    ["In 2025 the city won 42 registrations of new medical products.", 42, "registrations"],
    ["In 2025 the city saw 12 Class 1 drugs approved for sale.", 12, "drugs"],
    ["In 2025, 30 Class III devices entered the market.", 30, "devices"],
  ])("%s", (text, value, unit) => {
    expect(readFields(text, "2026-02-01")[0]).toMatchObject({ value, unit, year: 2025 });
  });

  it("does not read a class number as a count", () => {
    expect(readFields("In 2025, 30 Class III devices entered the market.", "2026-02-01").map((f) => f.value)).toEqual([
      30,
    ]);
  });
});

describe("a length with its unit glued on", () => {
  it.each([
    ["The metro network reached 912km in 2025.", 912],
    ["By 2025 the network had grown to 912km of track.", 912],
    ["A new 38km line opened in 2025.", 38],
  ])("%s", (text, value) => {
    expect(readFields(text, "2026-02-01")[0]).toMatchObject({ value, unit: "km", year: 2025 });
  });

  it("does not read an area in km2 or a code like 5G as a length", () => {
    expect(readFields("In 2025 a 35km2 zone opened with 5G coverage.", "2026-02-01")).toEqual([]);
  });
});

describe("a level reached after a rate of change counts the subject's noun", () => {
  it.each([
    ["Inbound tourist visits climbed about 35 percent to 8.1 million in 2025.", 8.1e6, "visits"],
    ["Registered enterprises rose 5 percent to 3,400 in 2025.", 3400, "enterprises"],
    ["In 2025, foreign visitors grew by 12 percent to 1.2 million.", 1.2e6, "visitors"],
  ])("%s", (text, value, unit) => {
    const facts = readFields(text, "2026-02-01");
    expect(facts.find((f) => f.value === value)).toMatchObject({ unit, year: 2025, measure: "level" });
  });

  it("keeps a level after a rate a plain count when the subject is no counted noun", () => {
    const facts = readFields("Retail activity rose 5 percent to 3,400 in 2025.", "2026-02-01");
    expect(facts.find((f) => f.value === 3400)).toMatchObject({ unit: "count" });
  });
});
