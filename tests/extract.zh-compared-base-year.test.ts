// A Chinese change's base written with its own year (较2020年的3.1万亿元增长…) is that year's figure, while the
// result and its growth stay the sentence's year. All sentences are our own, with invented figures.
import { extractChinese } from "../src/core/extract/zh";
import type { Fact } from "../src/core/types";
import { oneWithValue } from "./helpers/read-facts";

const read = (text: string, date = "2026-01-22", region = "Shanghai"): Fact[] =>
  extractChinese(text, { doc: "zh.txt", date, region });
const quoted = (text: string, fact: Fact) => expect(text.slice(fact.start, fact.end)).toBe(fact.quote);

describe("the base of a change with its own year", () => {
  it.each(["较", "比"])("%s2020年的… is 2020's, the result and its growth 2025's", (word) => {
    const text = `2025年全市外贸进出口总额达3.9万亿元，${word}2020年的3.1万亿元增长近26%。`;
    const facts = read(text);
    const base = oneWithValue(facts, 3100000000000);
    expect(base).toMatchObject({ kind: "actual", year: 2020, unit: "CNY" });
    quoted(text, base);
    expect(oneWithValue(facts, 3900000000000)).toMatchObject({ year: 2025 });
    expect(oneWithValue(facts, 0.26)).toMatchObject({ measure: "growth", year: 2025, comparator: "~" });
  });
});
