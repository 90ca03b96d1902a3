// Words around a figure that say what it is: 最高 before support money (最高支持5000万元, 给予最高15%) is a ceiling
// (<=), not the support itself; a fall with a word of more or about between it and its size (回落超过两成, 下降近4%) is
// still a fall, negative, its comparator the one of the size as written (降幅超过2% already is); the share of
// industries or firms that grew or fell (增长面, 下降面, 亏损面) is a share, not a rate of change. Sentences are our own.
import { extractChinese } from "../src/core/extract/zh";
import type { Fact } from "../src/core/types";
import { oneWithValue } from "./helpers/read-facts";

const read = (text: string, date = "2024-06-20"): Fact[] =>
  extractChinese(text, { doc: "zh.txt", date, region: "Shanghai" });

describe("a ceiling of support", () => {
  it("最高支持 / 最高给予 before money is at most that much", () => {
    const facts = read("对符合条件的重大项目，最高支持5000万元；对首台套产品，最高给予800万元奖励。");
    expect(oneWithValue(facts, 50000000)).toMatchObject({ comparator: "<=", unit: "CNY" });
    expect(oneWithValue(facts, 8000000)).toMatchObject({ comparator: "<=", unit: "CNY" });
  });

  it("给予最高15% is a ceiling of a share", () => {
    const facts = read("按项目总投资给予最高15%的补助。");
    expect(oneWithValue(facts, 0.15)).toMatchObject({ comparator: "<=", measure: "share" });
  });

  it("the highest of several results (单笔融资最高为…) is no ceiling", () => {
    const facts = read("单笔融资最高为某公司2.5亿元。");
    expect(oneWithValue(facts, 250000000)).toMatchObject({ comparator: "=" });
  });
});

describe("a fall with a word of more or about before its size", () => {
  it.each([
    ["今年以来，新设外资企业数量累计回落超过两成。", -0.2, ">"],
    ["上半年，全市钢铁行业产值下降近4%。", -0.04, "~"],
    ["1-5月，化工行业产值减少逾6%。", -0.06, ">"],
  ])("%s", (text, value, comparator) => {
    expect(oneWithValue(read(text), value)).toMatchObject({ measure: "growth", comparator });
  });
});

describe("the share of industries or firms that grew or fell", () => {
  it.each([
    ["一季度，全市40个工业行业中有15个实现增长，增长面37.5%。", 0.375],
    ["前5个月，工业行业下降面达到62%。", 0.62],
    ["规上工业企业亏损面为18.2%。", 0.182],
  ])("%s", (text, value) => {
    expect(oneWithValue(read(text), value)).toMatchObject({ measure: "share" });
  });
});
