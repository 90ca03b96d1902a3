// Chinese major-works lists (重大工程, 省列重大项目): the year's planned investment written as 年度计划投资, the plan met
// (完成年初计划…的103%), the quarter's investment done and its goal exceeded, and the lists that are not the city's own
// (a batch started on one day, projects shared with another region, a run of years). All sentences are our own.
import { extractChinese } from "../src/core/extract/zh";
import type { Fact } from "../src/core/types";
import { oneWithValue } from "./helpers/read-facts";

const read = (text: string, date = "2024-01-10", region = "Shanghai"): Fact[] => {
  const facts = extractChinese(text, { doc: "zh.txt", date, region });
  for (const fact of facts) expect(text.slice(fact.start, fact.end)).toBe(fact.quote);
  return facts;
};

describe("a major-works list's plan, as its review writes it", () => {
  it("takes 完成年初计划…的 as the plan met, and the growth after it as the list's", () => {
    const facts = read("2023年，本市重大工程完成投资2150亿元，完成年初计划2000亿元的107.5%，同比增长6.2%。");
    expect(oneWithValue(facts, 2000e8)).toMatchObject({ indicator: "MAJOR_PROJ_INVEST", kind: "target", year: 2023 });
    expect(oneWithValue(facts, 0.062)).toMatchObject({ indicator: "MAJOR_PROJ_INVEST", kind: "actual", year: 2023 });
  });

  it("reads the plan of the whole year in traditional script", () => {
    const facts = read("2023年，全市重大工程完成投資1980億元，完成全年計劃1850億元的107%，比上年增長4.1%。");
    expect(oneWithValue(facts, 1850e8)).toMatchObject({ indicator: "MAJOR_PROJ_INVEST", kind: "target" });
    expect(oneWithValue(facts, 0.041)).toMatchObject({ indicator: "MAJOR_PROJ_INVEST", kind: "actual" });
  });

  it("takes 年度计划投资 of a province's list, not its total investment", () => {
    const facts = read("今年，全省安排省级重大项目300个，总投资9800亿元，年度计划投资1500亿元，较上年增长9.5%。");
    expect(oneWithValue(facts, 1500e8)).toMatchObject({ indicator: "MAJOR_PROJ_INVEST", kind: "target", year: 2024 });
    expect(oneWithValue(facts, 0.095)).toMatchObject({ indicator: "MAJOR_PROJ_INVEST" });
    expect(oneWithValue(facts, 9800e8).indicator).toBeNull();
  });

  it("reads 年度計劃投資 of 省列重大項目 in traditional script", () => {
    const facts = read("2024年，全省推進省列重大項目260個，總投資1.2萬億元，年度計劃投資2400億元，比2023年增長12.5%。");
    expect(oneWithValue(facts, 2400e8)).toMatchObject({ indicator: "MAJOR_PROJ_INVEST", kind: "target", year: 2024 });
    expect(oneWithValue(facts, 0.125)).toMatchObject({ indicator: "MAJOR_PROJ_INVEST" });
  });

  it("takes a quarter's 实际完成投资额 as done and the goal it exceeded as the goal", () => {
    const facts = read(
      "今年，市重大工程计划投资2300亿元。一季度，实际完成投资额420亿元，超额完成400亿元的目标。",
      "2025-04-20",
    );
    expect(oneWithValue(facts, 420e8)).toMatchObject({
      indicator: "MAJOR_PROJ_INVEST",
      kind: "actual",
      year: 2025,
      period: { from: 1, to: 3 },
    });
    expect(oneWithValue(facts, 400e8)).toMatchObject({ indicator: "MAJOR_PROJ_INVEST", kind: "target" });
  });

  it("reads the quarter and its goal in traditional script", () => {
    const facts = read("一季度，本市重大工程實際完成投資額415億元，超額完成400億元的目標。", "2025-04-20");
    expect(oneWithValue(facts, 415e8)).toMatchObject({ indicator: "MAJOR_PROJ_INVEST", kind: "actual" });
    expect(oneWithValue(facts, 400e8)).toMatchObject({ indicator: "MAJOR_PROJ_INVEST", kind: "target" });
  });
});

describe("lists and sentences that are not the list's year", () => {
  it("leaves a batch started on one day unlinked", () => {
    const facts = read("当天集中开工5000万元以上重大项目120个，总投资900亿元，年度计划投资300亿元。");
    expect(oneWithValue(facts, 300e8).indicator).toBeNull();
  });

  it("leaves projects built with another region unlinked", () => {
    const facts = read("两省市共建经济圈重大项目200个，累计完成投资5000亿元，年度计划投资1200亿元。");
    expect(oneWithValue(facts, 5000e8).indicator).toBeNull();
    expect(oneWithValue(facts, 1200e8).indicator).toBeNull();
  });

  it("leaves a run of years (自…以来第3年) unlinked", () => {
    const facts = read("2023年，本市重大工程完成投资2200亿元。这是自2021年以来第3年完成投资超2000亿元。");
    expect(oneWithValue(facts, 2200e8)).toMatchObject({ indicator: "MAJOR_PROJ_INVEST" });
    expect(oneWithValue(facts, 2000e8).indicator).toBeNull();
  });

  it("leaves one part of the list (…同样聚焦民生，围绕城市更新) unlinked", () => {
    const facts = read("重大工程同样聚焦民生，围绕城市更新，安排项目30个，年内计划投资80亿元。");
    expect(oneWithValue(facts, 80e8).indicator).toBeNull();
  });
});

describe("the share of strategic emerging industries in industrial output, written in other ways", () => {
  it("takes 战略性新兴产业制造业产值占工业总产值比重 as that share", () => {
    const facts = read("去年，全区战略性新兴产业制造业产值占工业总产值的比重提高到51.2%。", "2025-01-10");
    expect(oneWithValue(facts, 0.512)).toMatchObject({ indicator: "SEI_SHARE", kind: "actual", year: 2024 });
  });

  it("reads a plan's 占全市规模以上工业总产值比重 in traditional script", () => {
    const facts = read("到2027年，戰略性新興產業製造業產值占全市規模以上工業總產值比重達到45%左右。", "2025-01-10");
    expect(oneWithValue(facts, 0.45)).toMatchObject({
      indicator: "SEI_SHARE",
      kind: "target",
      year: 2027,
      comparator: "~",
    });
  });

  it("reads 占规上工业总产值的比重 with 预计 about the year just over", () => {
    const facts = read("去年戰略性新興產業產值占規上工業總產值的比重預計達58%。", "2026-01-12");
    expect(oneWithValue(facts, 0.58)).toMatchObject({ indicator: "SEI_SHARE", kind: "actual", year: 2025 });
  });

  it("reads a floor (50%以上)", () => {
    const facts = read("2023年，战略性新兴产业制造业产值占工业总产值比重达到48%以上。", "2024-01-10");
    expect(oneWithValue(facts, 0.48)).toMatchObject({ indicator: "SEI_SHARE", comparator: ">=" });
  });

  it("leaves a share of the economy's output (占生产总值) unlinked", () => {
    const facts = read("战略性新兴产业增加值占全市生产总值的比重为24.6%。", "2024-01-10");
    expect(oneWithValue(facts, 0.246).indicator).toBeNull();
    const traditional = read("戰略性新興產業增加值占地區生產總值比重達到26%。", "2024-01-10");
    expect(oneWithValue(traditional, 0.26).indicator).toBeNull();
  });

  it("leaves the growth of strategic emerging manufacturing unlinked", () => {
    const facts = read("2023年，战略性新兴产业制造业产值增长7.5%。", "2024-01-10");
    expect(oneWithValue(facts, 0.075).indicator).toBeNull();
  });
});

describe("figures that are not the year's level or rate of the series named", () => {
  it("leaves a step of the scale (万亿元台阶) unlinked, the level after it linked", () => {
    const facts = read("2023年，全省GDP再上一个万亿元新台阶，达到6.1万亿元。");
    expect(oneWithValue(facts, 1e12).indicator).toBeNull();
    expect(oneWithValue(facts, 6.1e12)).toMatchObject({ indicator: "GDP", kind: "actual", year: 2023 });
    const span = read("五年来，全市地區生產總值跨越兩個萬億元台階、年均增長6%左右。");
    expect(oneWithValue(span, 1e12).indicator).toBeNull();
    const plain = read("全市经济总量跨上三个千亿元台阶。");
    expect(oneWithValue(plain, 1000e8).indicator).toBeNull();
  });

  it("leaves a change on the month (环比, 比上月) unlinked, the year-on-year rate linked", () => {
    const view = read("从环比看，3月份，规模以上工业增加值比上月增长0.12%。", "2024-04-20");
    expect(oneWithValue(view, 0.0012).indicator).toBeNull();
    const traditional = read("3月份，規模以上工業增加值環比下降0.3%。", "2024-04-20");
    expect(oneWithValue(traditional, -0.003).indicator).toBeNull();
    // (全市工业增加值: the whole industry's, which IND_VA is; 规模以上 would link none)
    const both = read("5月份，全市工业增加值同比增长5.6%，较上月增长0.3%。", "2024-06-20");
    expect(oneWithValue(both, 0.056)).toMatchObject({ indicator: "IND_VA", period: { from: 5, to: 5 } });
    expect(oneWithValue(both, 0.003).indicator).toBeNull();
  });

  it("leaves chips exported or imported, and their rates, off the industry's scale", () => {
    const exported = read("出口方面，2023年累计出口集成电路数量为2700亿颗，比上年下降2.5%。");
    expect(oneWithValue(exported, -0.025).indicator).toBeNull();
    const imported = read("據海關數據，2023年累計進口集成電路數量為4800億個，比上年下降10.5%。");
    expect(oneWithValue(imported, -0.105).indicator).toBeNull();
    const sold = read("2023年，全市集成电路出口额为600亿元，比上年增长3%。");
    expect(oneWithValue(sold, 600e8).indicator).toBeNull();
    expect(oneWithValue(sold, 0.03).indicator).toBeNull();
    const scale = read("2023年，全市集成电路产业规模达到3000亿元，比上年增长8%。");
    expect(oneWithValue(scale, 0.08)).toMatchObject({ indicator: "IC" });
  });
});

describe("人均 after the level of GDP", () => {
  it("takes 、人均达… after the province's GDP as GDP per capita", () => {
    const facts = read("2022年全省GDP预计突破11万亿元、人均达13.1万元左右。", "2023-01-15");
    expect(oneWithValue(facts, 11e12)).toMatchObject({ indicator: "GDP", kind: "actual", year: 2022 });
    expect(oneWithValue(facts, 13.1e4)).toMatchObject({
      indicator: "GDP_PC",
      kind: "actual",
      year: 2022,
      comparator: "~",
    });
  });

  it("reads ，人均超过… after 地区生产总值", () => {
    const facts = read("2023年，全市地区生产总值达到4.7万亿元，人均超过19万元。", "2024-01-20");
    expect(oneWithValue(facts, 19e4)).toMatchObject({ indicator: "GDP_PC", comparator: ">", year: 2023 });
  });

  it("reads traditional script", () => {
    const facts = read("2023年，全市生產總值達到3.2萬億元、人均達15.6萬元。", "2024-01-20");
    expect(oneWithValue(facts, 15.6e4)).toMatchObject({ indicator: "GDP_PC", year: 2023 });
  });
});

describe("a rate on a comparable basis (同口径, 按可比口径) goes on about the name before it", () => {
  it("reads 、同口径增长 after budget revenue", () => {
    const facts = read("2022年，一般公共预算收入达9100亿元、同口径增长1.8%。", "2023-01-15");
    expect(oneWithValue(facts, 0.018)).toMatchObject({ indicator: "BUDGET_REV_GROWTH", kind: "actual", year: 2022 });
  });

  it("reads ，同口徑增長 in traditional script", () => {
    const facts = read("2022年，一般公共預算收入達9100億元，同口徑增長1.8%。", "2023-01-15");
    expect(oneWithValue(facts, 0.018)).toMatchObject({ indicator: "BUDGET_REV_GROWTH" });
  });

  it("reads 按可比口径增长", () => {
    const facts = read("2022年，全市一般公共预算收入完成820亿元，按可比口径增长3.2%。", "2023-01-15");
    expect(oneWithValue(facts, 0.032)).toMatchObject({ indicator: "BUDGET_REV_GROWTH" });
  });
});

describe("a 分别 list of industries whose output (产值) grows", () => {
  it("takes new-energy vehicles' output growth as the output's, not the vehicles'", () => {
    const facts = read(
      "上半年，新能源汽车、新能源和高端装备产业表现突出，产值同比分别增长1.8倍、30.2%和22.4%。",
      "2021-07-28",
    );
    expect(oneWithValue(facts, 1.8)).toMatchObject({ indicator: "NEV_VALUE", period: { from: 1, to: 6 } });
  });

  it("reads traditional script with 產值分別增長", () => {
    const facts = read("上半年，新能源汽車、生物醫藥產業增勢良好，產值分別增長1.2倍和15%。", "2021-07-28");
    expect(oneWithValue(facts, 1.2)).toMatchObject({ indicator: "NEV_VALUE" });
    expect(oneWithValue(facts, 0.15)).toMatchObject({ indicator: "BIO" });
  });

  it("keeps vehicles made (产量分别增长) the vehicles'", () => {
    const facts = read("上半年，新能源汽车、集成电路产量分别增长1.5倍和20%。", "2021-07-28");
    expect(oneWithValue(facts, 1.5)).toMatchObject({ indicator: "NEV" });
  });
});

describe("the total after a 分别 list of the three leading industries", () => {
  it("takes 总规模增长 as the three industries' total", () => {
    const facts = read(
      "2025年，集成电路、生物医药、人工智能三大先导产业规模分别达到3400亿元、4300亿元和1700亿元，总规模增长7.9%。",
      "2026-01-20",
    );
    expect(oneWithValue(facts, 0.079)).toMatchObject({ indicator: "LEAD3", measure: "growth" });
    expect(oneWithValue(facts, 1700e8)).toMatchObject({ indicator: "AI" });
  });

  it("reads 合計增長 in traditional script", () => {
    const facts = read(
      "2024年，集成電路、生物醫藥、人工智能三大先導產業規模分別達到3300億元、4100億元和1600億元，合計增長6.5%。",
      "2025-01-20",
    );
    expect(oneWithValue(facts, 0.065)).toMatchObject({ indicator: "LEAD3" });
  });

  it("reads the total after three rates", () => {
    const facts = read("集成电路、生物医药、人工智能三大先导产业规模分别增长8%、6%和12%，总规模增长7.5%。");
    expect(oneWithValue(facts, 0.12)).toMatchObject({ indicator: "AI" });
    expect(oneWithValue(facts, 0.075)).toMatchObject({ indicator: "LEAD3" });
  });
});
