// A comma in brackets ends no clause: 增长（同比，下同）5.1% is a growth, the bracket's aside standing between the word
// of growth and its rate; a share's aside (占比（按现价，下同）为22%) leaves it a share. All sentences are our own.
import { extractChinese } from "../src/core/extract/zh";
import type { Fact } from "../src/core/types";

const read = (text: string, date = "2026-01-25"): Fact[] => {
  const facts = extractChinese(text, { doc: "zh.txt", date, region: "Shanghai" });
  for (const fact of facts) expect(text.slice(fact.start, fact.end)).toBe(fact.quote);
  return facts;
};
const measures = (text: string) => read(text).map((f) => [f.value, f.kind, f.measure, f.year]);

describe("a comma in brackets ends no clause", () => {
  it.each([
    "2025年，全市规上工业增加值增长（同比，下同）4.6%，是近三年以来的最快增速。",
    "2025年，全市规上工业增加值增长(同比,下同)4.6%。",
  ])("%s: a growth", (text) => {
    expect(measures(text)).toEqual([[0.046, "actual", "growth", 2025]]);
  });

  it("leaves a share with an aside a share", () => {
    expect(measures("2025年，全市服务业增加值占比（按现价，下同）为75%。")).toEqual([[0.75, "actual", "share", 2025]]);
  });
});
