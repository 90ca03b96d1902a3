// The industry above designated size is not the whole industry, in Chinese as in English: the value added of the
// firms above designated size (规上工业增加值, 规模以上工业增加值, 规模以上工业企业…增加值) and its growth link no
// industrial value added (IND_VA), while the whole industry's (全市工业增加值, 工业增加值) still does. All sentences
// are our own.
import { extractChinese } from "../src/core/extract/zh";
import type { Fact } from "../src/core/types";
import { oneWithValue } from "./helpers/read-facts";

const read = (text: string, date = "2025-04-20"): Fact[] => {
  const facts = extractChinese(text, { doc: "zh.txt", date, region: "Shanghai" });
  for (const fact of facts) expect(text.slice(fact.start, fact.end)).toBe(fact.quote);
  return facts;
};

describe("the value added of the firms above designated size", () => {
  it.each([
    ["一季度，全市规上工业增加值同比增长4.6%。", 0.046],
    ["一季度，全市规模以上工业增加值同比增长4.6%。", 0.046],
    ["一季度，全市規模以上工業增加值同比增長4.6%。", 0.046],
    ["一季度，全市规模以上工业增加值2350亿元，增长4.6%。", 2350e8],
    ["一季度，全市规模以上工业企业实现增加值2350亿元。", 2350e8],
    ["一季度，全市规上工业企业达9200家、增加值增长4.6%。", 0.046],
  ])("%s links no IND_VA", (text, value) => {
    const fact = oneWithValue(read(text), value);
    expect(fact).toMatchObject({ indicator: null, kind: "actual", year: 2025, period: { from: 1, to: 3 } });
  });

  it("keeps a goal of its growth a goal, linked to nothing", () => {
    const fact = oneWithValue(read("今年全市力争规上工业增加值增长5%左右。", "2025-02-10"), 0.05);
    expect(fact).toMatchObject({ indicator: null, kind: "target", measure: "growth", comparator: "~" });
  });
});

describe("the whole industry's value added", () => {
  it.each([
    ["一季度，全市工业增加值同比增长4.2%。", 0.042],
    ["一季度，全市工业增加值完成2900亿元。", 2900e8],
  ])("%s stays IND_VA", (text, value) => {
    expect(oneWithValue(read(text), value)).toMatchObject({ indicator: "IND_VA", region: "Shanghai" });
  });

  it("links the whole industry's and not the large firms' in one sentence", () => {
    const facts = read("一季度，全市工业增加值增长4.2%，其中规模以上工业增加值增长4.6%。");
    expect(oneWithValue(facts, 0.042).indicator).toBe("IND_VA");
    expect(oneWithValue(facts, 0.046).indicator).toBeNull();
  });
});
