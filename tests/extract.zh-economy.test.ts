// The whole economy named by the word 经济 (上海经济同比增长…, 经济增速, 经济总量), and kinds of economy that are not
// it (民营经济, 数字经济, 对经济增长的贡献). All sentences are our own, in the style of the releases read.
import { extractChinese } from "../src/core/extract/zh";
import type { Fact } from "../src/core/types";
import { oneWithValue } from "./helpers/read-facts";

const read = (text: string, date = "2024-07-20", region = "Shanghai"): Fact[] =>
  extractChinese(text, { doc: "zh.txt", date, region });

describe("the economy as a whole (GDP growth, GDP)", () => {
  it.each([
    ["今年上半年，上海經濟同比增長5.8%，增速高於全國。", 0.058],
    ["上半年，全市经济增速达到5.4%。", 0.054],
    ["上半年，本市经济比上年同期增长5.1%。", 0.051],
    ["上半年，上海经济实现同比增长4.7%。", 0.047],
    ["今年上半年昆山市经济同比增长6.1%。", 0.061],
  ])("%s is GDP growth", (text, value) => {
    expect(oneWithValue(read(text), value)).toMatchObject({
      indicator: "GDP_GROWTH",
      measure: "growth",
      period: { from: 1, to: 6 },
    });
  });

  // (another region's economy: its growth, in its region, and no series of Shanghai's)
  it.each([
    ["上半年，江苏省经济运行同比增长5.9%。", 0.059],
    ["上半年江苏省经济增长5.8%。", 0.058],
  ])("%s is Jiangsu's growth", (text, value) => {
    expect(oneWithValue(read(text), value)).toMatchObject({
      indicator: null,
      region: "Jiangsu",
      measure: "growth",
      period: { from: 1, to: 6 },
    });
  });

  it.each([
    ["2025年，全市主要预期目标：经济增长5%左右，一般公共预算收入增长4%左右。", 0.05, "target"],
    ["2025年，上海目标经济增长5.5%左右。", 0.055, "target"],
    ["■ 2025年主要预期目标\n●经济增长6%左右\n●城镇新增就业70万人", 0.06, "target"],
  ])("a goal list's %s is GDP growth", (text, value, kind) => {
    const fact = oneWithValue(read(text, "2025-01-20"), value);
    expect(fact).toMatchObject({ indicator: "GDP_GROWTH", kind });
  });

  it("经济总量 is GDP", () => {
    expect(oneWithValue(read("上半年，全市经济总量突破2.3万亿元。"), 2.3e12)).toMatchObject({
      indicator: "GDP",
      comparator: ">",
      period: { from: 1, to: 6 },
    });
  });
});

describe("a kind of economy, or a contribution to growth, is not the whole economy", () => {
  it.each([
    "上半年，全市民营经济增长8.1%。",
    "上半年，全市数字经济同比增长9.3%。",
    "上半年，上海海洋经济增速达到6.6%。",
    "科技进步对经济增长的贡献率达到61%。",
  ])("%s", (text) => {
    expect(read(text)[0].indicator).toBeNull();
  });
});
