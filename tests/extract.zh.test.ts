import { extract } from "../src/core/extract";
import { EVENT_SERIES, INDICATORS } from "../src/core/catalog";
import { extractChinese, isChinese } from "../src/core/extract/zh";
import { chineseReader } from "../src/core/extract/zh/extract";
import { chineseNumeral } from "../src/core/extract/zh/numerals";
import { fold } from "../src/core/extract/zh/text";
import type { Fact } from "../src/core/types";

const read = (text: string, date = "2024-11-20", region = "Shanghai"): Fact[] =>
  extractChinese(text, { doc: "zh.txt", date, region });
const only = (text: string, date?: string): Fact => {
  const facts = read(text, date);
  expect(facts).toHaveLength(1);
  return facts[0];
};

describe("Chinese figures as the press writes them", () => {
  it.each([
    ["全市集成电路产业规模达到2070亿元。", 2070e8, "CNY"],
    ["软件和信息服务业营业收入超过1.2万亿元。", 1.2e12, "CNY"],
    ["新能源汽车产量23.86万辆。", 238600, "vehicles"],
    ["实际使用外资137.4亿美元。", 137.4e8, "USD"],
    ["全年签约四十二个项目。", 42, "projects"],
    ["集聚了1,200家重点企业。", 1200, "enterprises"],
    ["研发经费投入强度为４．４％。", 0.044, "ratio"],
    ["占比达到百分之四十。", 0.4, "ratio"],
    ["知识密集型服务业增加值占比达到三分之二。", 2 / 3, "ratio"],
    ["产业规模突破3000亿，继续领跑。", 3000e8, "CNY"],
  ])("%s", (text, value, unit) => {
    const fact = only(text);
    expect(fact.value).toBeCloseTo(value as number, 6);
    expect(fact.unit).toBe(unit);
  });

  it("reads Chinese numerals, digit by digit or with units", () => {
    expect(chineseNumeral("四十二")).toBe(42);
    expect(chineseNumeral("一百二十万")).toBe(1_200_000);
    expect(chineseNumeral("三千亿")).toBe(3e11);
    expect(chineseNumeral("一万亿")).toBe(1e12);
    expect(chineseNumeral("两亿五千万")).toBe(2.5e8);
    expect(chineseNumeral("二〇二五")).toBe(2025);
    expect(chineseNumeral("三点五")).toBe(3.5);
  });

  it("folds full-width digits and punctuation without moving any offset", () => {
    const text = "到２０２５年，比重达到４．４％（约）";
    expect(fold(text)).toHaveLength(text.length);
    expect(fold(text)).toBe("到2025年，比重达到4.4%(约)");
  });

  it.each([
    ["工业投资累计超过850亿元。", ">"],
    ["工业投资累计达到8500亿元以上。", ">="],
    ["高能级产业项目不低于100个。", ">="],
    ["研发经费投入强度约4.4%。", "~"],
    ["工业投资8500亿元左右。", "~"],
    ["合同额2500多亿元。", ">"],
    ["新能源汽车产量120万辆以上。", ">="],
    ["单位产值能耗不超过0.3%。", "<="],
  ])("%s has comparator %s", (text, comparator) => {
    expect(only(text).comparator).toBe(comparator);
  });

  it("does not take dates, ordinals, plan names, percentage points or size classes for figures", () => {
    expect(read("8月12日，第90届博览会在上海举行，“十四五”规划发布，一批项目开工。")).toEqual([]);
    expect(read("增速较上半年加快2.5个百分点。")).toEqual([]);
    const facts = read("签约项目中，10亿元以上项目有55个，50亿元到100亿元项目11个。");
    expect(facts.map((f) => f.value)).toEqual([55, 11]);
    expect(facts.every((f) => f.unit === "projects")).toBe(true);
  });

  it("keeps a converted amount as one fact (折合)", () => {
    const facts = read("实际使用外资达到137.4亿美元、折合968亿元人民币。");
    expect(facts.map((f) => [f.value, f.unit])).toEqual([[137.4e8, "USD"]]);
  });
});

describe("targets, actuals and signings from the language", () => {
  it("到2025年 and 力争 make targets for the deadline year", () => {
    const [ic, nev] = read("到2025年，集成电路产业规模力争达到4000亿元，新能源汽车产量超过120万辆。", "2021-07-21");
    expect(ic).toMatchObject({ indicator: "IC", kind: "target", year: 2025, value: 4000e8, comparator: "=" });
    expect(nev).toMatchObject({ indicator: "NEV", kind: "target", year: 2025, value: 1.2e6, comparator: ">" });
  });

  it("a plan period dates its targets: “十四五”期间 -> 2025, “十五五” -> 2030", () => {
    expect(only("“十四五”期间，工业投资累计超过850亿元。", "2021-07-21")).toMatchObject({
      indicator: "INVEST",
      kind: "target",
      year: 2025,
    });
    expect(only("“十五五”期间，力争集成电路产业规模达到1万亿元。", "2026-02-03")).toMatchObject({
      indicator: "IC",
      kind: "target",
      year: 2030,
    });
  });

  it("翻一番, 翻番, 增长一倍 and 倍增 are a relative target of twice the baseline", () => {
    for (const phrase of ["实现翻一番", "翻番", "增长一倍", "规模倍增"]) {
      const fact = only(`到2025年，人工智能产业规模${phrase}。`, "2021-07-21");
      expect(fact).toMatchObject({
        indicator: "AI",
        kind: "target",
        year: 2025,
        value: null,
        relative: { multiple: 2 },
      });
    }
  });

  it("three industries that each double get one relative target each", () => {
    const facts = read("到2025年，集成电路、生物医药、人工智能产业规模实现翻一番。", "2021-07-21");
    expect(facts.map((f) => f.indicator)).toEqual(["IC", "BIO", "AI"]);
    expect(facts.every((f) => f.relative?.multiple === 2)).toBe(true);
  });

  it("a combined total of three industries links to none of them", () => {
    const fact = only("2025年，集成电路、生物医药、人工智能产业规模合计突破2万亿元。", "2026-02-03");
    expect(fact).toMatchObject({ indicator: null, kind: "actual", year: 2025, value: 2e12, comparator: ">" });
  });

  it("达到 / 同比增长 / 比上年增长 report actuals; the comparison year never dates them", () => {
    const [level, growth] = read("2023年，全市集成电路产业规模达到2500亿元，比上年增长12.5%。", "2024-02-01");
    expect(level).toMatchObject({ indicator: "IC", kind: "actual", year: 2023, measure: "level", value: 2500e8 });
    expect(growth).toMatchObject({ indicator: "IC", kind: "actual", year: 2023, measure: "growth", value: 0.125 });
  });

  it("去年 and 今年 resolve against the document date", () => {
    const [last, current] = read("去年生物医药产业规模达到8000亿元；今年预计突破9000亿元。", "2024-03-01");
    expect(last).toMatchObject({ indicator: "BIO", kind: "actual", year: 2023 });
    expect(current).toMatchObject({ indicator: "BIO", kind: "target", year: 2024, comparator: ">" });
  });

  it("签约 at the investment promotion conference is a signing of GIPC plus its year", () => {
    const [projects, value] = read(
      "2022上海全球投资促进大会上，322个重大产业项目集中签约，总投资5658亿元。",
      "2022-06-16",
    );
    expect(projects).toMatchObject({
      indicator: "GIPC2022",
      kind: "signing",
      value: 322,
      unit: "projects",
      subject: "重大产业项目",
    });
    expect(value).toMatchObject({
      indicator: "GIPC2022",
      kind: "signing",
      value: 5658e8,
      unit: "CNY",
      subject: "重大产业项目",
    });
  });

  it("智博会 signings are SCE signings in Chongqing", () => {
    const facts = read(
      "2021中国国际智能产业博览会重大项目集中签约，共签约项目92个，合同额2500多亿元。",
      "2021-08-23",
      "Chongqing",
    );
    expect(facts.map((f) => [f.indicator, f.region, f.value])).toEqual([
      ["SCE2021", "Chongqing", 92],
      ["SCE2021", "Chongqing", 2500e8],
    ]);
  });

  it("work begun on earlier deals (开工) is not a signing", () => {
    const [signed, begun] = read(
      "2023招商大会共签约投资贸易项目859个，其中投资项目已开工643个。",
      "2024-10-24",
      "Guangdong",
    );
    expect(signed.kind).toBe("signing");
    expect(begun.kind).toBe("actual");
  });
});

describe("periods of a year", () => {
  it.each([
    ["上半年，集成电路产业规模达到1200亿元。", { from: 1, to: 6 }],
    ["一季度，集成电路产业规模达到600亿元。", { from: 1, to: 3 }],
    ["前三季度，集成电路产业规模达到1900亿元。", { from: 1, to: 9 }],
    ["1-9月，集成电路产业规模达到1900亿元。", { from: 1, to: 9 }],
    ["1—9月，集成电路产业规模达到1900亿元。", { from: 1, to: 9 }],
    ["1至10月，集成电路产业规模达到2100亿元。", { from: 1, to: 10 }],
    ["前10个月，集成电路产业规模达到2100亿元。", { from: 1, to: 10 }],
    ["截至10月底，集成电路产业规模达到2100亿元。", { from: 1, to: 10 }],
  ])("%s", (text, period) => {
    expect(only(text)).toMatchObject({ indicator: "IC", kind: "actual", year: 2024, period });
  });

  it("a part year carries to the next sentences of its paragraph, and 全年 ends it", () => {
    const facts = read(
      "2024年前三季度，全市地区生产总值34000亿元。其中，集成电路增长20.8%。全年有望突破3000亿元。",
      "2024-10-25",
    );
    expect(facts.map((f) => f.period)).toEqual([{ from: 1, to: 9 }, { from: 1, to: 9 }, null]);
    expect(facts.map((f) => f.year)).toEqual([2024, 2024, 2024]);
  });

  it("a January report on 前三季度 with no year is about the year before", () => {
    expect(only("前三季度，集成电路产业规模达到1900亿元。", "2025-01-15")).toMatchObject({
      year: 2024,
      period: { from: 1, to: 9 },
    });
  });
});

describe("regions, subjects and quotes", () => {
  it("names regions in English, and 全国 for national figures", () => {
    expect(only("重庆新能源汽车产量52.5万辆。").region).toBe("Chongqing");
    expect(only("全国新能源汽车产量958.7万辆。").region).toBe("China");
    expect(only("上海汇聚了全国40%的集成电路人才。").region).toBe("Shanghai");
  });

  it("a company's own figure is never a city indicator", () => {
    const fact = only("蔚能电池科技有限公司拟投资50亿元建设新能源汽车电池项目。");
    expect(fact).toMatchObject({ indicator: null, subject: "蔚能电池科技有限公司" });
  });

  it("pairs 分别 figures with the names listed before them", () => {
    const facts = read("集成电路、生物医药、人工智能产业规模分别增长20.8%、8.5%和5.6%。");
    expect(facts.map((f) => [f.indicator, f.value])).toEqual([
      ["IC", 0.208],
      ["BIO", 0.085],
      ["AI", 0.056],
    ]);
  });

  it("quotes every fact verbatim at its JavaScript string offsets, full-width text included", () => {
    const text = "标题\n２０２５年，上海新能源汽车产量达到１２０万辆以上；工业投资累计超过８５０亿元。\n";
    const facts = read(text);
    expect(facts).toHaveLength(2);
    for (const fact of facts) expect(text.slice(fact.start, fact.end)).toBe(fact.quote);
    expect(facts[0].quote).toBe("２０２５年，上海新能源汽车产量达到１２０万辆以上；");
  });

  it("bounds the quote of a very long sentence to its clause, verbatim", () => {
    const filler = "推动产业链上下游协同发展，".repeat(40);
    const text = `${filler}全市集成电路产业规模达到2500亿元，${filler}。`;
    const fact = only(text);
    expect(fact.quote.length).toBeLessThanOrEqual(400);
    expect(fact.quote).toContain("2500亿元");
    expect(text.slice(fact.start, fact.end)).toBe(fact.quote);
  });

  it("offsets a paragraph read alone into its document", () => {
    const fact = extractChinese("工业投资超过850亿元。", { doc: "d", date: "2024" }, 100)[0];
    expect([fact.start, fact.end]).toEqual([100, 112]);
  });
});

describe("an analyst's own Chinese names", () => {
  it("links figures to an indicator defined with Chinese aliases, through the catalog the stages are given", () => {
    const hydrogen = {
      ...INDICATORS.find((entry) => entry.code === "IC")!,
      code: "H2",
      name: "Hydrogen industry scale",
      aliases: ["hydrogen industry"],
      aliasesZh: ["氢能产业"],
      acronyms: [],
    };
    const text = "到2025年，氢能产业规模力争突破1000亿元。";
    const read = chineseReader(
      { text, doc: "h2.txt", region: "Shanghai", referenceYear: 2023 },
      { indicators: [...INDICATORS, hydrogen], events: EVENT_SERIES },
    );
    const [draft] = read({ start: 0, end: text.length });
    expect(draft).toMatchObject({ indicator: "H2", kind: "target", year: 2025, value: 1000e8, comparator: ">" });
  });
});

describe("the extractor dispatches paragraphs by language", () => {
  it("detects Chinese paragraphs by their share of ideographs", () => {
    expect(isChinese("到2025年，R&D占GDP比重达到4.5%。")).toBe(true);
    expect(isChinese("Shanghai's IC industry (集成电路) reached 207 billion yuan in 2020.")).toBe(false);
  });

  it("reads a mixed document paragraph by paragraph, offsets kept", () => {
    const text =
      "Shanghai's integrated circuit industry reached 207 billion yuan in 2020.\n" +
      "到2025年，上海集成电路产业规模力争达到4000亿元。\n";
    const facts = extract(text, { doc: "mixed.txt", date: "2021-07-21", region: "Shanghai" });
    expect(facts.map((f) => [f.indicator, f.kind, f.year, f.value])).toEqual([
      ["IC", "actual", 2020, 207e9],
      ["IC", "target", 2025, 4000e8],
    ]);
    for (const fact of facts) expect(text.slice(fact.start, fact.end)).toBe(fact.quote);
  });
});

describe("what real releases taught (phenomena read in Chinese sources, sentences our own)", () => {
  it("folds traditional script: 億元, 萬輛, 簽約, 增長", () => {
    const [level, growth] = read("去年上海集成電路產業規模達到2500億元，同比增長12.5%。", "2023-02-10");
    expect(level).toMatchObject({ indicator: "IC", year: 2022, value: 2500e8 });
    expect(growth).toMatchObject({ indicator: "IC", measure: "growth", value: 0.125 });
    expect(only("新能源汽車產量達到128.7萬輛。")).toMatchObject({ indicator: "NEV", value: 1.287e6 });
  });

  it("reads 成 as tenths and 翻倍 as a doubling", () => {
    expect(only("签约项目中，制造业项目占比达到六成。").value).toBeCloseTo(0.6, 9);
    expect(only("一季度，新能源汽车产量翻倍增长。")).toMatchObject({ indicator: "NEV", measure: "growth", value: 1 });
  });

  it("pairs 分别 with list items, catalog names or not", () => {
    const [nev, wind] = read("新能源汽车、风力发电机组产量分别增长1.9倍和83.5%。");
    expect(nev).toMatchObject({ indicator: "NEV", measure: "growth", value: 1.9 });
    expect(wind).toMatchObject({ indicator: null, measure: "growth", value: 0.835 });
  });

  it("a name after the figure is what the figure describes, not its subject", () => {
    expect(only("2024年，上海成立总规模为225亿元的生物医药产业母基金。").indicator).toBeNull();
  });

  it("a later figure of a 从…增长至… clause is about the same indicator, and so is its CAGR", () => {
    const facts = read(
      "上海生物医药产业规模从2021年的7617亿元增长至2024年的9847亿元，年均复合增长率为8.9%。",
      "2025-10-09",
    );
    expect(facts.map((f) => [f.indicator, f.year, f.measure])).toEqual([
      ["BIO", 2021, "level"],
      ["BIO", 2024, "level"],
      ["BIO", 2024, "growth"],
    ]);
  });

  it("是五年前的三倍 is a tripling (growth of 200 %), 几乎 makes it approximate", () => {
    const facts = read("2023年，上海人工智能产业规模达到3800亿元，几乎是五年前的三倍。", "2024-01-23");
    expect(facts[1]).toMatchObject({ indicator: "AI", measure: "growth", value: 2, comparator: "~", year: 2023 });
  });

  it("catalog acronyms name indicators inside Chinese text, in capitals only", () => {
    expect(only("2023年，上海AI产业规模达到3800亿元。", "2024-01-23").indicator).toBe("AI");
    expect(only("2023年，上海ai产业规模达到3800亿元。", "2024-01-23").indicator).toBeNull();
  });

  it("好于预期 judges a result; it does not make a target", () => {
    expect(only("2025年，全市集成电路产业规模达到4800亿元，好于预期。", "2026-02-03").kind).toBe("actual");
  });

  it("earlier editions of an event are not the event, and a project's own size is not a figure", () => {
    const text = "2020智博会共签约项目71个。上两届智博会共有逾1000个项目达成合作，其中17个项目投资额超过50亿元。";
    const facts = read(text, "2020-09-16", "Chongqing");
    expect(facts.map((f) => [f.indicator, f.value])).toEqual([
      ["SCE2020", 71],
      [null, 1000],
      [null, 17],
    ]);
  });
});

/** The one fact of `text` that has this value, with its quote verbatim at its offsets. */
const factOf = (text: string, value: number, date: string, region = "Shanghai"): Fact => {
  const facts = read(text, date, region).filter((f) => f.value !== null && Math.abs(f.value - value) < 1e-9 * value);
  expect(facts).toHaveLength(1);
  const fact = facts[0];
  expect(text.slice(fact.start, fact.end)).toBe(fact.quote);
  return fact;
};

describe("forms of the fourth round of real documents (work reports, releases, signing news)", () => {
  it("reads Taiwan and Hong Kong copies: traditional characters, 二○二五年, 兆元 and 百分之…點…", () => {
    const text = "二○二五年，全市生產總值達人民幣四點九兆元，年增百分之五點二。";
    expect(factOf(text, 4.9e12, "2026-02-05")).toMatchObject({
      indicator: "GDP",
      kind: "actual",
      year: 2025,
      period: null,
      unit: "CNY",
      quote: text,
      start: 0,
      end: text.length,
    });
    expect(factOf(text, 0.052, "2026-02-05")).toMatchObject({
      indicator: "GDP_GROWTH",
      measure: "growth",
      kind: "actual",
      year: 2025,
      unit: "ratio",
    });
  });

  it("reads ○ for zero and 漲幅 as a rate of change", () => {
    const text = "二○二四年，居民消費價格上漲百分之○點三。";
    expect(factOf(text, 0.003, "2025-01-20")).toMatchObject({
      indicator: "CPI",
      measure: "growth",
      kind: "actual",
      year: 2024,
      unit: "ratio",
      quote: text,
    });
  });

  it("a heading of targets makes the lines under it targets, until the next section", () => {
    const text =
      "三、2026年主要预期目标\n全市生产总值增长5%左右；\n城镇调查失业率5%以内。\n四、重点工作\n规上工业增加值增长6%。";
    const facts = read(text, "2026-01-20");
    expect(facts.map((f) => [f.indicator, f.kind, f.year, f.value, f.comparator, f.quote])).toEqual([
      ["GDP_GROWTH", "target", 2026, 0.05, "~", "全市生产总值增长5%左右；"],
      ["UNEMPLOYMENT", "target", 2026, 0.05, "<=", "城镇调查失业率5%以内。"],
      // (the firms above designated size: no industrial value added of the whole industry)
      [null, "actual", 2026, 0.06, "=", "规上工业增加值增长6%。"],
    ]);
    for (const f of facts) expect(text.slice(f.start, f.end)).toBe(f.quote);
    // a line about a year already over is a result, whatever the heading
    const past = read("本市“十五五”产业发展目标\n2025年，全市工业投资累计完成9000亿元。", "2026-01-20");
    expect(past.map((f) => [f.indicator, f.kind, f.year])).toEqual([["INVEST", "actual", 2025]]);
  });

  it("预计 about a year that is over is an estimate of what happened, under a heading of results too", () => {
    const text =
      "■ 2025年成绩单\n●预计全省地区生产总值增长5.6%左右\n2025年，全省汽车产业增加值预计增长18.2%，规上工业增加值增长6.4%。";
    const facts = read(text, "2026-01-18");
    expect(facts.map((f) => [f.indicator, f.kind, f.year, f.value])).toEqual([
      ["GDP_GROWTH", "actual", 2025, 0.056],
      [null, "actual", 2025, 0.182],
      [null, "actual", 2025, 0.064],
    ]);
    expect(facts[0]).toMatchObject({ measure: "growth", comparator: "~", quote: "●预计全省地区生产总值增长5.6%左右" });
  });

  it("signings summed over several editions or since the start of the year belong to no edition", () => {
    const text =
      "2024上海全球投资促进大会今天举行。上海已连续4年举办全球投资促进大会，累计签约重大产业项目800多个。" +
      "前三次大会共签约项目900余个。今年以来，全市累计签约产业项目210个，包括本次大会现场签约的32个项目。";
    const facts = read(text, "2024-03-29");
    expect(facts.map((f) => [f.indicator, f.kind, f.value, f.unit, f.comparator])).toEqual([
      [null, "signing", 800, "projects", ">"],
      [null, "signing", 900, "projects", ">"],
      [null, "signing", 210, "projects", "="],
      ["GIPC2024", "signing", 32, "projects", "="],
    ]);
    const last = facts[3];
    expect(last.quote).toBe("今年以来，全市累计签约产业项目210个，包括本次大会现场签约的32个项目。");
    expect(text.slice(last.start, last.end)).toBe(last.quote);
  });

  it("a policy's reward for projects is not a signing", () => {
    const text = "2024上海全球投资促进大会今天举行。对落地的总部项目，最高奖励2000万元。";
    expect(factOf(text, 2000e4, "2024-03-29")).toMatchObject({ indicator: null, kind: "actual", unit: "CNY" });
  });

  it("reads a proper fraction written with a slash, and not a date", () => {
    const text = "2022年，本市新材料企业数量占全国的1/5。";
    expect(factOf(text, 0.2, "2022-07-01")).toMatchObject({ measure: "share", unit: "ratio", year: 2022, quote: text });
    expect(read("会议定于1/6日召开，2021/3/15发布。", "2022-07-01")).toEqual([]);
  });

  it("a noun after the classifier counts only within its phrase, not across a verb", () => {
    const fact = factOf("全球排名前20的药企中，有16家在本市设立区域总部。", 16, "2024-05-01");
    expect(fact).toMatchObject({ unit: "enterprises", kind: "actual", year: 2024, indicator: null });
  });

  it("GDP written as the acronym names GDP (人均GDP its per-person series), also glued to its amount", () => {
    expect(factOf("2024年，全市GDP同比增长5.2%。", 0.052, "2025-01-20")).toMatchObject({
      indicator: "GDP_GROWTH",
      measure: "growth",
      kind: "actual",
      year: 2024,
    });
    expect(factOf("2024年，本市人均GDP突破12万元。", 1.2e5, "2025-01-20")).toMatchObject({
      indicator: "GDP_PC",
      unit: "CNY",
      comparator: ">",
      year: 2024,
    });
    expect(factOf("2024年，成为全国第9个人均GDP10万元以上的省份。", 1e5, "2025-01-20")).toMatchObject({
      indicator: "GDP_PC",
      comparator: ">=",
    });
    expect(factOf("2024年，研发经费支出占GDP比重达到4.3%。", 0.043, "2025-01-20").indicator).toBe("RD_GDP");
  });

  it("a contribution to GDP growth is a share of it, not GDP growth", () => {
    const fact = factOf("一季度，信息软件业对全市GDP增长贡献率接近五成。", 0.5, "2024-04-19");
    expect(fact).toMatchObject({ indicator: null, measure: "share", comparator: "~", period: { from: 1, to: 3 } });
  });

  it("从…提高到2021年的… and 从2021年到2024年 are spans of reported years, not deadlines", () => {
    const text = "全市工业增加值从2015年的7000亿元提高到2021年的1.1万亿元。";
    expect(read(text, "2022-09-15").map((f) => [f.indicator, f.kind, f.year, f.value])).toEqual([
      ["IND_VA", "actual", 2015, 7000e8],
      ["IND_VA", "actual", 2021, 1.1e12],
    ]);
    const span = "从2021年到2024年，全市软件和信息服务业营业收入从1.2万亿元增长至1.6万亿元。";
    expect(read(span, "2025-10-25").map((f) => [f.indicator, f.kind, f.year, f.value])).toEqual([
      ["SOFTWARE", "actual", 2021, 1.2e12],
      ["SOFTWARE", "actual", 2024, 1.6e12],
    ]);
  });

  it("a whole-year result with no time at all, published in January or February, is last year's", () => {
    const headline = "本市人均地区生产总值突破11万元";
    expect(factOf(headline, 1.1e5, "2025-01-20")).toMatchObject({
      indicator: "GDP_PC",
      kind: "actual",
      year: 2024,
      quote: headline,
    });
    expect(factOf(headline, 1.1e5, "2025-05-20").year).toBe(2025);
    // a part year or a stated year keeps its own reading
    expect(factOf("今年，本市人均地区生产总值突破11万元。", 1.1e5, "2025-01-20").year).toBe(2025);
  });

  it("a question sets no time for the statements after it", () => {
    const text = "2025年是“十四五”收官之年，本市如何继续发力？\n全市人均GDP突破15万元。";
    // (not the plan's 2025 deadline: a result, and, published in January with no time of its own, last year's)
    expect(factOf(text, 1.5e5, "2025-01-21")).toMatchObject({ indicator: "GDP_PC", kind: "actual", year: 2024 });
  });

  it("按不变价格计算 is an aside: the growth after it is still the GDP's", () => {
    const text = "前三季度，全市实现地区生产总值2.3万亿元，按不变价格计算，同比增长6.1%。";
    expect(factOf(text, 0.061, "2024-10-22")).toMatchObject({
      indicator: "GDP_GROWTH",
      measure: "growth",
      period: { from: 1, to: 9 },
      year: 2024,
      region: "Shanghai",
    });
  });

  it("a rate after a count of firms is the count's growth, not the industry the firms are in", () => {
    const text = "2021年本市共有6000家生物医药相关企业，同比增长率接近100%。";
    expect(factOf(text, 1, "2022-07-19")).toMatchObject({ indicator: null, measure: "growth", comparator: "~" });
  });

  it("百亿元级 is a size class, not an amount", () => {
    expect(read("到2025年，建成6个百亿元级产业园区。", "2022-07-19").map((f) => [f.value, f.unit])).toEqual([
      [6, "parks"],
    ]);
  });
});

describe("names the real documents split or leave to the sentence before", () => {
  it("a name split by its verb (数字经济实现增加值) is still the name", () => {
    const text = "前三季度，本市数字经济实现增加值1.1万亿元，占地区生产总值的比重为45.2%。";
    const share = factOf(text, 0.452, "2024-10-30");
    expect(share).toMatchObject({
      indicator: "DIGITAL_SHARE",
      measure: "share",
      kind: "actual",
      year: 2024,
      period: { from: 1, to: 9 },
      quote: text,
    });
    // its amount is the value added, not the share the series tracks
    expect(factOf(text, 1.1e12, "2024-10-30").indicator).toBeNull();
  });

  it("after a semicolon, a sentence without a subject goes on about the topic the sentence before named", () => {
    const text =
      "2023年，作为较早布局生物医药产业的城市，本市规上企业已达1900家；产业规模达到9000多亿元，约为五年前的两倍。";
    const amount = factOf(text, 9000e8, "2024-01-23");
    expect(amount).toMatchObject({ indicator: "BIO", kind: "actual", year: 2023, comparator: ">", unit: "CNY" });
    expect(amount.quote).toBe("产业规模达到9000多亿元，约为五年前的两倍。");
    expect(text.slice(amount.start, amount.end)).toBe(amount.quote);
    expect(factOf(text, 1900, "2024-01-23").indicator).toBeNull();
  });

  it("the counted noun after a figure names what it counts (产业能级高…的重大项目 are high-level projects)", () => {
    const text = "“十四五”期间，本市将建设80个以上产业能级高、带动作用强的重大项目。";
    expect(factOf(text, 80, "2021-09-10")).toMatchObject({
      indicator: "PROJECTS",
      kind: "target",
      year: 2025,
      unit: "projects",
      comparator: ">=",
      quote: text,
    });
    // major projects of no such kind stay unlinked
    const other = "4月27日，全市156个亿元以上重大项目集中开工。";
    expect(factOf(other, 156, "2021-04-27", "Hubei")).toMatchObject({ indicator: null, unit: "projects" });
  });

  it("after a 包括… list the sentence returns to its subject", () => {
    const text = "到2027年，本市将建成世界级集成电路产业集群，包括5个千亿元级产业园区，产业规模超8000亿元。";
    expect(read(text, "2024-05-01").map((f) => [f.indicator, f.kind, f.year, f.value, f.unit])).toEqual([
      [null, "target", 2027, 5, "parks"],
      ["IC", "target", 2027, 8000e8, "CNY"],
    ]);
    expect(factOf(text, 8000e8, "2024-05-01")).toMatchObject({ comparator: ">", quote: text });
  });

  it("a span ending now (五年来) dates its own sentence but not the sentences after it", () => {
    const text = "2023年，本市集成电路企业已达1200家，五年来几乎翻了一番；产业规模达到3000多亿元。";
    const facts = read(text, "2024-03-23");
    expect(facts.map((f) => [f.indicator, f.year, f.value, f.unit])).toEqual([
      [null, 2023, 1200, "enterprises"],
      [null, 2024, 1, "ratio"],
      ["IC", 2023, 3000e8, "CNY"],
    ]);
  });
});

describe("forms of the fifth round of real documents (releases in traditional script, national bulletins)", () => {
  it("前三季 without 度 (Hong Kong copies) is January to September", () => {
    const text = "前三季本市實現地區生產總值39850.5億元，同比增長5.1%。";
    const fact = factOf(text, 39850.5e8, "2025-10-23");
    expect(fact).toMatchObject({ indicator: "GDP", kind: "actual", year: 2025, period: { from: 1, to: 9 } });
    expect(fact.unit).toBe("CNY");
    expect(fact.quote).toBe(text);
    expect(factOf(text, 0.051, "2025-10-23")).toMatchObject({
      indicator: "GDP_GROWTH",
      measure: "growth",
      period: { from: 1, to: 9 },
    });
    // the seasons are no quarter
    expect(read("四季游客人数增长8%。", "2025-10-23")[0].period).toBeNull();
  });

  // (the nation's figures: another region's, so no series of Shanghai's, whatever their names)
  it("national names: 国内生产总值, 软件业务收入, 研究与试验发展(R&D)经费投入强度, 基礎研究經費所占比重", () => {
    const gdp = "去年国内生产总值达到128.6万亿元，增长5.2%。";
    expect(factOf(gdp, 128.6e12, "2024-03-05", "China")).toMatchObject({
      indicator: null,
      region: "China",
      kind: "actual",
      year: 2023,
      unit: "CNY",
      start: 0,
      end: gdp.length,
    });
    const soft = "2024年，全国软件业务收入137276亿元，同比增长10%。";
    expect(factOf(soft, 137276e8, "2025-01-28", "China")).toMatchObject({
      indicator: null,
      region: "China",
      year: 2024,
      unit: "CNY",
      quote: soft,
    });
    const rd = "2023年，研究與試驗發展(R&D)經費投入強度為2.65%。基礎研究經費所占比重為6.77%。";
    expect(factOf(rd, 0.0265, "2024-10-02", "China")).toMatchObject({
      indicator: null,
      year: 2023,
      unit: "ratio",
      quote: "2023年，研究與試驗發展(R&D)經費投入強度為2.65%。",
      start: 0,
    });
    expect(factOf(rd, 0.0677, "2024-10-02", "China")).toMatchObject({
      indicator: null,
      year: 2023,
      unit: "ratio",
    });
  });

  it("a contribution rate is no growth rate (对经济增长的贡献率)", () => {
    const text = "2024年，消费对全市经济增长贡献率达到55%。";
    const fact = factOf(text, 0.55, "2025-01-20");
    expect(fact).toMatchObject({ indicator: null, kind: "actual", year: 2024, unit: "ratio", quote: text });
  });

  it("one segment's revenue (集成电路设计收入) is not the industry's scale", () => {
    const text = "其中，集成电路设计收入同比增长7.2%，嵌入式软件收入增长9%。";
    expect(factOf(text, 0.072, "2025-01-28").indicator).toBeNull();
    expect(factOf(text, 0.09, "2025-01-28").indicator).toBeNull();
  });

  it("vehicles promoted or in use after the name (新能源汽车推广…辆) are not vehicles made", () => {
    const text = "去年，本市新能源汽车推广28.7万辆，产量达到95.6万辆。";
    expect(factOf(text, 28.7e4, "2024-01-25")).toMatchObject({ indicator: null, unit: "vehicles", year: 2023 });
    expect(factOf(text, 95.6e4, "2024-01-25")).toMatchObject({
      indicator: "NEV",
      kind: "actual",
      year: 2023,
      unit: "vehicles",
    });
  });

  it("a part's share of the indicator (占数字经济核心产业的比重) is not the indicator's share", () => {
    const text =
      "2023年，数字经济核心产业增加值占全市生产总值的比重为18.5%，其中软件业增加值占数字经济核心产业的比重最高，为41%。";
    expect(factOf(text, 0.185, "2024-12-30")).toMatchObject({ indicator: "DIGITAL_CORE_SHARE", year: 2023 });
    expect(factOf(text, 0.41, "2024-12-30").indicator).toBeNull();
  });

  it("a rate after an amount linked to the name's twin series is that series' rate (产值…同比增长)", () => {
    const text = "1至10月，本市共生产新能源汽车98万辆，增长20.5%，完成产值2890.4亿元，同比增长18.2%。";
    expect(factOf(text, 2890.4e8, "2024-11-20")).toMatchObject({ indicator: "NEV_VALUE", period: { from: 1, to: 10 } });
    const rate = factOf(text, 0.182, "2024-11-20");
    expect(rate).toMatchObject({
      indicator: "NEV_VALUE",
      measure: "growth",
      year: 2024,
      unit: "ratio",
      period: { from: 1, to: 10 },
    });
    expect(factOf(text, 0.205, "2024-11-20")).toMatchObject({ indicator: "NEV", measure: "growth" });
  });
});

describe("fifth round, headlines and short names", () => {
  it("a headline's 增 alone before a rate is growth (前三季GDP增5.3%)", () => {
    const text = "本市前三季GDP增5.3%\n";
    const fact = factOf(text, 0.053, "2025-10-23");
    expect(fact).toMatchObject({
      indicator: "GDP_GROWTH",
      measure: "growth",
      kind: "actual",
      year: 2025,
      unit: "ratio",
      period: { from: 1, to: 9 },
    });
    expect(fact.quote).toBe("本市前三季GDP增5.3%");
    expect(fact.start).toBe(0);
  });

  it("软件收入 is the software industry's revenue, 嵌入式系统软件收入 one segment's", () => {
    const text = "上半年，本市软件收入为4820亿元，其中嵌入式系统软件收入为310亿元，同比增长6%。";
    expect(factOf(text, 4820e8, "2024-07-26")).toMatchObject({
      indicator: "SOFTWARE",
      kind: "actual",
      year: 2024,
      unit: "CNY",
      period: { from: 1, to: 6 },
      quote: text,
    });
    expect(factOf(text, 310e8, "2024-07-26").indicator).toBeNull();
    expect(factOf(text, 0.06, "2024-07-26").indicator).toBeNull();
  });
});

describe("fifth round, pairs and month spans", () => {
  it("产销分别完成…和…: the first figure is the output, the second the sales", () => {
    const text = "今年1至9月，本市新能源汽车产销分别完成82.3万辆和80.1万辆。";
    const made = factOf(text, 82.3e4, "2024-10-20");
    expect(made).toMatchObject({
      indicator: "NEV",
      kind: "actual",
      year: 2024,
      unit: "vehicles",
      period: { from: 1, to: 9 },
    });
    expect(made.quote).toBe(text);
    expect(factOf(text, 80.1e4, "2024-10-20")).toMatchObject({ indicator: null, unit: "vehicles" });
  });

  it("a clause naming its own subject after a 分别 list is not one of the pairs", () => {
    const text = "去年，工业和服务业增加值分别增长6.1%、5.2%，新能源汽车产量突破120万辆。";
    const fact = factOf(text, 120e4, "2024-01-20");
    expect(fact).toMatchObject({ indicator: "NEV", kind: "actual", year: 2023, unit: "vehicles", comparator: ">" });
    expect(fact.quote).toBe(text);
  });

  it("1月至6月 is January to June", () => {
    const text = "今年1月至6月，本市新能源汽车产量52.4万辆。";
    const fact = factOf(text, 52.4e4, "2024-07-20");
    expect(fact).toMatchObject({
      indicator: "NEV",
      year: 2024,
      unit: "vehicles",
      period: { from: 1, to: 6 },
      quote: text,
    });
  });
});

describe("fifth round, a twin series' rate", () => {
  it("the rate after 产值 goes with the value series even when output words come between the name and it", () => {
    const text = "其中，新能源汽车，1至10月产量98万辆，增长20.5%，产值达2890.4亿元，比上年同期增长18.2%。";
    const rate = factOf(text, 0.182, "2024-11-20");
    expect(rate).toMatchObject({
      indicator: "NEV_VALUE",
      measure: "growth",
      kind: "actual",
      year: 2024,
      unit: "ratio",
      period: { from: 1, to: 10 },
      quote: text,
    });
    expect(factOf(text, 98e4, "2024-11-20")).toMatchObject({ indicator: "NEV", unit: "vehicles" });
  });
});
