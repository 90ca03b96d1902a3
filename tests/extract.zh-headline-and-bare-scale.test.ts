/**
 * Two ways Chinese news states an industry's figures that the extractor met on real pages (sentences invented):
 * a 【bracketed headline】 that opens a story with a future (将站上…) while the story reports past years, and a bare
 * 产业规模 whose industry the sentence named in an earlier clause.
 */
import { extract } from "../src/core/extract";

const context = { doc: "story.txt", date: "2025-09-10", region: "Shanghai" };

describe("a bracketed headline before its story", () => {
  const text =
    "【集成电路产业将站上五千亿元新高】据介绍，本市集成电路产业2021年规模为2500.5亿元，2024年达到3900.8亿元，三年间年均增长15.9%。";
  const facts = extract(text, context);

  test("the story's past figures stay actuals of their own years", () => {
    expect(facts.find((f) => f.value === 250_050_000_000)).toMatchObject({
      indicator: "IC",
      kind: "actual",
      year: 2021,
    });
    expect(facts.find((f) => f.value === 390_080_000_000)).toMatchObject({
      indicator: "IC",
      kind: "actual",
      year: 2024,
    });
    expect(facts.find((f) => f.value === 0.159)).toMatchObject({ kind: "actual" });
  });

  test("the headline's own figure is a target quoted from the headline alone", () => {
    const goal = facts.find((f) => f.value === 500_000_000_000)!;
    expect(goal).toMatchObject({ indicator: "IC", kind: "target" });
    expect(goal.quote).toBe("【集成电路产业将站上五千亿元新高】");
    expect(text.slice(goal.start, goal.end)).toBe(goal.quote);
  });
});

describe("a bare 产业规模 after the industry was named earlier in the sentence", () => {
  test.each([
    [
      "simplified",
      "谈到集成电路，上海已有900多家相关企业落户，2023年上半年产业规模达到1100亿元，预计全年超过2500亿元。",
    ],
    [
      "traditional",
      "談到集成電路，上海已有900多家相關企業落戶，2023年上半年產業規模達到1100億元，預計全年超過2500億元。",
    ],
  ])("the half year's scale and the year's outlook are the industry's (%s script)", (_script, text) => {
    const facts = extract(text, { ...context, date: "2023-08-01" });
    expect(facts.find((f) => f.value === 110_000_000_000)).toMatchObject({
      indicator: "IC",
      kind: "actual",
      year: 2023,
      period: { from: 1, to: 6 },
    });
    expect(facts.find((f) => f.value === 250_000_000_000)).toMatchObject({
      indicator: "IC",
      kind: "target",
      year: 2023,
    });
    expect(facts.find((f) => f.value === 900)!.indicator).toBeNull();
  });
});
