// The Chinese economy's growth written with its rate between the economy and the word of growth (经济6.1%的增速),
// also after a headline's column label (数据｜). All sentences are our own, with invented figures.
import { extractChinese } from "../src/core/extract/zh";
import type { Fact } from "../src/core/types";
import { oneWithValue } from "./helpers/read-facts";

const read = (text: string, date = "2026-01-22", region = "Shanghai"): Fact[] =>
  extractChinese(text, { doc: "zh.txt", date, region });
const quoted = (text: string, fact: Fact) => expect(text.slice(fact.start, fact.end)).toBe(fact.quote);

describe("the economy's rate before its word of growth", () => {
  it.each([
    ["上海经济6.1%的增速从何而来", 0.061],
    ["全市经济4.8%增长的背后是消费回暖。", 0.048],
    ["数据｜上海经济6.1%增速背后的新动能", 0.061],
  ])("%s is GDP growth", (text, value) => {
    const growth = oneWithValue(read(text), value);
    expect(growth).toMatchObject({ indicator: "GDP_GROWTH", measure: "growth", kind: "actual", year: 2025 });
    quoted(text, growth);
  });

  it("a kind of economy written before it stays no series", () => {
    expect(oneWithValue(read("数字经济6.5%的增速领跑全市。"), 0.065).indicator).toBeNull();
  });
});
