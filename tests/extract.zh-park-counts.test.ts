// Parks are counted as parks: a city's green parks (公园, 口袋公园) counted with 座 or 个, before or after the number,
// are parks as its industrial parks (园区) are. All sentences are our own.
import { extractChinese } from "../src/core/extract/zh";
import type { Fact } from "../src/core/types";

const read = (text: string, date = "2025-01-21"): Fact[] => {
  const facts = extractChinese(text, { doc: "zh.txt", date, region: "Shanghai" });
  for (const fact of facts) expect(text.slice(fact.start, fact.end)).toBe(fact.quote);
  return facts;
};
const units = (text: string) => read(text).map((f) => [f.value, f.unit, f.kind, f.measure, f.year]);

describe("parks counted", () => {
  it("reads a count of parks after the noun", () => {
    expect(units("2024年，全市公园总数达120座，人均公园绿地面积达16.1平方米。")).toEqual([
      [120, "parks", "actual", "level", 2024],
      [16.1, "square metres", "actual", "level", 2024],
    ]);
  });

  it("reads a count of parks before the noun", () => {
    expect(units("2024年，全市新建口袋公园30个，新建各类公园45座。")).toEqual([
      [30, "parks", "actual", "level", 2024],
      [45, "parks", "actual", "level", 2024],
    ]);
  });
});
