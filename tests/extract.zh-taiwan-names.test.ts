// Taiwan's names of the catalog's industries: 積體電路 (integrated circuits, 集成电路) and 人工智慧 (artificial
// intelligence, 人工智能) are IC and AI, in traditional characters as in simplified. All sentences are our own.
import { extractChinese } from "../src/core/extract/zh";
import type { Fact } from "../src/core/types";

const read = (text: string, date = "2024-10-25"): Fact[] => {
  const facts = extractChinese(text, { doc: "zh.txt", date, region: "Shanghai" });
  for (const fact of facts) expect(text.slice(fact.start, fact.end)).toBe(fact.quote);
  return facts;
};
const links = (text: string) => read(text).map((f) => [f.value, f.kind, f.measure, f.year, f.period, f.indicator]);
const q3 = { from: 1, to: 9 };

describe("Taiwan's names of the industries", () => {
  it("reads 積體電路 and 人工智慧 as IC and AI in traditional characters", () => {
    expect(
      links("前三季度，全市三大先導產業製造業總產值同比增長6.4%，其中，積體電路增長18.1%，人工智慧增長2.7%。"),
    ).toEqual([
      [0.064, "actual", "growth", 2024, q3, "LEAD3"],
      [0.181, "actual", "growth", 2024, q3, "IC"],
      [0.027, "actual", "growth", 2024, q3, "AI"],
    ]);
  });

  it("reads them in simplified characters", () => {
    expect(links("今年前三季度，积体电路产业规模增长12%，人工智慧产业规模增长9%。")).toEqual([
      [0.12, "actual", "growth", 2024, q3, "IC"],
      [0.09, "actual", "growth", 2024, q3, "AI"],
    ]);
  });
});
