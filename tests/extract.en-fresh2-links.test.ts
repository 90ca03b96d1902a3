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

describe("a change after a dash behind a figure is that figure's change", () => {
  it.each([
    "Shanghai had 120 AI enterprises, with an industry scale of 95.2 billion yuan (about 13 billion U.S. dollars) -- a year-on-year increase of 21.4 percent.",
    "Shanghai had 120 AI enterprises, with an industry scale of 95.2 billion yuan — a rise of 21.4 percent from a year earlier.",
  ])("%s", (text) => {
    expect(links(text, "2026-01-10").filter((f) => f[0] !== null)).toEqual([
      ["AI", "actual", "level", 2025, 95.2e9, "="],
      ["AI", "actual", "growth", 2025, 0.214, "="],
    ]);
  });
});

describe("a total given with its figure at the opening ('Among the city's GDP of ...') opens its parts", () => {
  it.each([
    "Among Shanghai's GDP of 5.2 trillion yuan in 2024, the service sector contributed a value added of 3.9 trillion yuan, up 5 percent.",
    "Of the city's GDP of 5.2 trillion yuan in 2024, the service sector contributed a value added of 3.9 trillion yuan, up 5 percent.",
  ])("%s", (text) => {
    expect(links(text, "2025-01-25")).toEqual([
      ["GDP", "actual", "level", 2024, 5.2e12, "="],
      [null, "actual", "level", 2024, 3.9e12, "="],
      [null, "actual", "growth", 2024, 0.05, "="],
    ]);
  });

  it("keeps the parts' own names", () => {
    expect(
      links(
        "Of the city's GDP of 5.2 trillion yuan in 2024, the software industry made 0.9 trillion yuan.",
        "2025-01-25",
      ),
    ).toEqual([
      ["GDP", "actual", "level", 2024, 5.2e12, "="],
      ["SOFTWARE", "actual", "level", 2024, 0.9e12, "="],
    ]);
  });
});

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

describe("the threshold of the firms a statistic counts is no figure", () => {
  it.each([
    "The three leading industries' manufacturing output grew 8.1 percent in 2024, 3 percentage points above the average of industrial firms with a minimum annual business revenue of 20 million yuan.",
    "In 2024 the three leading industries' manufacturing output grew 8.1 percent, faster than that of industrial enterprises with annual revenue of 20 million yuan or more.",
  ])("%s", (text) => {
    expect(links(text, "2025-01-20")).toEqual([["LEAD3", "actual", "growth", 2024, 0.081, "="]]);
  });

  it("keeps a count of firms with their revenue", () => {
    const facts = read("Shanghai has 12 companies with annual revenue of 10 billion yuan.", "2025-01-20");
    expect(facts.map((f) => [f.value, f.unit])).toEqual([
      [12, "companies"],
      [10e9, "CNY"],
    ]);
  });
});
