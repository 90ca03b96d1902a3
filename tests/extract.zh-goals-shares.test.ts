// Chinese goals and shares written around their names: a headline's goal named after its figure, R&D intensity of
// the economy written around a place (相当于上海地区生产总值的…) against firms' own intensity, and a share of industry
// in a sentence going on after a semicolon about the series before. All sentences are our own.
import { extractChinese } from "../src/core/extract/zh";
import type { Fact } from "../src/core/types";
import { oneWithValue } from "./helpers/read-facts";

const read = (text: string, date = "2024-01-20", region = "Shanghai"): Fact[] => {
  const facts = extractChinese(text, { doc: "zh.txt", date, region });
  for (const fact of facts) expect(text.slice(fact.start, fact.end)).toBe(fact.quote);
  return facts;
};

describe("a headline's goal named after its figure", () => {
  it("takes the series whose goal the headline sets after the figure", () => {
    for (const [text, value, codes] of [
      ["6%左右 本市定下2024年GDP增长预期目标", 0.06, ["GDP", "GDP_GROWTH"]],
      ["5%左右 上海敲定今年GDP增速目标", 0.05, ["GDP", "GDP_GROWTH"]],
      // (another region's goal: no series of Shanghai's)
      ["4.5%左右重庆明确今年地区生产总值增长目标", 0.045, [null]],
    ] as const) {
      const fact = oneWithValue(read(text), value);
      expect(codes).toContain(fact.indicator);
      expect(fact).toMatchObject({ kind: "target", year: 2024 });
    }
  });

  it("leaves a figure with its own subject before it to that subject", () => {
    const facts = read("全市社会消费品零售总额增长6%，完成GDP增长目标的关键在消费。");
    expect(oneWithValue(facts, 0.06).indicator).toBeNull();
  });
});

describe("R&D intensity written around a place", () => {
  it("takes R&D spending over a named place's GDP as RD_GDP", () => {
    for (const [text, value] of [
      ["今年，全社会研发经费支出相当于全市地区生产总值的4.4%左右。", 0.044],
      ["2023年，研发投入占深圳GDP的比重达到5.8%。", 0.058],
      ["R&D经费支出相当于北京地区生产总值的6.5%，继续居全国首位。", 0.065],
    ] as const) {
      // (another place's intensity: no series of Shanghai's)
      const indicator = text.includes("全市") ? "RD_GDP" : null;
      expect(oneWithValue(read(text), value)).toMatchObject({ indicator, measure: "share" });
    }
  });

  it("does not take firms' own R&D intensity as RD_GDP", () => {
    for (const text of [
      "到2027年，带动全市中小企业研发投入强度提升至6%以上。",
      "全市规上工业企业研发经费投入强度达到2.1%。",
      "重点医药公司的研发投入强度超过15%。",
    ]) {
      for (const fact of read(text)) expect(fact.indicator).toBeNull();
    }
  });

  it("still takes the whole society's R&D intensity", () => {
    expect(oneWithValue(read("全社会研发投入强度达到4.4%。"), 0.044).indicator).toBe("RD_GDP");
  });
});

describe("a share of industry going on after a semicolon", () => {
  it("takes 总产值占规模以上工业 after a sentence about strategic emerging industries as SEI_SHARE", () => {
    for (const [text, value] of [
      ["2023年，工业战略性新兴产业制造业部分完成产值1.6万亿元，增长3.2%；总产值占规模以上工业的43.9%。", 0.439],
      ["2023年，战略性新兴产业制造业实现工业总产值1.6万亿元；工业总产值占规上工业比重为41.5%。", 0.415],
      ["2023年，本市战略性新兴产业完成产值1.6万亿元，同比增长4.5%；产值占全市工业总产值比重达到42.2%。", 0.422],
    ] as const) {
      expect(oneWithValue(read(text), value)).toMatchObject({ indicator: "SEI_SHARE", year: 2023 });
    }
  });

  it("does not carry the series to a share of the economy's output", () => {
    const facts = read("2023年，全市战略性新兴产业完成产值1.6万亿元；增加值占全市生产总值的比重为25.1%。");
    expect(oneWithValue(facts, 0.251).indicator).toBeNull();
  });
});
