// A plan named as Taiwan's and Hong Kong's press writes it: the corner brackets 「」『』 are quotation marks
// (「十四五」以來 is “十四五”以来, the years since the plan began), and the plan's years glossed in brackets after its
// name (“十四五”（2021年至2025年）以来) are the plan itself, not a deadline of 2025. Sentences are our own.
import { extractChinese } from "../src/core/extract/zh";
import type { Fact } from "../src/core/types";
import { oneWithValue } from "./helpers/read-facts";

const read = (text: string, date = "2025-09-09"): Fact[] =>
  extractChinese(text, { doc: "zh.txt", date, region: "Shanghai" });

describe("a plan's name in corner brackets", () => {
  it("「十四五」以來 reviews the years so far: results, not the plan's goals", () => {
    const facts = read("「十四五」以來，全市新增認定跨國公司地區總部230家、外資研發中心120家。");
    expect(oneWithValue(facts, 230)).toMatchObject({ kind: "actual", year: 2025 });
    expect(oneWithValue(facts, 120)).toMatchObject({ kind: "actual", year: 2025 });
  });

  it("a quote in 『』 reads as a quote too", () => {
    const facts = read("『十四五』以來，全市累計引進外資項目8200個。");
    expect(oneWithValue(facts, 8200)).toMatchObject({ kind: "actual", year: 2025 });
  });

  it("「十四五」規劃 still names the plan's goals", () => {
    const facts = read("按照「十四五」規劃，到2025年全市戰略性新興產業增加值佔比達到25%。", "2022-03-01");
    expect(oneWithValue(facts, 0.25)).toMatchObject({ kind: "target", year: 2025 });
  });
});

describe("a plan's years glossed after its name", () => {
  it("“十四五”（2021年至2025年）以来 is the years since the plan began", () => {
    const facts = read("“十四五”（2021年至2025年）以来，全市实际使用外资累计超过900亿美元。");
    expect(oneWithValue(facts, 90000000000)).toMatchObject({ kind: "actual", year: 2025, comparator: ">" });
  });

  it("the same in corner brackets and traditional script", () => {
    const facts = read("「十四五」(2021-2025年)以來，上海年均新設外資企業超5,200家。");
    expect(oneWithValue(facts, 5200)).toMatchObject({ kind: "actual", year: 2025 });
  });
});
