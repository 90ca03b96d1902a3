// Chinese values, times and kinds the heldout5 documents showed were read wrongly: multiples written with spaces or
// 上涨, cut-offs by day, this year's results so far, a comparison's year, goals met, bare 千亿, falls and rises after an
// amount, two counts sharing one noun, ranges. Every sentence is our own, in the style of the press.
import { extractChinese } from "../src/core/extract/zh";
import type { Fact } from "../src/core/types";
import { oneWithValue } from "./helpers/read-facts";

const read = (text: string, date: string, region = "Shanghai"): Fact[] =>
  extractChinese(text, { doc: "zh.txt", date, region });

/** The fact with this value (to 9 digits), and its quote checked verbatim at its offsets. */
function valued(facts: Fact[], text: string, value: number): Fact {
  const found = oneWithValue(facts, value);
  expect(text.slice(found.start, found.end)).toBe(found.quote);
  return found;
}

describe("multiples as the press writes them", () => {
  it("增长 1.6 倍 with the spaces of a PDF copy is growth of 160 %", () => {
    const text = "2022 年全省新能源汽车产量达到 18.3 万辆，同比增长 1.6 倍。";
    const facts = read(text, "2023-03-10");
    expect(valued(facts, text, 18.3e4)).toMatchObject({ indicator: "NEV", unit: "vehicles", year: 2022 });
    const growth = valued(facts, text, 1.6);
    expect(growth).toMatchObject({ indicator: "NEV", kind: "actual", measure: "growth", unit: "ratio", year: 2022 });
    expect(growth.quote).toContain("增长 1.6 倍");
  });

  it("分别增长 1.3 倍和 1.2 倍: the second multiple of the list is read though its verb is left out", () => {
    const text = "1-5 月，新能源汽车产销分别为 210 万辆和 205 万辆，比上年同期分别增长 1.3 倍和 1.2 倍。";
    const facts = read(text, "2023-06-12");
    expect(valued(facts, text, 1.3)).toMatchObject({
      indicator: "NEV",
      measure: "growth",
      unit: "ratio",
      year: 2023,
      period: { from: 1, to: 5 },
    });
    expect(valued(facts, text, 1.2)).toMatchObject({ measure: "growth", unit: "ratio", period: { from: 1, to: 5 } });
  });

  it("上涨1.35倍 is growth of 135 %", () => {
    const text = "2023年，全市新能源汽车产量40.2万辆，同比上涨1.35倍。";
    const facts = read(text, "2024-02-28");
    expect(valued(facts, text, 1.35)).toMatchObject({ indicator: "NEV", measure: "growth", year: 2023, period: null });
  });
});

describe("the time of a figure", () => {
  it("截至11月18日 covers January to November of the year the report is written in", () => {
    const text = "截至11月18日，全市新能源汽车产量突破80万辆。";
    const fact = valued(read(text, "2023-11-20"), text, 80e4);
    expect(fact).toMatchObject({ indicator: "NEV", kind: "actual", year: 2023, period: { from: 1, to: 11 } });
    expect(fact.comparator).toBe(">");
  });

  it("a cut-off by day in December read in January is last year's", () => {
    const text = "截至12月28日，全市新能源汽车产量突破95万辆。";
    expect(valued(read(text, "2024-01-05"), text, 95e4)).toMatchObject({ year: 2023, period: { from: 1, to: 12 } });
  });

  it("a headline's 今年 for a result in October is the year so far; a target for 今年 has no part year", () => {
    const text = "全市今年集成电路产业规模突破3000亿元\n今年全市集成电路产业规模预计突破3500亿元。";
    const facts = read(text, "2024-10-25");
    expect(valued(facts, text, 3000e8)).toMatchObject({
      indicator: "IC",
      kind: "actual",
      year: 2024,
      period: { from: 1, to: 10 },
    });
    expect(valued(facts, text, 3500e8)).toMatchObject({ indicator: "IC", kind: "target", year: 2024, period: null });
  });

  it("the year a total is measured against (超过2022年全年) does not date the next sentence's 1月至10月", () => {
    const text =
      "今年前10个月，全市新能源汽车产量已超过2022年全年。数据显示，1月至10月，全市新能源汽车产量68.2万辆，同比增长35.1%。";
    const facts = read(text, "2023-11-20");
    for (const value of [68.2e4, 0.351])
      expect(valued(facts, text, value)).toMatchObject({
        indicator: "NEV",
        kind: "actual",
        year: 2023,
        period: { from: 1, to: 10 },
      });
  });

  it("截止到 2023 年 9 月底 with spaces is a cut-off, not a deadline; the growth since the year end goes on about the fleet", () => {
    const text =
      "据统计，截止到 2023 年 9 月底，全国新能源汽车保有量为 1800 万辆，占汽车总数的 5.5%，与 2022 年年底相比增长 37.5%。";
    const facts = read(text, "2023-11-04");
    // (the nation's fleet: another region's figure, no series of Shanghai's)
    expect(valued(facts, text, 1800e4)).toMatchObject({
      indicator: null,
      region: "China",
      kind: "actual",
      year: 2023,
      period: { from: 1, to: 9 },
    });
    expect(valued(facts, text, 0.375)).toMatchObject({
      indicator: null,
      region: "China",
      kind: "actual",
      measure: "growth",
      year: 2023,
      period: { from: 1, to: 9 },
    });
  });

  it("截至2025年底 without a month is a deadline when the year is still ahead, a result when it is over", () => {
    const text = "截至2025年底，全市累计培育高新技术企业2.5万家。";
    expect(valued(read(text, "2023-04-01"), text, 2.5e4)).toMatchObject({ kind: "target", year: 2025, period: null });
    const past = "截至2022年底，全市累计培育高新技术企业2.1万家。";
    expect(valued(read(past, "2023-04-01"), past, 2.1e4)).toMatchObject({ kind: "actual", year: 2022, period: null });
  });
});

describe("the part year a sentence leaves to the next", () => {
  it("is dropped when the sentence ends on the whole year (上半年…，预计今年…)", () => {
    const text =
      "2024年上半年，全市人工智能产业规模达2100亿元，预计今年将突破4500亿元。全市人工智能重点企业已超过1200家。";
    const facts = read(text, "2024-08-10");
    expect(valued(facts, text, 2100e8)).toMatchObject({ indicator: "AI", year: 2024, period: { from: 1, to: 6 } });
    expect(valued(facts, text, 4500e8)).toMatchObject({ indicator: "AI", kind: "target", year: 2024, period: null });
    expect(valued(facts, text, 1200)).toMatchObject({ unit: "enterprises", year: 2024, period: null });
  });

  it("is kept when the sentence ends in it", () => {
    const text = "2024年上半年，全市人工智能产业规模达2100亿元，同比增长9.2%。重点企业新增85家。";
    const facts = read(text, "2024-08-10");
    expect(valued(facts, text, 85)).toMatchObject({ unit: "enterprises", year: 2024, period: { from: 1, to: 6 } });
  });
});

describe("a goal met is a result", () => {
  it("实现翻番目标 in a review is growth of 100 %, and the clause after it stays an actual", () => {
    const text = "一年来，工业投资实现翻番目标，全年完成工业投资96.5亿元，增长101.3%。";
    const facts = read(text, "2023-02-20");
    expect(facts.filter((f) => f.kind === "target")).toEqual([]);
    expect(valued(facts, text, 1)).toMatchObject({
      indicator: "INVEST",
      kind: "actual",
      measure: "growth",
      unit: "ratio",
      year: 2022,
      relative: null,
    });
    expect(valued(facts, text, 96.5e8)).toMatchObject({ indicator: "INVEST", kind: "actual", year: 2022 });
  });

  it("要实现…倍增目标 still plans it", () => {
    const text = "今年，全区要实现工业投资倍增目标，完成工业投资200亿元。";
    const facts = read(text, "2023-02-20");
    expect(facts.find((f) => f.relative)).toMatchObject({
      indicator: "INVEST",
      kind: "target",
      relative: { multiple: 2 },
    });
    expect(valued(facts, text, 200e8)).toMatchObject({ kind: "target", year: 2023 });
  });
});

describe("amounts and counts", () => {
  it("突破千亿 with no digit and no 元 is 100 billion yuan; 千亿级, 百亿规模, 万亿GDP城市 and 千亿、万亿级 are no amounts", () => {
    const text =
      "全年集成电路制造业产值突破千亿，增长近20%。新增5家百亿规模企业，打造千亿级产业集群，跻身万亿GDP城市，建设千亿、万亿级产业。";
    const facts = read(text, "2023-02-03");
    const amount = valued(facts, text, 1000e8);
    expect(amount).toMatchObject({ unit: "CNY", comparator: ">", kind: "actual" });
    expect(facts.filter((f) => f.unit === "CNY")).toHaveLength(1);
    expect(valued(facts, text, 5)).toMatchObject({ unit: "enterprises" });
  });

  it("同比下降 after a linked amount goes on about the amount's indicator, past an aside in brackets", () => {
    const text = "2023年前三季度全市生产总值32500亿元（人民币，下同），同比下降1.2%。";
    const facts = read(text, "2023-10-25");
    expect(valued(facts, text, 32500e8)).toMatchObject({ indicator: "GDP", period: { from: 1, to: 9 } });
    expect(valued(facts, text, -0.012)).toMatchObject({
      indicator: "GDP_GROWTH",
      measure: "growth",
      year: 2023,
      period: { from: 1, to: 9 },
    });
  });

  it("同比上升 after a linked count of vehicles goes on about them", () => {
    const text = "1至2月份，全市共生产新能源汽车近7万辆，同比上升8.6%。";
    const facts = read(text, "2024-03-20");
    expect(valued(facts, text, 0.086)).toMatchObject({
      indicator: "NEV",
      measure: "growth",
      year: 2024,
      period: { from: 1, to: 2 },
    });
  });

  it("25个市级、9个区级特色产业园: both counts are of parks", () => {
    const text = "全区已建成25个市级、9个区级特色产业园，集聚企业3000余家。";
    const facts = read(text, "2024-05-01");
    expect(valued(facts, text, 25)).toMatchObject({ unit: "parks", comparator: "=" });
    expect(valued(facts, text, 9)).toMatchObject({ unit: "parks", comparator: "=" });
    expect(valued(facts, text, 3000)).toMatchObject({ unit: "enterprises", comparator: ">" });
  });

  it("a range 3至5家 or 6-8% gives both ends, the lower as a floor and the upper as a ceiling", () => {
    const text = "力争到2027年，培育3至5家年产30万辆整车企业，增速保持在6-8%。";
    const facts = read(text, "2024-10-01");
    expect(valued(facts, text, 3)).toMatchObject({ unit: "enterprises", comparator: ">=", kind: "target", year: 2027 });
    expect(valued(facts, text, 5)).toMatchObject({ unit: "enterprises", comparator: "<=", kind: "target", year: 2027 });
    expect(valued(facts, text, 0.06)).toMatchObject({ unit: "ratio", measure: "growth", comparator: ">=" });
    expect(valued(facts, text, 0.08)).toMatchObject({ unit: "ratio", measure: "growth", comparator: "<=" });
  });

  it("a span of months or years is no range of figures", () => {
    const text = "1-9月，全市新能源汽车产量增长12%。2021-2025年，全市累计完成工业投资5000亿元。";
    const facts = read(text, "2024-10-20");
    expect(facts.map((f) => f.value)).toEqual([0.12, 5000e8]);
  });
});
