// A new step is a result: 迈上新台阶 / 迈上了新的台阶 with no figure says where a series stands, as 迈上5万亿元新台阶
// does, so it makes no goal of the figures before it; a goal keeps its own words (力争, 推动…达到), and 迈上 before a
// figure with no step after it stays a goal's. All sentences are our own.
import { extractChinese } from "../src/core/extract/zh";
import type { Fact } from "../src/core/types";

const read = (text: string, date = "2024-01-20"): Fact[] => {
  const facts = extractChinese(text, { doc: "zh.txt", date, region: "Shanghai" });
  for (const fact of facts) expect(text.slice(fact.start, fact.end)).toBe(fact.quote);
  return facts;
};
const kinds = (text: string) => read(text).map((f) => [f.value, f.kind, f.measure, f.year, f.indicator]);

describe("a new step is a result", () => {
  it.each([
    "全市工业增加值从2013年的8100亿元提高到2023年的11200亿元；工业总产值从35100亿元提高到40150亿元，综合实力迈上新台阶。",
    "全市工业增加值从2013年的8100亿元提高到2023年的11200亿元；工业总产值从35100亿元提高到40150亿元，综合实力迈上了新的台阶。",
  ])("%s: the figures are results", (text) => {
    expect(kinds(text)).toEqual([
      [810000000000, "actual", "level", 2013, "IND_VA"],
      [1120000000000, "actual", "level", 2023, "IND_VA"],
      [3510000000000, "actual", "level", 2013, null],
      [4015000000000, "actual", "level", 2023, null],
    ]);
  });

  it("reads a step the figure stands on, with or without 新, as a result", () => {
    expect(kinds("全市规上工业总产值时隔两年再次迈上4万亿元台阶。")).toEqual([[4e12, "actual", "level", 2023, null]]);
    expect(kinds("2023年，全市工业总产值迈上4万亿元新台阶。")).toEqual([[4e12, "actual", "level", 2023, null]]);
  });

  it("leaves a goal's figures goals", () => {
    expect(kinds("力争2026年全市工业总产值达到45000亿元，推动产业能级迈上新台阶。")).toEqual([
      [4500000000000, "target", "level", 2026, null],
    ]);
    expect(kinds("2026年全市工业总产值迈上4.5万亿元。")).toEqual([[4500000000000, "target", "level", 2026, null]]);
  });
});
