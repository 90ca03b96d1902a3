// Parts a Chinese statistics release names after 其中. All sentences are our own.
import { extractChinese } from "../src/core/extract/zh";
import type { Fact } from "../src/core/types";

const read = (text: string, date = "2025-01-22"): Fact[] => {
  const facts = extractChinese(text, { doc: "zh.txt", date, region: "Shanghai" });
  for (const fact of facts) expect(text.slice(fact.start, fact.end)).toBe(fact.quote);
  return facts;
};

// 其中 followed by a name is a part named on its own, no figure of the whole before and no 其 pointing back to it;
// 其中 alone, and 其 itself, still go on with the series before.
describe("a part named after 其中 is no figure of the series before", () => {
  it.each([
    "1-6月,生物医药产业产值增长4.2%。其中新材料(15.1%)、智能终端(9.8%)保持较快增长。",
    "1-6月,生物医药产业产值增长4.2%。其中新材料增长15.1%、智能终端增长9.8%。",
  ])("%s", (text) => {
    const facts = read(text, "2024-07-25");
    expect(facts.map((f) => [f.value, f.indicator])).toEqual([
      [0.042, "BIO"],
      [0.151, null],
      [0.098, null],
    ]);
    expect(facts[1]).toMatchObject({ kind: "actual", measure: "growth", year: 2024, period: { from: 1, to: 6 } });
  });

  it("keeps 其 pointing back", () => {
    const facts = read("生物医药产业规模达8800亿元。其产值同比增长6%。");
    expect(facts.map((f) => [f.value, f.measure, f.indicator])).toEqual([
      [880000000000, "level", "BIO"],
      [0.06, "growth", "BIO"],
    ]);
  });
});
