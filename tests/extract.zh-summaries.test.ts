// Chinese summaries and reviews of several places: bulleted summaries on one line (… [2] - 乙省…, • …) read item by
// item; places' growth written after the place alone (甲省同比增长…, 乙省、丙省增速均为…) is each place's economy; a sum
// over the places of a rank (GDP前五省份…合计…) is still the places' GDP (other regions' figures link no catalog series:
// the catalog's are Shanghai's, so these keep their regions with no indicator); a whole year's result dated by a year carried from a
// plan in a February report, or reached over a span (十年来…从…增至…) later in the year, is last year's; and a clause
// opening with 总量 goes on about the series before. All sentences are our own.
import { extractChinese } from "../src/core/extract/zh";
import type { Fact } from "../src/core/types";

const read = (text: string, date = "2026-02-10", region = "China"): Fact[] => {
  const facts = extractChinese(text, { doc: "zh.txt", date, region });
  for (const fact of facts) expect(text.slice(fact.start, fact.end)).toBe(fact.quote);
  return facts;
};
const valued = (facts: Fact[], value: number) =>
  facts.find((f) => f.value !== null && Math.abs(f.value - value) < 1e-6);

describe("a bulleted summary written on one line", () => {
  it("ends an item at its reference marks and the dash of the next, so each item keeps its own place", () => {
    const facts = read(
      "要点速览 - 2025年湖北省地区生产总值6.2万亿元,比上年增长5.1% [1] - 河南省GDP为6.5万亿元,居中部首位 [2][3] - 安徽省生产总值达5.1万亿元",
    );
    expect(valued(facts, 6.2e12)).toMatchObject({ indicator: null, region: "Hubei", year: 2025 });
    expect(valued(facts, 6.5e12)).toMatchObject({ indicator: null, region: "Henan", year: 2025 });
    expect(valued(facts, 5.1e12)).toMatchObject({ indicator: null, region: "Anhui", year: 2025 });
    expect(valued(facts, 6.5e12)!.quote).not.toContain("湖北");
  });

  it("reads round bullets and traditional script item by item too", () => {
    const facts = read("• 2025年江西省地區生產總值3.6萬億元 • 雲南省GDP為3.2萬億元,增長4.4% • 貴州省生產總值2.3萬億元");
    expect(valued(facts, 3.6e12)).toMatchObject({ indicator: null, region: "Jiangxi" });
    expect(valued(facts, 3.2e12)).toMatchObject({ indicator: null, region: "Yunnan" });
    expect(valued(facts, 2.3e12)).toMatchObject({ indicator: null, region: "Guizhou" });
  });

  it("keeps a range of years written with a spaced hyphen in one sentence", () => {
    const facts = read("2021 - 2025年,全市规上工业增加值年均增长6.2%。", "2026-03-01", "Shanghai");
    expect(facts).toHaveLength(1);
    expect(facts[0].quote).toContain("2021 - 2025年");
  });
});

describe("places' growth written after the place alone", () => {
  it("gives one economy's growth to a province named before 同比增长", () => {
    const facts = read("全年各地经济运行总体平稳。青海同比增长6.1%,增速居全国前列。");
    expect(valued(facts, 0.061)).toMatchObject({ indicator: null, region: "Qinghai", kind: "actual" });
  });

  it("gives each place of a list with 均为 its own fact", () => {
    const facts = read("从增速看,辽宁、吉林和黑龙江增速均为4.9%,天津和河北的增速均为5.2%。");
    const at = (value: number) => facts.filter((f) => f.value !== null && Math.abs(f.value - value) < 1e-9);
    expect(at(0.049).map((f) => f.region)).toEqual(["Liaoning", "Jilin", "Heilongjiang"]);
    expect(at(0.049).every((f) => f.indicator === null && f.measure === "growth")).toBe(true);
    expect(at(0.052).map((f) => f.region)).toEqual(["Tianjin", "Hebei"]);
  });

  it("reads a place's growth in traditional script, and a growth that names its economy", () => {
    const facts = read("海南經濟增長4.2%;山西同比增長3.8%。");
    expect(valued(facts, 0.042)).toMatchObject({ indicator: null, region: "Hainan" });
    expect(valued(facts, 0.038)).toMatchObject({ indicator: null, region: "Shanxi" });
  });

  it("leaves a place's part of another series named before it alone", () => {
    const sameSentence = read("全国新能源汽车产量增长30.5%,其中广东同比增长41.2%。");
    expect(valued(sameSentence, 0.412)?.indicator).not.toBe("GDP_GROWTH");
    const sentenceBefore = read("全国集成电路产业规模增长12%。其中江苏同比增长15%。");
    expect(valued(sentenceBefore, 0.15)?.indicator).not.toBe("GDP_GROWTH");
  });
});

describe("a sum over the places of a rank", () => {
  it("reads the places' summed GDP in the region of the places listed (no series of Shanghai's)", () => {
    const facts = read("2025年GDP排名前五的省份(广东、江苏、山东、浙江、四川)地区生产总值合计约52万亿元。");
    expect(valued(facts, 52e12)).toMatchObject({ indicator: null, comparator: "~" });
    expect(valued(facts, 52e12)!.region).toContain("Guangdong");
  });

  it("reads 总计 the same way, but leaves a bound every place of the rank passes unlinked", () => {
    expect(valued(read("前三强城市的生产总值总计超过15万亿元。"), 15e12)).toMatchObject({
      comparator: ">",
      kind: "actual",
    });
    expect(valued(read("GDP排名前十的省份生产总值均超过4万亿元。"), 4e12)?.indicator).toBeNull();
  });
});

describe("the year of a whole year's result", () => {
  it("dates a February review after this year's plan by last year", () => {
    const facts = read(
      "今年全市力争规上工业增加值增长6%。\n回顾来看,全市工业增加值达到1.15万亿元,增长4%。",
      "2026-02-20",
      "Shanghai",
    );
    expect(valued(facts, 0.06)).toMatchObject({ kind: "target", year: 2026 });
    expect(valued(facts, 1.15e12)).toMatchObject({ indicator: "IND_VA", kind: "actual", year: 2025 });
  });

  it("keeps the carried year in a report from later in the year", () => {
    const facts = read("今年,全市力争工业增加值增长6%。\n全市工业增加值上半年达到5600亿元。", "2026-07-20", "Shanghai");
    expect(valued(facts, 5600e8)).toMatchObject({ year: 2026 });
  });

  it("dates the level reached over a span ending now by the last whole year", () => {
    for (const text of [
      "十年来,我国软件业务收入从3.1万亿元增至10.2万亿元。",
      "五年来,全市集成电路产业规模从1200亿元提高到2600亿元。",
    ]) {
      const facts = read(text, "2026-09-15", text.includes("全市") ? "Shanghai" : "China");
      const reached = facts.filter((f) => f.unit === "CNY").pop()!;
      expect(reached).toMatchObject({ kind: "actual", year: 2025 });
    }
  });
});

describe("a clause opening with 总量", () => {
  it("goes on about the series of the clause before", () => {
    const facts = read("全市生物医药产业规模同比增长9%,总量达到9300亿元。", "2026-03-05", "Shanghai");
    expect(valued(facts, 9300e8)).toMatchObject({ indicator: "BIO" });
  });
});

describe("a level a series reached written as a new step (迈上…新台阶)", () => {
  it("reads the level reached in a review as the series' result", () => {
    for (const text of [
      "去年宁夏经济总量迈上5000亿元新台阶。",
      "2025年,全市生物医药产业规模站上9000亿元新台阶,增长8%。",
      "去年青海地區生產總值邁上3800億元新台階。",
    ]) {
      const facts = read(text, "2026-03-10", text.includes("全市") ? "Shanghai" : "China");
      const level = facts.find((f) => f.unit === "CNY")!;
      expect(level).toMatchObject({ kind: "actual", year: 2025 });
      expect(level.indicator).toBe(text.includes("全市") ? "BIO" : null);
    }
  });

  it("keeps a count of steps of the scale unlinked, and a plan to reach one a target", () => {
    expect(read("五年来全市经济总量跨越两个万亿元台阶。", "2026-01-20", "Shanghai")[0]?.indicator ?? null).toBeNull();
    const plan = read("力争明年全市经济总量迈上6万亿元新台阶。", "2026-01-20", "Shanghai");
    expect(plan[0]).toMatchObject({ kind: "target", year: 2027 });
  });
});
