// Chinese pages that rank and compare places: each place's own figure in the series the page's view names
// (从经济总量看 / 从经济增速看), members of a group listed in brackets and paired by 分别, and what no one place holds
// (a group's sum, the bound all places of a rank pass, the line of a rank a place is to reach). All sentences are our own.
import { extractChinese } from "../src/core/extract/zh";
import type { Fact } from "../src/core/types";
import { oneWithValue } from "./helpers/read-facts";

const read = (text: string, date = "2025-11-05", region = "China"): Fact[] => {
  const facts = extractChinese(text, { doc: "zh.txt", date, region });
  for (const fact of facts) expect(text.slice(fact.start, fact.end)).toBe(fact.quote);
  return facts;
};

describe("each place's figure in a ranking page", () => {
  it("takes 经济总量 as GDP for places listed with their figures", () => {
    const facts = read("前三季度，从各省经济总量看，浙江、山东都已超过7万亿元，分别为72150亿元和75310亿元。");
    expect(oneWithValue(facts, 7e12)).toMatchObject({ indicator: null, comparator: ">", period: { from: 1, to: 9 } });
    expect(oneWithValue(facts, 72150e8)).toMatchObject({ indicator: null, region: "Zhejiang" });
    expect(oneWithValue(facts, 75310e8)).toMatchObject({ indicator: null, region: "Shandong" });
  });

  it("takes a place's 经济总量 written as the subject", () => {
    const facts = read("上半年，四川经济总量突破3万亿元，同比增长5.6%。", "2025-07-25");
    expect(oneWithValue(facts, 3e12)).toMatchObject({
      indicator: null,
      region: "Sichuan",
      period: { from: 1, to: 6 },
    });
  });

  it("takes the growth of places ranked after 从经济增速看, with 以, 紧随其后 and 则以", () => {
    const facts = read("论经济增速，青海以6.8%位居全国第一，贵州紧随其后为6.4%，安徽则以6.1%的增速位列第三。");
    expect(oneWithValue(facts, 0.068)).toMatchObject({ indicator: null, region: "Qinghai" });
    expect(oneWithValue(facts, 0.064)).toMatchObject({ indicator: null, region: "Guizhou" });
    expect(oneWithValue(facts, 0.061)).toMatchObject({ indicator: null, region: "Anhui" });
  });

  it("takes the growth of one place going on after a rank", () => {
    const facts = read("一季度经济增速方面，海南以7.2%居首，云南也以6.9%的增速位居前列。", "2025-04-30");
    expect(oneWithValue(facts, 0.072)).toMatchObject({ indicator: null, region: "Hainan" });
    expect(oneWithValue(facts, 0.069)).toMatchObject({ indicator: null, region: "Yunnan" });
  });

  it("pairs the members of a group in brackets with the figures after 分别", () => {
    const facts = read("两省一市（湖北省、湖南省、重庆市）上半年地区生产总值分别增长5.8%、5.6%和5.9%。", "2025-07-30");
    expect(oneWithValue(facts, 0.058)).toMatchObject({ indicator: null, measure: "growth", region: "Hubei" });
    expect(oneWithValue(facts, 0.056)).toMatchObject({ indicator: null, measure: "growth", region: "Hunan" });
    expect(oneWithValue(facts, 0.059)).toMatchObject({
      indicator: null,
      measure: "growth",
      region: "Chongqing",
    });
  });

  it("pairs members in full-width brackets with a year before the name", () => {
    const facts = read(
      "三省一市（江苏省、浙江省、安徽省、上海市）2024年地区生产总值分别为13.7万亿元、9万亿元、5万亿元和5.4万亿元。",
    );
    expect(oneWithValue(facts, 13.7e12)).toMatchObject({ indicator: null, region: "Jiangsu" });
    expect(oneWithValue(facts, 5.4e12)).toMatchObject({ indicator: "GDP", region: "Shanghai" });
  });
});

describe("figures no one place holds", () => {
  it("links no series to the sum of a group written as 三省一市 or 两省一市", () => {
    for (const text of [
      "2024年，三省一市合计实现地区生产总值31.2万亿元。",
      "两省一市地区生产总值合计达到9.8万亿元。",
      "前三季度，一省两市经济总量合计突破6万亿元。",
    ]) {
      const facts = read(text);
      expect(facts.filter((f) => f.unit === "CNY").length).toBeGreaterThan(0);
      for (const fact of facts) expect(fact.indicator).toBeNull();
    }
  });

  it("links no series to the bound every place of a rank passes", () => {
    for (const [text, value] of [
      ["上半年GDP位列前十的城市，经济总量都超过1万亿元。", 1e12],
      ["上半年，经济总量排在前五位的城市均突破1.5万亿元。", 1.5e12],
      ["GDP前20强城市的门槛提高到1.2万亿元以上。", 1.2e12],
    ] as const) {
      expect(oneWithValue(read(text), value).indicator).toBeNull();
    }
  });

  it("still reads the places named among the first of a rank", () => {
    const facts = read("居前3名的省份中，广东省、江苏省、山东省地区生产总值分别为10.5万亿元、10.3万亿元和7.5万亿元。");
    expect(oneWithValue(facts, 10.5e12)).toMatchObject({ indicator: null, region: "Guangdong" });
    expect(oneWithValue(facts, 7.5e12)).toMatchObject({ indicator: null, region: "Shandong" });
  });

  it("links no series to the line of a rank a place is to reach", () => {
    for (const text of [
      "明年，杭州有望成为省内首个经济总量突破2.5万亿元的城市。",
      "力争到2027年，成为中部地区第一个地区生产总值超过3万亿元的省份。",
      "该市将成为全国唯一一个GDP达到6万亿元的城市。",
    ]) {
      const facts = read(text, "2025-12-01");
      expect(facts).toHaveLength(1);
      expect(facts[0]).toMatchObject({ kind: "target", indicator: null });
    }
  });
});
