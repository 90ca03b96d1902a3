// A city before its district places it: in a district's own story, 上海闵行：… and 上海市闵行区… name the district as
// the figure's owner (region Minhang, no city code); the city named alone stays the owner. All sentences are our own.
import { extractChinese } from "../src/core/extract/zh";
import type { Fact } from "../src/core/types";

const read = (text: string): Fact[] => {
  const facts = extractChinese(text, { doc: "zh.txt", date: "2026-01-14", region: "Minhang" });
  for (const fact of facts) expect(text.slice(fact.start, fact.end)).toBe(fact.quote);
  return facts;
};
const owners = (text: string) => read(text).map((f) => [f.value, f.kind, f.measure, f.year, f.region, f.indicator]);

describe("a city before its district", () => {
  it.each([
    "上海闵行：去年地区生产总值预计增长5.5%左右，总量居全市第二",
    "2025年，上海市闵行区地区生产总值预计增长5.5%左右。",
  ])("%s: the district's figure", (text) => {
    expect(owners(text)).toEqual([[0.055, "actual", "growth", 2025, "Minhang", null]]);
  });

  it("leaves the city named alone the owner", () => {
    expect(owners("2025年，上海经济增长5.3%。")).toEqual([[0.053, "actual", "growth", 2025, "Shanghai", "GDP_GROWTH"]]);
  });
});
