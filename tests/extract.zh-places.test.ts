// Chinese places: 计划单列市 (a kind of city, no plan) and sums over a group of places, which are the group's, not
// the last place's. All sentences are our own, in the style of the releases read.
import { extractChinese } from "../src/core/extract/zh";
import type { Fact } from "../src/core/types";
import { oneWithValue } from "./helpers/read-facts";

const read = (text: string, date = "2024-04-20", region = "Ningbo"): Fact[] =>
  extractChinese(text, { doc: "zh.txt", date, region });

// (each city's own figure: another region's than Shanghai, so no catalog series)
describe("计划单列市 is a kind of city, so a result about one stays a result", () => {
  it.each([
    ["一季度，在5个计划单列市中，宁波地区生产总值增长6.1%，居首位。", 0.061, "Ningbo"],
    ["2023年，计划单列市深圳的GDP达到3.46万亿元。", 3.46e12, "Shenzhen"],
    ["作为计划单列市，青岛去年实现地区生产总值1.58万亿元，同比增长5.9%。", 1.58e12, "Qingdao"],
    ["計劃單列市廈門一季度地區生產總值同比增長5.2%。", 0.052, "Xiamen"],
  ])("%s", (text, value, region) => {
    expect(oneWithValue(read(text), value)).toMatchObject({ indicator: null, region, kind: "actual" });
  });

  it("a plan still makes a goal", () => {
    expect(oneWithValue(read("宁波计划今年地区生产总值增长5.5%左右。"), 0.055).kind).toBe("target");
  });
});

describe("a sum over a group of places is the group's", () => {
  it.each([
    [
      "去年，江苏、浙江、安徽和上海的地区生产总值分别为12.8万亿元、8.3万亿元、4.7万亿元和4.7万亿元，四省市合计30.5万亿元。",
      30.5e12,
      "Jiangsu + Zhejiang + Anhui + Shanghai",
    ],
    [
      "一季度，软件业务收入居前3名的省份中，北京、广东、江苏三省市合计完成软件业务收入1.6万亿元。",
      1.6e12,
      "Beijing + Guangdong + Jiangsu",
    ],
    ["长三角三省一市地区生产总值合计达到30.5万亿元。", 30.5e12, "Yangtze River Delta"],
    ["京津冀地区软件业务收入同比增长9.1%。", 0.091, "Beijing-Tianjin-Hebei"],
    ["粤港澳大湾区内地九市地区生产总值合计突破11万亿元。", 11e12, "Greater Bay Area"],
  ])("%s", (text, value, region) => {
    expect(oneWithValue(read(text), value)).toMatchObject({ indicator: null, region });
  });

  it("each listed place keeps its own figure", () => {
    const facts = read(
      "去年，江苏、浙江、安徽和上海的地区生产总值分别为12.8万亿元、8.3万亿元、4.7万亿元和4.6万亿元，四省市合计30.4万亿元。",
    );
    expect(oneWithValue(facts, 12.8e12)).toMatchObject({ indicator: null, region: "Jiangsu" });
    expect(oneWithValue(facts, 4.6e12)).toMatchObject({ indicator: "GDP", region: "Shanghai" });
  });
});
