// Figures as Taiwan's and Hong Kong's press writes them: trillions in 兆 going on in 億 (3兆2150.4億元),
// a year's fall as 年減, and the square metre as 平方公尺. Sentences are our own.
import { extractChinese } from "../src/core/extract/zh";
import type { Fact } from "../src/core/types";
import { oneWithValue } from "./helpers/read-facts";

const read = (text: string, date = "2026-01-25", region = "Shanghai"): Fact[] =>
  extractChinese(text, { doc: "zh.txt", date, region });

describe("trillions in 兆 before the rest in 億", () => {
  it("3兆2150.4億元 is 3 * 10^12 + 2150.4 * 10^8 yuan, quoted from the 兆", () => {
    const facts = read("2025年全市實現工業總產值3兆2150.4億元，年增4.1%。");
    const total = oneWithValue(facts, 3215040000000);
    expect(total).toMatchObject({ kind: "actual", measure: "level", unit: "CNY", year: 2025 });
    expect(total.quote).toContain("3兆2150.4億元");
    expect(facts.some((f) => f.value === 215040000000)).toBe(false);
  });

  it("a lone 兆 with money stays a trillion", () => {
    expect(oneWithValue(read("全年進出口總額達4.2兆元。"), 4.2e12)).toMatchObject({ unit: "CNY" });
  });
});

describe("a year's fall written 年減", () => {
  it("年減3.7% is a fall of 3.7 % on the year", () => {
    const facts = read("2025年全市住宅銷售面積812.6萬平方公尺，年減3.7%。");
    expect(oneWithValue(facts, -0.037)).toMatchObject({ kind: "actual", measure: "growth", unit: "ratio" });
  });
});

describe("the square metre written 平方公尺", () => {
  it("812.6萬平方公尺 is an area in square metres", () => {
    const facts = read("2025年全市住宅銷售面積812.6萬平方公尺，年減3.7%。");
    expect(oneWithValue(facts, 8126000)).toMatchObject({ unit: "square metres", measure: "level", year: 2025 });
  });
});
