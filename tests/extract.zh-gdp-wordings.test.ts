// Chinese catalog links of statistics releases: how a growth is measured (按不变价格计算) written on to its verb with
// no comma names no subject, so the growth stays the economy's of the clause before; the unit's aside (人民币，单位下同）
// is an aside as 下同）is; 地区生产毛额 (the Taiwanese press's word) is the region's GDP. All sentences are our own.
import { extractChinese } from "../src/core/extract/zh";
import type { Fact } from "../src/core/types";

const read = (text: string, date = "2025-01-22"): Fact[] => {
  const facts = extractChinese(text, { doc: "zh.txt", date, region: "Shanghai" });
  for (const fact of facts) expect(text.slice(fact.start, fact.end)).toBe(fact.quote);
  return facts;
};
const links = (text: string, date?: string) =>
  read(text, date).map((f) => [f.value, f.kind, f.measure, f.indicator, f.year, f.period]);

describe("a growth measured at constant prices goes on with the economy of the clause before", () => {
  it.each([
    "2024年全市实现地区生产总值51234.56亿元,按不变价格计算同比增长5.0%。",
    "2024年全市实现地区生产总值51234.56亿元，按不变价格计算比上年增长5.0%。",
    "2024年全市实现地区生产总值51234.56亿元，按现行价格计算增长5.0%。",
  ])("%s", (text) => {
    expect(links(text)).toEqual([
      [5123456000000, "actual", "level", "GDP", 2024, null],
      [0.05, "actual", "growth", "GDP_GROWTH", 2024, null],
    ]);
  });
});

describe("the unit's aside (单位下同) is an aside", () => {
  it("keeps the growth after it the economy's", () => {
    const text = "2024年上海實現地區生產總值（GDP）5.12兆元（人民幣，單位下同），按不變價格計算，年增5.0%。";
    expect(links(text)).toEqual([
      [5120000000000, "actual", "level", "GDP", 2024, null],
      [0.05, "actual", "growth", "GDP_GROWTH", 2024, null],
    ]);
  });
});

describe("地区生产毛额 is the region's GDP", () => {
  it.each([
    ["前3季，上海實現地區生產毛額人民幣3.7兆元，年增4.6%。", 3700000000000, 0.046],
    ["前三季度，上海实现地区生产毛额3.7万亿元，同比增长4.6%。", 3700000000000, 0.046],
  ])("%s", (text, level, growth) => {
    expect(links(text, "2024-10-23")).toEqual([
      [level, "actual", "level", "GDP", 2024, { from: 1, to: 9 }],
      [growth, "actual", "growth", "GDP_GROWTH", 2024, { from: 1, to: 9 }],
    ]);
  });
});
