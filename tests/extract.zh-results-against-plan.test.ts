// A result judged against its plan (超年度计划3个百分点, 超额完成全年计划, 完成年度计划的60%) is a result, as 好于预期
// is: the plan it is measured against makes no goal of the figures beside it. Sentences are our own.
import { extractChinese } from "../src/core/extract/zh";
import type { Fact } from "../src/core/types";
import { oneWithValue } from "./helpers/read-facts";

const read = (text: string, date = "2025-02-20"): Fact[] =>
  extractChinese(text, { doc: "zh.txt", date, region: "Shanghai" });

describe("a result judged against its plan", () => {
  it("the works a year finished beside 超年度计划 are results", () => {
    const facts = read("2024年，全区312项重大工程完成投资980亿元、超年度计划5个百分点，实现新开工88项、竣工64项。");
    for (const value of [312, 88, 64]) expect(oneWithValue(facts, value)).toMatchObject({ kind: "actual", year: 2024 });
  });

  it("完成年度计划的60% is a share of the plan done", () => {
    expect(oneWithValue(read("1-7月，全市重大工程完成年度计划的60%。", "2025-08-20"), 0.6)).toMatchObject({
      kind: "actual",
    });
  });

  it("the plan's own amount beside it stays the plan's", () => {
    const facts = read("2024年，全市重大工程完成投资2100亿元，完成全年计划1900亿元的110%。");
    expect(oneWithValue(facts, 190000000000)).toMatchObject({ kind: "target" });
    expect(oneWithValue(facts, 210000000000)).toMatchObject({ kind: "actual" });
  });

  it("a plan of this year is still a plan", () => {
    expect(oneWithValue(read("今年全区计划新开工重大项目40个。"), 40)).toMatchObject({ kind: "target", year: 2025 });
  });
});
