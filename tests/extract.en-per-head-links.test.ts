import { read } from "./helpers/read-facts";

/** Links of per-head measures and of combined industry figures that real pages needed. */
describe("gross domestic product per capita is the per-head series, not GDP", () => {
  it.each([
    ["Shanghai's gross domestic product per capita topped 135,000 yuan in 2018.", 135_000, 2018],
    ["In 2019 the city's per capita gross domestic product came to 157,300 yuan, the bureau said.", 157_300, 2019],
    ["Shanghai's gross domestic product per capita rose to 173,600 yuan in 2021.", 173_600, 2021],
  ])("%s", (text, value, year) => {
    const facts = read(text, "2022-03-01");
    expect(facts).toHaveLength(1);
    expect(facts[0]).toMatchObject({ value, year, indicator: "GDP_PC", unit: "yuan per person" });
  });

  it("still links the whole economy's gross domestic product to GDP", () => {
    const facts = read("Shanghai's gross domestic product reached 4.32 trillion yuan in 2021.", "2022-03-01");
    expect(facts[0]).toMatchObject({ value: 4.32e12, indicator: "GDP", unit: "CNY" });
  });
});

describe("a figure of a group led by a named industry, or of the part that led a whole, is not that series'", () => {
  it.each([
    "Emerging industries, led by new energy vehicles, robotics and new materials, rose 14.2 percent in 2022.",
    "High-tech manufacturing, driven by integrated circuits and industrial software, expanded 9.7 percent last year.",
    "Strategic industries, spearheaded by biomedicine and smart equipment, grew 11.4 percent in the first half of 2023.",
  ])("%s", (text) => {
    const facts = read(text, "2023-08-01");
    expect(facts).toHaveLength(1);
    expect(facts[0].indicator).toBeNull();
  });

  it("keeps the leading industry's own figure when a relative clause gives it one", () => {
    const facts = read(
      "Industrial output rose 4 percent in 2022, led by new energy vehicles, which grew 30 percent.",
      "2023-02-01",
    );
    expect(facts.map((f) => [f.value, f.indicator])).toEqual([
      [0.04, null],
      [0.3, "NEV"],
    ]);
  });

  it.each([
    "It was led by the retail sector which grew 7 percent year on year.",
    "It was driven by consumption, which rose 6.2 percent from a year earlier.",
    "This was helped by the finance industry, expanding 5.8 percent over 2022.",
  ])("after a GDP sentence: %s", (text) => {
    const facts = read(`Shanghai's GDP grew 5 percent in 2023. ${text}`, "2024-01-28");
    expect(facts[0]).toMatchObject({ value: 0.05, indicator: "GDP_GROWTH" });
    expect(facts[1].indicator).toBeNull();
  });
});

describe("where a city lies, or the places it is ranked among, do not make its figures the country's", () => {
  it.each([
    ["The metropolis in east China saw its GDP expand 6.3 percent to 4.47 trillion yuan in 2022.", 0.063, 4.47e12],
    ["The port city of eastern China had its GDP grow 5.4 percent to 4.9 trillion yuan last year.", 0.054, 4.9e12],
    ["The financial hub in southern China saw its GDP rise 4.8 percent to 4.63 trillion yuan in 2022.", 0.048, 4.63e12],
  ])("%s", (text, growth, level) => {
    const facts = read(text, "2023-01-20");
    expect(facts.map((f) => [f.value, f.indicator])).toEqual([
      [growth, "GDP_GROWTH"],
      [level, "GDP"],
    ]);
  });

  it.each([
    "Shanghai's GDP came to 4.72 trillion yuan in 2023, with a rise of 5 percent that kept it the top among the nation's major cities.",
    "Shanghai's GDP grew 5 percent in 2023, ranking first among the country's big cities.",
    "Shanghai's gross domestic product rose 5 percent in 2023, the fastest among China's four largest cities.",
  ])("%s", (text) => {
    const growth = read(text, "2024-01-28").find((f) => f.value === 0.05);
    expect(growth).toMatchObject({ indicator: "GDP_GROWTH", region: "Shanghai" });
  });

  it("still gives China a figure the country posts", () => {
    const facts = read("China saw its GDP grow 5.2 percent in 2023.", "2024-01-18");
    expect(facts[0]).toMatchObject({ value: 0.052, region: "China", indicator: null });
  });
});

describe("an amount a day is money per day, not the year's total", () => {
  it.each([
    ["In 2024, the city turned out more than 13 billion yuan in GDP daily.", 13e9],
    ["Shanghai's economy produced about 14.2 billion yuan a day in 2024.", 14.2e9],
    ["The port handled goods worth 2.1 billion yuan per day in 2024.", 2.1e9],
  ])("%s", (text, value) => {
    const facts = read(text, "2025-01-21");
    expect(facts).toHaveLength(1);
    expect(facts[0]).toMatchObject({ value, unit: "CNY per day", indicator: null });
  });

  it("keeps a year's GDP as GDP", () => {
    const facts = read(
      "In 2024, the city's GDP reached 5.39 trillion yuan, the bureau said daily reports show.",
      "2025-01-21",
    );
    expect(facts[0]).toMatchObject({ value: 5.39e12, unit: "CNY", indicator: "GDP" });
  });
});

describe("a plan's goals are for the plan's end year, not its long-term vision's", () => {
  it.each([
    "The city aims to keep growth on par with the nation over the 14th Five-Year Plan (2021-2025), under its long-term vision through 2035. R&D spending is expected to equal 4.3 percent of GDP.",
    "Shanghai plans to lift innovation in the next five years (2021-2025), as set out with the long-range objectives through the year 2035. R&D spending is expected to equal 4.3 percent of GDP.",
    "The district targets faster growth in 2021-2025 and has a vision up to 2035 for the city. R&D spending is expected to equal 4.3 percent of GDP.",
  ])("%s", (text) => {
    const facts = read(text, "2021-01-24");
    expect(facts).toHaveLength(1);
    expect(facts[0]).toMatchObject({ value: 0.043, kind: "target", year: 2025, indicator: "RD_GDP" });
  });

  it("keeps 2035 when the vision's year is the only one given", () => {
    const facts = read(
      "The city aims to realise its long-term vision through 2035. R&D spending is expected to equal 5 percent of GDP.",
      "2021-01-24",
    );
    expect(facts[0]).toMatchObject({ value: 0.05, year: 2035 });
  });
});

describe("a total named before a dashed list of its parts keeps the figure after a threshold verb", () => {
  it.each([
    "The combined scale of the three leading industries – chips, biomedicine and artificial intelligence – broke through 1.9 trillion yuan in 2024.",
    "The three leading industries—integrated circuits, biomedicine and artificial intelligence—historically crossed the 1.9 trillion yuan mark in 2024.",
    "Output of the three leading industries – ICs, biomedicine, and artificial intelligence – jointly passed 1.9 trillion yuan in 2024.",
  ])("%s", (text) => {
    const facts = read(text, "2025-01-22");
    expect(facts).toHaveLength(1);
    expect(facts[0]).toMatchObject({ value: 1.9e12, indicator: "LEAD3" });
  });
});

describe("projects underway in a signing story are started, not signed", () => {
  it.each([
    "Shanghai has 14 new projects underway after the investment drive.",
    "Another 14 projects are now under way in the city's new towns.",
    "In Pudong, 14 projects are under construction with the conference's backing.",
  ])("%s", (text) => {
    const story = `The city signed 30 projects worth 40 billion yuan at the Global Investment Promotion Conference 2024 on March 29. ${text}`;
    const started = read(story, "2024-04-02").find((f) => f.value === 14)!;
    expect(started.kind).not.toBe("signing");
    expect(started.indicator).toBeNull();
  });
});
