// When Chinese goals and reviews are: a goal for a part of the year, and a review of several years with no year
// written. All sentences are our own, in the style of the reports read.
import { extractChinese } from "../src/core/extract/zh";
import type { Fact } from "../src/core/types";
import { oneWithValue } from "./helpers/read-facts";

const read = (text: string, date = "2025-04-28", region = "Shanghai"): Fact[] =>
  extractChinese(text, { doc: "zh.txt", date, region });

describe("a goal for a part of the year is that part's", () => {
  it.each([
    ["一季度，全市重大工程实际完成投资512.4亿元，超额完成480亿元的目标。", 4.8e10, { from: 1, to: 3 }],
    ["今年上半年，全市重大工程力争完成投资1250亿元。", 1.25e11, { from: 1, to: 6 }],
    ["1-9月，全市重大工程计划完成投资1800亿元，实际完成1850亿元。", 1.8e11, { from: 1, to: 9 }],
    ["第一季度全市重大工程投资目标为460億元。", 4.6e10, { from: 1, to: 3 }],
  ])("%s", (text, value, period) => {
    const goal = oneWithValue(read(text), value);
    expect(goal).toMatchObject({ kind: "target", period, year: 2025 });
  });

  it("a goal for the whole year after a part-year result has no part", () => {
    const facts = read("前三季度全市地区生产总值增长5.1%，全年力争增长5.5%左右。", "2025-10-28");
    expect(oneWithValue(facts, 0.051)).toMatchObject({ kind: "actual", period: { from: 1, to: 9 } });
    expect(oneWithValue(facts, 0.055)).toMatchObject({ kind: "target", period: null });
  });

  it("a year written after the part year is the whole year's goal", () => {
    const facts = read("全市生物医药产业规模2025年上半年达5100亿元，预计今年将突破1万亿元。", "2025-10-09");
    expect(oneWithValue(facts, 5.1e11).period).toEqual({ from: 1, to: 6 });
    expect(oneWithValue(facts, 1e12)).toMatchObject({ indicator: "BIO", kind: "target", period: null, year: 2025 });
  });
});

describe("a review of several years with no year written, in a January or February report", () => {
  it.each([
    ["五年来，全省地区生产总值连跨三个万亿元台阶、年均增长5.7%左右。", 0.057, "GDP_GROWTH"],
    ["过去五年，全省GDP年均增长6.2%，一般公共预算收入年均增长3.9%。", 0.062, "GDP_GROWTH"],
    ["“十四五”以来，全市地区生产总值年均增长5.6%。", 0.056, "GDP_GROWTH"],
    ["近五年来，全省一般公共预算收入年均增长4.1%。", 0.041, "BUDGET_REV_GROWTH"],
  ])("%s ends with the year before the report", (text, value, indicator) => {
    const fact = oneWithValue(read(text, "2024-01-16"), value);
    expect(fact).toMatchObject({ indicator, kind: "actual", year: 2023 });
  });

  it("later in the year the review ends with the report's year, and 十四五以来 plans nothing", () => {
    const fact = oneWithValue(read("“十四五”以来，全市地区生产总值年均增长5.6%。", "2024-07-10"), 0.056);
    expect(fact).toMatchObject({ indicator: "GDP_GROWTH", kind: "actual", year: 2024 });
  });
});
