// Chinese figures whose measure the words around them decide: an average over two years beside the year's own rate,
// the output word a 分别 list ends with, the auto manufacturing industry's growth, a share that rises to a level, and
// the signings of all past editions of an event together. All sentences are our own.
import { extractChinese } from "../src/core/extract/zh";
import type { Fact } from "../src/core/types";
import { oneWithValue } from "./helpers/read-facts";

const read = (text: string, date = "2021-07-20", region = "Shanghai"): Fact[] => {
  const facts = extractChinese(text, { doc: "zh.txt", date, region });
  for (const fact of facts) expect(text.slice(fact.start, fact.end)).toBe(fact.quote);
  return facts;
};

describe("an average over two or three years beside the year's rate", () => {
  it("keeps the year-on-year rate of industrial value added and links no series to the two-year average", () => {
    // (全市工业增加值: the whole industry's, IND_VA; 规上 would be the large firms' part, no series)
    const facts = read("今年1-6月，全市工业增加值比上年同期增长12.4%，两年年均增长6.3%。");
    expect(oneWithValue(facts, 0.124)).toMatchObject({ indicator: "IND_VA", period: { from: 1, to: 6 } });
    expect(oneWithValue(facts, 0.063).indicator).toBeNull();
  });

  it("reads 两年平均增速 and 三年平均 of GDP the same way", () => {
    for (const text of [
      "一季度，全区地区生产总值同比增长16.2%，两年平均增速为5.1%。",
      "前三季度，地区生产总值比上年同期增长4.4%，三年平均增长4.9%。",
      "5月份，全市工业增加值同比增长8.8%，比2019年同期两年平均增长6.6%。",
    ]) {
      const facts = read(text);
      const linked = facts.filter((f) => f.indicator);
      expect(linked).toHaveLength(1);
      expect(facts.filter((f) => f.indicator === null && f.unit === "ratio")).toHaveLength(1);
    }
  });

  it("still links a five-year yearly average (年均增长) of GDP", () => {
    const facts = read("过去五年，全市地区生产总值年均增长6.1%。", "2021-01-25");
    expect(oneWithValue(facts, 0.061).indicator).toBe("GDP_GROWTH");
  });
});

describe("the output word a 分别 list ends with", () => {
  it("takes new-energy vehicles' growth in a list of output values as the industry's output (NEV_VALUE)", () => {
    const facts = read("二月份，新能源汽车、新材料和智能装备制造业产值分别比上年增长36.5%、8.1%和4.2%。", "2023-04-20");
    expect(oneWithValue(facts, 0.365)).toMatchObject({ indicator: "NEV_VALUE", measure: "growth" });
    expect(oneWithValue(facts, 0.081).indicator).toBeNull();
    expect(oneWithValue(facts, 0.042).indicator).toBeNull();
  });

  it("reads 营业收入 and 总产值 ending the list too", () => {
    for (const text of [
      "上半年，新能源汽车、高端装备总产值分别增长27.3%和9.4%。",
      "前三季度，新能源汽车和智能终端营业收入分别增长27.3%、9.4%。",
    ]) {
      expect(oneWithValue(read(text, "2023-10-20"), 0.273)).toMatchObject({ indicator: "NEV_VALUE" });
    }
  });

  it("keeps the vehicles (NEV) when the list ends with 产量", () => {
    const facts = read("一季度，新能源汽车、工业机器人产量分别增长41.2%和12.5%。", "2023-04-20");
    expect(oneWithValue(facts, 0.412)).toMatchObject({ indicator: "NEV" });
  });
});

describe("the auto manufacturing industry's growth", () => {
  it("takes 汽车制造业增长 as the auto industry's output (AUTO_VALUE)", () => {
    for (const text of [
      "2020年，全市主要工业行业中，汽车制造业增长8.7%，化学原料制造业增长3.2%。",
      "汽车制造业受新车型投产带动增长12.1%。",
      "分行业看，汽车制造业同比增长10.4%，增速居重点行业首位。",
    ]) {
      const facts = read(text, "2021-02-01").filter((f) => f.indicator);
      expect(facts).toHaveLength(1);
      expect(facts[0]).toMatchObject({ indicator: "AUTO_VALUE", measure: "growth" });
    }
  });

  it("links no series to the value added or the investment of auto manufacturing", () => {
    for (const text of ["汽车制造业增加值增长6.2%。", "汽车制造业投资增长15.5%。", "汽车制造业增加值达到1850亿元。"]) {
      for (const fact of read(text, "2021-02-01")) expect(fact.indicator).toBeNull();
    }
  });
});

describe("a share that rises to a level", () => {
  it("reads 增加到 a percentage as the share the clause before names, not a growth", () => {
    const facts = read("数字经济核心产业增加值占地区生产总值的比重，去年为9.2%，到2027年预计增加到10%。", "2025-02-20");
    expect(oneWithValue(facts, 0.1)).toMatchObject({
      indicator: "DIGITAL_CORE_SHARE",
      kind: "target",
      year: 2027,
      measure: "share",
    });
  });

  it("reads 增加至 and a rate that rises by a percentage the same as before", () => {
    const facts = read("全社会研发经费投入强度2020年为4.1%，2025年将增加至4.5%左右。", "2021-03-01");
    expect(oneWithValue(facts, 0.045)).toMatchObject({ indicator: "RD_GDP", kind: "target", year: 2025 });
    const growth = read("一般公共预算收入增加5.2%。", "2021-03-01");
    expect(oneWithValue(growth, 0.052)).toMatchObject({ measure: "growth" });
  });
});

describe("a cut written as what is cut, then by how much", () => {
  it("reads 缩短…达30%, 压缩…50% and 缩减了25% as falls", () => {
    for (const [text, value] of [
      ["通过共享检测平台，预计可缩短创新药临床审批时间达30%。", -0.3],
      ["今年，全市将压缩工程建设项目审批时间50%。", -0.5],
      ["改革后，企业开办时间缩减了25%。", -0.25],
    ] as const) {
      expect(oneWithValue(read(text, "2025-09-20"), value)).toMatchObject({ measure: "growth", unit: "ratio" });
    }
  });

  it("does not read a rise after the cut as a fall", () => {
    const facts = read("审批时间缩短后，全市新设企业数量增长12%。", "2025-09-20");
    expect(oneWithValue(facts, 0.12)).toMatchObject({ measure: "growth" });
  });
});

describe("signings of all past editions together", () => {
  const event = "2025年上海全球投资促进大会下月召开。";

  it("links no edition's series to signings over the years of the event (四年大会期间, 三届大会以来)", () => {
    for (const text of [
      "大会举办四年期间累计签约项目520个，总投资约9000亿元。",
      "三届大会以来累计签约项目460个，总投资约8000亿元。",
      "过去五届会议期间，共有600个项目签约落地。",
    ]) {
      const facts = read(event + text, "2025-03-10").filter((f) => f.kind === "signing");
      expect(facts.length).toBeGreaterThan(0);
      for (const fact of facts) expect(fact.indicator).toBeNull();
    }
  });

  it("still links this edition's signings", () => {
    const facts = read(event + "本届大会现场签约项目120个，总投资2100亿元。", "2025-03-10");
    expect(oneWithValue(facts, 2100e8)).toMatchObject({ indicator: "GIPC2025", kind: "signing" });
  });
});
