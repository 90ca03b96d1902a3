// Chinese series and their limits: the statistics sector 信息传输、软件和信息技术服务业 is wider than the software
// industry; vehicles delivered are not vehicles made; industrial value added written through its firms
// (规模以上工业企业…增加值); an aside's tail (…下同）、增长…) names no subject; firms and other bodies counted
// together with 家 are firms; a clause saying what an industry is (…是…产业，产业规模…) measures nothing; the start of a change
// (从2019年的…到2024年有望…) is of its own year and a result; one month alone (其中，1-2月…，3月…) is that month, and
// the parts of a period leave the next sentence in the whole; a whole year's result with only 全年 in a January
// report is last year's. All sentences are our own.
import { extractChinese } from "../src/core/extract/zh";
import type { Fact } from "../src/core/types";

const read = (text: string, date = "2024-08-20", region = "Shanghai"): Fact[] => {
  const facts = extractChinese(text, { doc: "zh.txt", date, region });
  for (const fact of facts) expect(text.slice(fact.start, fact.end)).toBe(fact.quote);
  return facts;
};
const links = (facts: Fact[]) => facts.map((f) => [f.indicator, f.value]);
const periodOf = (f: Fact) => (f.period ? `${f.period.from}-${f.period.to}` : null);

describe("a statistics sector wider than the software industry", () => {
  it("links no software revenue to 信息传输、软件和信息技术服务业, however the list is joined or written", () => {
    for (const text of [
      "今年前5个月，全省规模以上信息传输、软件和信息技术服务业营业收入同比增长12.4%。",
      "信息传输,软件和信息技术服务业实现增加值860亿元。",
      "去年，信息傳輸、軟件和信息技術服務業增加值增長9.6%。",
    ]) {
      const facts = read(text);
      expect(facts.length).toBeGreaterThan(0);
      expect(facts.filter((f) => f.indicator)).toEqual([]);
    }
  });

  it("still links the software industry named on its own", () => {
    const facts = read("去年，全省软件和信息技术服务业营业收入增长12.4%。");
    expect(links(facts)).toEqual([["SOFTWARE", 0.124]]);
  });
});

describe("vehicles delivered", () => {
  it("links no NEV output to deliveries, before or after the name", () => {
    for (const text of [
      "该车企今年交付新能源汽车18万辆。",
      "全市新能源汽车交付量达到26万辆。",
      "新能源汽车产业加速集聚 某整车工厂今年交付超40万辆",
    ]) {
      const facts = read(text);
      expect(facts).toHaveLength(1);
      expect(facts[0].indicator).toBeNull();
      expect(facts[0].unit).toBe("vehicles");
    }
  });

  it("still links the vehicles made", () => {
    expect(links(read("全市新能源汽车产量达到26万辆，交付新能源汽车18万辆。"))).toEqual([
      ["NEV", 260000],
      [null, 180000],
    ]);
  });
});

describe("a whole year's result with only 全年 written", () => {
  it("is last year's in a January or February report", () => {
    for (const [text, date] of [
      ["某整车工厂全年交付超40万辆。", "2023-01-12"],
      ["全年新能源汽车产量突破30万辆。", "2023-02-08"],
      ["全年规上工业增加值增长6.2%。", "2023-01-20"],
    ]) {
      const facts = read(text, date);
      expect(facts).toHaveLength(1);
      expect(facts[0]).toMatchObject({ kind: "actual", year: 2022 });
    }
  });

  it("stays in the document's year later in the year", () => {
    expect(read("全年新能源汽车产量突破30万辆。", "2023-12-28")[0]).toMatchObject({ year: 2023 });
  });
});

describe("one month alone after a part year", () => {
  it("reads a month opening its clause as that month", () => {
    for (const [text, period] of [
      ["一季度，全省规上工业增加值增长4.1%，其中，1-2月增长9.8%，3月下降6.2%。", "3-3"],
      ["上半年社会消费品零售总额增长3.5%；6月增长1.2%。", "6-6"],
      ["前两个月全市工业增加值下降2%，3月当月增长8.5%。", "3-3"],
    ]) {
      const facts = read(text, "2024-04-25");
      expect(periodOf(facts[facts.length - 1])).toBe(period);
    }
  });

  it("leaves the next sentence in the whole period, not in its last part", () => {
    const facts = read(
      "一季度，全省规上工业增加值增长4.1%，其中，1-2月增长9.8%，3月下降6.2%。全省工业总产值增长5%。",
      "2024-04-25",
    );
    expect(facts.map(periodOf)).toEqual(["1-3", "1-2", "3-3", "1-3"]);
    // (规上: the firms above designated size, no IND_VA)
    expect(facts.slice(0, 3).map((f) => f.indicator)).toEqual([null, null, null]);
  });

  it("does not read a day's date or a month's ten days as a month's figure", () => {
    const facts = read("3月15日，全市规上工业增加值增长4%。", "2024-04-25");
    expect(periodOf(facts[0])).not.toBe("3-3");
  });
});

describe("industrial value added written through its firms", () => {
  it("links no IND_VA to the value added of 规模以上工业企业 (the large firms' part), also after the firms' count", () => {
    for (const text of [
      "去年全省规模以上工业企业增加值增长6.1%。",
      "去年，规上工业企业达2.4万家、增加值增长6.1%。",
      "去年，全省规模以上工業企業1.9萬家，實現增加值增長6.1%。",
    ]) {
      const facts = read(text, "2026-01-28");
      const rate = facts.find((f) => f.unit === "ratio");
      expect(rate).toMatchObject({ indicator: null, value: 0.061, year: 2025 });
      for (const count of facts.filter((f) => f.unit === "enterprises")) expect(count.indicator).toBeNull();
    }
  });

  it("links nothing to the firms of one size or ownership", () => {
    for (const text of ["大型工业企业增加值同比增长12.5%。", "国有控股工业企业增加值增长3.3%。"])
      expect(read(text).filter((f) => f.indicator)).toEqual([]);
  });
});

describe("an aside between a level and its growth", () => {
  it("reads the growth after …下同）as the level's series", () => {
    for (const text of [
      "2025年，全省生产总值6.1万亿元(人民币,下同)、增长5.5%。",
      "2025年，全省地区生产总值6.1万亿元（按可比价格计算，下同），增长5.5%。",
      "2025年，全省地區生產總值6.1萬億元(人民幣,下同)、增長5.5%。",
    ]) {
      const facts = read(text, "2026-01-28");
      expect(links(facts)).toEqual([
        ["GDP", 6.1e12],
        ["GDP_GROWTH", 0.055],
      ]);
    }
  });
});

describe("firms and other bodies counted together with 家", () => {
  it("counts them as firms (headquarters and R&D centres: extract.zh-headquarters-units)", () => {
    const facts = read("经核准的境外企业和机构累计1500家。");
    expect(facts.length).toBeGreaterThan(0);
    for (const fact of facts) expect(fact.unit).toBe("enterprises");
  });
});

describe("an industry described before its figures, and the start of a change", () => {
  it("links the scale after a clause saying what the industry is", () => {
    for (const text of [
      "集成电路是本区投资规模最大的先导产业，产业规模2023年达到100亿元。",
      "生物医药作为全市投资最多的产业，产业规模去年达到900亿元。",
      "人工智能是本区投资增长最快、企业最多的产业，规模去年突破500亿元。",
    ]) {
      const facts = read(text);
      expect(facts).toHaveLength(1);
      expect(facts[0].indicator).not.toBeNull();
    }
  });

  it("still reads a measure written in the figure's own clause", () => {
    expect(read("集成电路出口总额突破1000亿元，同比增长20%。").filter((f) => f.indicator)).toEqual([]);
  });

  it("dates the figure after 从 and a year by that year, a result before a hoped-for end", () => {
    for (const text of [
      "集成电路是本区最大的先导产业，产业规模从2019年的不到10亿元到2024年有望突破400亿元。",
      "集成电路產業規模從2019年的不足10億元到2024年有望突破400億元。",
      "集成电路产业规模从2019年的10亿元增长到今年的400亿元以上，有望再创新高。",
    ]) {
      const facts = read(text);
      expect(facts[0]).toMatchObject({ indicator: "IC", kind: "actual", year: 2019, value: 1e9 });
      expect(facts[1]).toMatchObject({ indicator: "IC", year: 2024 });
    }
  });

  it("links a goal over the next years to the industry named before it", () => {
    const facts = read("生物医药是本区的支柱产业，今后五年总规模力争突破2000亿元。");
    expect(facts[0]).toMatchObject({ indicator: "BIO", kind: "target", value: 2e11 });
  });
});
