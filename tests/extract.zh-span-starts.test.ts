// A change over the years since a plan began (“十四五”以来…占比从48%上升到57%) starts in the plan's base year (2020,
// the year before its first), as a change over the plan's period does; its end is of the years so far. Sentences
// are our own.
import { extractChinese } from "../src/core/extract/zh";
import type { Fact } from "../src/core/types";
import { oneWithValue } from "./helpers/read-facts";

const read = (text: string, date = "2025-09-09"): Fact[] =>
  extractChinese(text, { doc: "zh.txt", date, region: "Shanghai" });

describe("the start of a change since a plan began", () => {
  it("“十四五”以来…从48%上升到57% starts in 2020", () => {
    const facts = read("“十四五”以来，全市一般贸易进出口占比从48%上升到57%。");
    expect(oneWithValue(facts, 0.48)).toMatchObject({ kind: "actual", year: 2020 });
    expect(oneWithValue(facts, 0.57)).toMatchObject({ kind: "actual" });
  });

  it("in corner brackets and with 由…提高至 too", () => {
    const facts = read("「十四五」以來，高技術製造業引資佔比由31.5%提高至62.4%。");
    expect(oneWithValue(facts, 0.315)).toMatchObject({ year: 2020 });
  });

  it("a figure since the plan began that starts no change is of the years so far", () => {
    expect(oneWithValue(read("“十四五”以来，全市新设外资企业累计超过2.6万家。"), 26000)).toMatchObject({ year: 2025 });
  });
});
