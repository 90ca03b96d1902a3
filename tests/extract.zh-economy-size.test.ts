// The economy's size is its total: 经济规模 of a place or of the city as a whole (城市经济规模, 上海经济规模) is its GDP,
// as 经济总量 is; a kind of economy's size (数字经济规模) stays no GDP. All sentences are our own.
import { extractChinese } from "../src/core/extract/zh";
import type { Fact } from "../src/core/types";

const read = (text: string, date = "2025-01-21"): Fact[] => {
  const facts = extractChinese(text, { doc: "zh.txt", date, region: "Shanghai" });
  for (const fact of facts) expect(text.slice(fact.start, fact.end)).toBe(fact.quote);
  return facts;
};
const links = (text: string) => read(text).map((f) => [f.value, f.kind, f.measure, f.year, f.indicator, f.comparator]);

describe("the economy's size is GDP", () => {
  it("reads the city's economic size above a line as GDP", () => {
    expect(links("过去一年，全市生产总值增长5.1%，城市经济规模迈入了5.2万亿元以上的新阶段。")).toEqual([
      [0.051, "actual", "growth", 2024, "GDP_GROWTH", "="],
      [5.2e12, "actual", "level", 2024, "GDP", ">="],
    ]);
  });

  it("reads a named place's economic size as GDP and a kind of economy's as none", () => {
    expect(links("2024年，上海经济规模达到5.39万亿元，数字经济规模超过3万亿元。")).toEqual([
      [5.39e12, "actual", "level", 2024, "GDP", "="],
      [3e12, "actual", "level", 2024, null, ">"],
    ]);
  });
});
