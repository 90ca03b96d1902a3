// A change after a semicolon goes on over the same years: 工业增加值从2013年的…提高到2023年的…；工业总产值从…提高到…
// with no year of its own starts from the first change's start year and ends in its end year; a change after a full
// stop, or one with a year of its own, keeps its own time. All sentences are our own.
import { extractChinese } from "../src/core/extract/zh";
import type { Fact } from "../src/core/types";

const read = (text: string, date = "2024-09-10"): Fact[] => {
  const facts = extractChinese(text, { doc: "zh.txt", date, region: "Shanghai" });
  for (const fact of facts) expect(text.slice(fact.start, fact.end)).toBe(fact.quote);
  return facts;
};
const years = (text: string) => read(text).map((f) => [f.value, f.kind, f.measure, f.year]);

describe("a change after a semicolon goes on over the same years", () => {
  it("dates the start of the second change by the first one's start", () => {
    expect(
      years("全市工业增加值从2013年的8100亿元提高到2023年的11200亿元；工业总产值从35100亿元提高到40150亿元。"),
    ).toEqual([
      [810000000000, "actual", "level", 2013],
      [1120000000000, "actual", "level", 2023],
      [3510000000000, "actual", "level", 2013],
      [4015000000000, "actual", "level", 2023],
    ]);
  });

  it("keeps the time of a change after a full stop", () => {
    expect(
      years("全市工业增加值从2013年的8100亿元提高到2023年的11200亿元。工业总产值从35100亿元提高到40150亿元。"),
    ).toEqual([
      [810000000000, "actual", "level", 2013],
      [1120000000000, "actual", "level", 2023],
      [3510000000000, "actual", "level", 2023],
      [4015000000000, "actual", "level", 2023],
    ]);
  });
});
