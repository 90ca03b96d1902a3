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
      "about 6%, general public budget revenue increased by 4%, the share of R&D expenditures equivalent to the " +
      "city's GDP reached around 4.3%, and the urban surveyed unemployment rate was within 5%.";
    const facts = read(text, "2025-01-20");
    expect(facts.map(row)).toEqual([
      [null, "target", "growth", 2025, 0.06, "ratio"],
      ["BUDGET_REV_GROWTH", "target", "growth", 2025, 0.04, "ratio"],
      ["RD_GDP", "target", "share", 2025, 0.043, "ratio"],
      ["UNEMPLOYMENT", "target", "share", 2025, 0.05, "ratio"],
    ]);
    expect(facts[3].comparator).toBe("<=");
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
    expect(read(review, "2025-01-14").map(row)).toEqual([["GDP_GROWTH", "actual", "growth", 2024, 0.051, "ratio"]]);
  });
});
