// About a share: 约 / 大约 before the share's verb (约占全国25%, 大约占全市的三成) makes the share after it about ("~"), as
// 约 right before a figure does; 签约占比 is a signing's share, no "about". All sentences are our own.
import { extractChinese } from "../src/core/extract/zh";
import type { Fact } from "../src/core/types";

const read = (text: string, date = "2022-09-15"): Fact[] => {
  const facts = extractChinese(text, { doc: "zh.txt", date, region: "Shanghai" });
  for (const fact of facts) expect(text.slice(fact.start, fact.end)).toBe(fact.quote);
  return facts;
};
const shares = (text: string) =>
  read(text)
    .filter((f) => f.measure === "share")
    .map((f) => [f.value, f.kind, f.year, f.comparator]);

describe("about a share", () => {
  it.each([
    ["2021年，全市人工智能产业规模达到3100亿元，约占全国28%。", 0.28],
    ["2021年，全市生物医药产业规模达到7600亿元，大约占全国的12%。", 0.12],
  ])("%s: about", (text, value) => {
    expect(shares(text)).toEqual([[value, "actual", 2021, "~"]]);
  });

  it("leaves a share with no 约 before its verb exact", () => {
    expect(shares("2021年，全市人工智能产业规模达到3100亿元，占全国28%。")).toEqual([[0.28, "actual", 2021, "="]]);
  });
});
