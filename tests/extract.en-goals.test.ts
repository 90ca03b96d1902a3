import { read } from "./helpers/read-facts";

/**
 * Work reports' goal lists and the other names of macro series, found on a third set of held-out real pages
 * (helper F). Every sentence here is written for the test.
 */
const row = (f: ReturnType<typeof read>[number]) => [f.indicator, f.kind, f.measure, f.year, f.value, f.unit];

describe("a work report's list of the year's main goals", () => {
  it("reads noun-phrase items after 'the main targets ... are:' as targets for the report's year", () => {
    const text =
      "Presenting the report, the mayor said this year's main targets are: economic growth of around 5.5 percent, " +
      "a 3 percent rise in general public budget revenue, the urban surveyed unemployment rate kept under 5.5 percent, " +
      "and consumer prices up by about 2 percent.";
    const facts = read(text, "2025-01-14");
    expect(facts.map(row)).toEqual([
      ["GDP_GROWTH", "target", "growth", 2025, 0.055, "ratio"],
      ["BUDGET_REV_GROWTH", "target", "growth", 2025, 0.03, "ratio"],
      ["UNEMPLOYMENT", "target", "share", 2025, 0.055, "ratio"],
      ["CPI", "target", "growth", 2025, 0.02, "ratio"],
    ]);
    expect(facts.map((f) => f.comparator)).toEqual(["~", "=", "<", "~"]);
    expect(facts.every((f) => f.quote === text)).toBe(true);
  });

  it("reads a translation's past-tense items as the goals they are, with the year the opener names", () => {
    const text =
      "On Monday the city government put forward the main expected goals for 2025: the regional output grew by " +
      "about 6%, general public budget revenue rose by 4%, R&D expenditures came to around 4.3% of GDP, while the " +
      "surveyed urban unemployment rate stayed within 5%.";
    const facts = read(text, "2025-01-20");
    expect(facts.map(row)).toEqual([
      [null, "target", "growth", 2025, 0.06, "ratio"],
      ["BUDGET_REV_GROWTH", "target", "growth", 2025, 0.04, "ratio"],
      ["RD_GDP", "target", "share", 2025, 0.043, "ratio"],
      ["UNEMPLOYMENT", "target", "share", 2025, 0.05, "ratio"],
    ]);
    expect(facts[3].comparator).toBe("<=");
  });

  it("reads 'the following targets' and goals 'to be achieved' as goal lists too", () => {
    const text =
      "The district set the following targets for 2026: general public budget revenue growth of 3.5 percent and " +
      "consumer prices up about 2 percent. The main goals to be achieved this year are: economic growth of 5 percent.";
    expect(read(text, "2026-01-10").map(row)).toEqual([
      ["BUDGET_REV_GROWTH", "target", "growth", 2026, 0.035, "ratio"],
      ["CPI", "target", "growth", 2026, 0.02, "ratio"],
      ["GDP_GROWTH", "target", "growth", 2026, 0.05, "ratio"],
    ]);
  });

  it("goes on over the short bulleted lines after an opener that ends its sentence, and stops at the prose after", () => {
    const text = [
      "The main targets for 2026 are:",
      "- gross regional product growth of about 5 percent;",
      "- consumer prices rising by around 2 percent.",
      "Last year the city's gross regional product grew 5.2 percent, a local statistician said in a long comment that runs well beyond what any item of a goal list would ever hold, and so is read as the prose that it is, with its own past tense and its own year.",
    ].join("\n");
    const facts = read(text, "2026-01-28");
    expect(facts.map(row)).toEqual([
      ["GDP_GROWTH", "target", "growth", 2026, 0.05, "ratio"],
      ["CPI", "target", "growth", 2026, 0.02, "ratio"],
      ["GDP_GROWTH", "actual", "growth", 2025, 0.052, "ratio"],
    ]);
    expect(facts[0].quote).toBe("- gross regional product growth of about 5 percent;");
  });

  it("leaves the figures before the opener, and a review of last year's goals, as they were", () => {
    const text =
      "The city's GDP rose 5.1 percent last year, and the main targets for this year are: GDP growth of about 5 percent.";
    expect(read(text, "2025-01-14").map(row)).toEqual([
      ["GDP_GROWTH", "actual", "growth", 2024, 0.051, "ratio"],
      ["GDP_GROWTH", "target", "growth", 2025, 0.05, "ratio"],
    ]);
    const review = "The main targets set for last year were met in full, and the city's GDP grew 5.1 percent.";
    const met = "The main targets for 2024 were largely met: the city's GDP grew 5.1 percent and CPI rose 0.4 percent.";
    expect(read(met, "2025-01-14").map(row)).toEqual([
      ["GDP_GROWTH", "actual", "growth", 2024, 0.051, "ratio"],
      ["CPI", "actual", "growth", 2024, 0.004, "ratio"],
    ]);
    expect(read(review, "2025-01-14").map(row)).toEqual([["GDP_GROWTH", "actual", "growth", 2024, 0.051, "ratio"]]);
  });
});

describe("macro series under other names", () => {
  it("reads 'gross regional product (GRP)' as GDP, its growth as GDP growth", () => {
    const text = "Last year the city's gross regional product (GRP) rose 5.3 percent to about 4.9 trillion yuan.";
    const facts = read(text, "2025-01-22");
    expect(facts.map(row)).toEqual([
      ["GDP_GROWTH", "actual", "growth", 2024, 0.053, "ratio"],
      ["GDP", "actual", "level", 2024, 4.9e12, "CNY"],
    ]);
    expect(facts[1].comparator).toBe("~");
  });

  it("reads a 'general public budget' that rose as its revenue's growth, and not its spending", () => {
    const text =
      "Its general public budget rose 1.2 percent in 2024, while general public budget expenditure grew 3.4 percent.";
    expect(read(text, "2025-02-01").map((f) => [f.indicator, f.measure, f.year, f.value])).toEqual([
      ["BUDGET_REV_GROWTH", "growth", 2024, 0.012],
      [null, "growth", 2024, 0.034],
    ]);
  });
});

describe("the three leading industries named another way", () => {
  it("links 'these three core sectors' when the sentence before lists integrated circuits, biomedicine and AI", () => {
    const text =
      "Integrated circuits, biomedicine and artificial intelligence now anchor the city's industry. " +
      "Together these three core sectors reached a combined scale of 1.9 trillion yuan in 2024.";
    const facts = read(text, "2025-02-01");
    expect(facts.map(row)).toEqual([["LEAD3", "actual", "level", 2024, 1.9e12, "CNY"]]);
    expect(facts[0].subject).toBe("three core sectors");
    expect(facts[0].quote).toBe(
      "Together these three core sectors reached a combined scale of 1.9 trillion yuan in 2024.",
    );
  });

  it("links 'Shanghai's three key pioneering industries (…)' with a word between 'three' and 'pioneering'", () => {
    const text =
      "Last year output from Shanghai's three key pioneering industries (integrated circuits, biomedicine and " +
      "artificial intelligence) topped 1.7 trillion yuan.";
    const facts = read(text, "2025-02-01");
    expect(facts.map(row)).toEqual([["LEAD3", "actual", "level", 2024, 1.7e12, "CNY"]]);
    expect(facts[0].comparator).toBe(">");
  });

  it("does not take three sectors for the leading three when nothing lists them", () => {
    const text = "The port's three core sectors reached a combined turnover of 1.9 trillion yuan in 2024.";
    expect(read(text, "2025-02-01").map((f) => f.indicator)).toEqual([null]);
  });
});

describe("money for major projects said with a verb", () => {
  it("links money the city intends to spend on major projects next year, as that year's target", () => {
    const text = "Officials said the city intends to spend about 260 billion yuan on major projects next year.";
    const facts = read(text, "2025-12-20");
    expect(facts.map(row)).toEqual([["MAJOR_PROJ_INVEST", "target", "level", 2026, 2.6e11, "CNY"]]);
    expect(facts[0].comparator).toBe("~");
  });

  it("links money put into major projects, its conversion in brackets between", () => {
    const text = "In 2024 the city put 235 billion yuan (about $32 billion) into its major construction projects.";
    const facts = read(text, "2025-02-01");
    expect(facts.filter((f) => f.indicator).map(row)).toEqual([
      ["MAJOR_PROJ_INVEST", "actual", "level", 2024, 2.35e11, "CNY"],
    ]);
  });

  it("leaves money that only names projects' size classes or other projects unlinked", () => {
    const text = "The city plans to invest 30 billion yuan in new sports venues, and major projects will start soon.";
    expect(read(text, "2025-02-01").map((f) => f.indicator)).toEqual([null]);
  });
});

describe("industrial investment, not every investment near it", () => {
  it("does not read an industrial investment fund's size as industrial investment", () => {
    const facts = read(
      "The city launched a 50-billion-yuan industrial investment fund to back chip start-ups.",
      "2025-02-01",
    );
    expect(facts.map((f) => [f.indicator, f.value])).toEqual([[null, 5e10]]);
    const fund = read(
      "Under the new policy the city created an industrial investment fund of funds whose total size is 80 billion yuan.",
      "2025-02-01",
    );
    expect(fund.map((f) => [f.indicator, f.value])).toEqual([[null, 8e10]]);
  });

  it("gives industrial investment only its own rate when a second investment follows with its verb", () => {
    const text =
      "In the first half, industrial investment rose 8 percent and property development investment increased by 6 percent.";
    const facts = read(text, "2025-08-01");
    expect(facts.map((f) => [f.indicator, f.measure, f.value, f.period])).toEqual([
      ["INVEST", "growth", 0.08, { from: 1, to: 6 }],
      [null, "growth", 0.06, { from: 1, to: 6 }],
    ]);
  });
});

describe("what a work report lays out for the year", () => {
  it("reads infrastructure investments a report outlines for this year as the major projects' target", () => {
    const text =
      "This year's work report outlines infrastructure investments worth 248 billion yuan to be made this year.";
    const facts = read(text, "2027-01-25");
    expect(facts.map(row)).toEqual([["MAJOR_PROJ_INVEST", "target", "level", 2027, 2.48e11, "CNY"]]);
    expect(facts[0].subject).toBe("infrastructure investments");
  });

  it("keeps a report's review of a past year as actuals, and infrastructure investment's growth unlinked", () => {
    const text = "The report outlines how infrastructure investment rose 6.2 percent in 2026.";
    expect(read(text, "2027-01-25").map(row)).toEqual([[null, "actual", "growth", 2026, 0.062, "ratio"]]);
  });
});
