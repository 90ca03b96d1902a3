// Chinese sentences whose kind, year or name hangs on words away from the figure: a goal a result is compared with,
// a year's major-works plan, a goal given as a horizon in years, a measure word that points back, the size of a fall,
// money per unit, a second place's clause. All sentences are our own, in the style of the releases read.
import { extractChinese } from "../src/core/extract/zh";
import type { Fact } from "../src/core/types";
import { oneWithValue } from "./helpers/read-facts";

const read = (text: string, date = "2024-03-10", region = "Shanghai"): Fact[] => {
  const facts = extractChinese(text, { doc: "zh.txt", date, region });
  for (const fact of facts) expect(text.slice(fact.start, fact.end)).toBe(fact.quote);
  return facts;
};

describe("a goal a result is compared with (低于…目标) does not make the results targets", () => {
  it.each([
    ["一年来，居民消费价格上涨0.9%，城镇调查失业率明显低于年初预期目标。", "2025-01-20", 0.009, "CPI", 2024],
    ["2023年，地方一般公共预算收入增长6.4%，各项指标好于全年目标。", "2024-02-01", 0.064, "BUDGET_REV_GROWTH", 2023],
    ["去年全市居民消费价格上涨1.1%，涨幅低于3%左右的调控目标。", "2024-01-25", 0.011, "CPI", 2023],
    ["去年全市居民消費價格上漲1.3%，城鎮調查失業率顯著低於預期目標。", "2024-01-25", 0.013, "CPI", 2023],
  ])("%s", (text, date, value, indicator, year) => {
    expect(oneWithValue(read(text, date), value)).toMatchObject({ kind: "actual", indicator, year });
  });

  it("the goal's own figure after 低于 is the goal: a target of the same series, a control goal a ceiling", () => {
    const facts = read("2023年，全省城镇调查失业率平均为4.8%，低于5.5%的控制目标。", "2024-02-28");
    expect(oneWithValue(facts, 0.048)).toMatchObject({ kind: "actual", indicator: "UNEMPLOYMENT", year: 2023 });
    expect(oneWithValue(facts, 0.055)).toMatchObject({
      kind: "target",
      indicator: "UNEMPLOYMENT",
      year: 2023,
      comparator: "<=",
    });
  });

  it("the goal's figure may follow its time and who set it (低于年初确定的5.5%目标); 控制在预期目标以内 is judged", () => {
    const facts = read("2023年，城镇调查失业率为4.5%，低于年初确定的5.5%目标。", "2024-03-01");
    expect(oneWithValue(facts, 0.045)).toMatchObject({ kind: "actual", indicator: "UNEMPLOYMENT" });
    expect(oneWithValue(facts, 0.055)).toMatchObject({ kind: "target", indicator: "UNEMPLOYMENT", year: 2023 });
    const within = read("2023年，居民消费价格上涨0.4%，控制在预期目标以内。", "2024-03-01");
    expect(oneWithValue(within, 0.004)).toMatchObject({ kind: "actual", indicator: "CPI" });
  });

  it("a goal stated with its figure after 高于 keeps the figure's own comparator", () => {
    const facts = read("2023年，居民消费价格上涨2.1%，高于2%左右的预期目标。", "2024-02-28");
    expect(oneWithValue(facts, 0.021)).toMatchObject({ kind: "actual", indicator: "CPI" });
    expect(oneWithValue(facts, 0.02)).toMatchObject({ kind: "target", indicator: "CPI", comparator: "~" });
  });

  it("a goal still to be reached stays a plan (力争低于…目标, 目标 of a year ahead)", () => {
    const facts = read("今年，居民消费价格涨幅控制在3%左右，力争城镇调查失业率低于年度目标。", "2024-02-01");
    expect(oneWithValue(facts, 0.03)).toMatchObject({ kind: "target", indicator: "CPI" });
    const ahead = read("2025年的目标是地方一般公共预算收入增长5%，高于今年。", "2024-12-20");
    expect(oneWithValue(ahead, 0.05)).toMatchObject({ kind: "target", indicator: "BUDGET_REV_GROWTH", year: 2025 });
  });
});

describe("a year's major-works list: its planned investment is written apart from its name", () => {
  it.each([
    [
      "2024年本市重大工程安排正式项目200项，全年计划完成投资超过2300亿元，比2023年计划数增长6%。",
      "2024-02-15",
      2300e8,
      ">",
    ],
    [
      "近日，区发改委梳理形成2024年重大工程项目清单。其中市级重大项目40个，区级重大项目80个，年内计划完成投资 320 亿元。",
      "2024-09-10",
      320e8,
      "=",
    ],
    ["2024年全市重大工程安排項目180項，涉及總投資約1.5萬億元，年度計劃完成投資約2400億元。", "2024-01-30", 2400e8, "~"],
    ["今年市级重大项目共安排152项，当年计划完成投资额达1980亿元。", "2024-03-01", 1980e8, "="],
  ])("%s", (text, date, value, comparator) => {
    const facts = read(text, date);
    expect(oneWithValue(facts, value)).toMatchObject({
      indicator: "MAJOR_PROJ_INVEST",
      kind: "target",
      year: 2024,
      comparator,
    });
  });

  it("the plan's growth over last year's plan is the same series'", () => {
    const facts = read(
      "2024年本市重大工程安排正式项目200项，全年计划完成投资超过2300亿元，比上年计划数增长6%。",
      "2024-02-15",
    );
    expect(oneWithValue(facts, 0.06)).toMatchObject({ indicator: "MAJOR_PROJ_INVEST", kind: "target", year: 2024 });
  });

  it("a headline naming the list stands for a body paragraph that names no other kind of project", () => {
    const text =
      "本区今年120项重大工程项目出炉\n近日，区发改委梳理形成今年的项目清单，共120项，年内计划完成投资 300 亿元。\n" +
      "围绕产业升级，清单中排定了12个重大产业项目，年内计划完成投资126亿元。";
    const facts = read(text, "2024-09-10");
    expect(oneWithValue(facts, 300e8)).toMatchObject({ indicator: "MAJOR_PROJ_INVEST", kind: "target", year: 2024 });
    expect(oneWithValue(facts, 126e8).indicator).toBeNull();
  });

  it("a part of the list, a list of industrial projects or a batch started on one day is not the list's plan", () => {
    const part = read(
      "2024年重大工程安排正式项目200项。一是在民生领域，安排项目50项，年内计划完成投资300亿元。",
      "2024-02-15",
    );
    expect(oneWithValue(part, 300e8).indicator).toBeNull();
    const industry = read("围绕产业升级，清单中排定了12个重大产业项目，年内计划完成投资126亿元。", "2024-02-15");
    expect(oneWithValue(industry, 126e8).indicator).toBeNull();
    const batch = read("全市150个重大项目集中开工，总投资600亿元，年度计划投资90亿元。", "2024-04-28");
    expect(oneWithValue(batch, 90e8).indicator).toBeNull();
  });

  it("the projects a plan arranges (安排…项目N项) are targets of this year, results of a year over", () => {
    const plan = read("2024年重大工程安排正式项目200项。同时，安排预备项目45项。", "2024-02-15");
    expect(oneWithValue(plan, 45)).toMatchObject({ kind: "target", unit: "projects", year: 2024 });
    const over = read("2023年重大工程安排正式项目191项。同时，安排预备项目48项。", "2024-02-15");
    expect(oneWithValue(over, 48)).toMatchObject({ kind: "actual", unit: "projects", year: 2023 });
  });
});

describe("a goal given as a horizon in years (两年破万亿, 三年内, 五年后)", () => {
  it.each([
    ["“智能产业之都”，喊出三年破五千亿", "2025-03-01", 5000e8, ">", 2027],
    ["力争未来两年，本市新能源汽车产业产值突破3000亿元。", "2024-06-01", 3000e8, ">", 2025],
    ["全市人工智能产业规模三年内达到4000亿元。", "2024-06-01", 4000e8, "=", 2026],
    ["力爭三年內人工智能產業規模突破4500億元。", "2024-06-01", 4500e8, ">", 2026],
    ["五年后，全市人工智能产业规模将超过6000亿元。", "2024-06-01", 6000e8, ">", 2029],
  ])("%s", (text, date, value, comparator, year) => {
    const facts = read(text, date);
    expect(oneWithValue(facts, value)).toMatchObject({ kind: "target", year, comparator });
  });

  it("the headline's proclaimed goal is of the name in the clause before it", () => {
    const facts = read("“人工智能之城”，喊出两年破万亿", "2026-01-05");
    expect(oneWithValue(facts, 1e12)).toMatchObject({ indicator: "AI", kind: "target", year: 2027, comparator: ">" });
  });

  it("a doubling with the years left for it is a target at that horizon, not dated by 在当前基础上", () => {
    const text =
      "2025年，人工智能产业规模近4500亿元。按照新目标，其产业规模需在当前基础上实现翻番，留给这一目标的时间仅有两年左右。";
    const doubling = read(text, "2026-01-05").find((f) => f.relative);
    expect(doubling).toMatchObject({ indicator: "AI", kind: "target", year: 2027, relative: { multiple: 2 } });
  });

  it("spans already over stay results: 近两年, 用了两年时间, 两年来", () => {
    const facts = read("近两年，全市人工智能产业规模增长30%；用了两年时间，产业规模达到2000亿元。", "2024-06-01");
    expect(oneWithValue(facts, 0.3).kind).toBe("actual");
    expect(oneWithValue(facts, 2000e8)).toMatchObject({ kind: "actual", year: 2024 });
    const done = read("五年实现了翻番，全市人工智能产业规模达到3000亿元。", "2024-06-01");
    expect(oneWithValue(done, 3000e8)).toMatchObject({ kind: "actual", year: 2024 });
  });
});

describe("a later clause's bare measure word points back to the series named earlier", () => {
  it.each([
    [
      "上半年，全市人工智能核心产业规模达1200亿元，同比增长20%，初步估算全年产业规模有望突破2600亿元。",
      2600e8,
      "target",
    ],
    ["2024年我市人工智能企业超1800家，核心产业营收超2500亿。", 2500e8, "actual"],
    ["上半年，全市人工智能产业规模达1200亿元，据测算全年规模有望达到2500亿元。", 2500e8, "target"],
    ["上半年，全市人工智能产业规模达1200亿元，初步测算全年整体规模有望达到2550亿元。", 2550e8, "target"],
    [
      "上半年，全市人工智能核心產業規模達1200億元，按年增長20%，初步估算全年產業規模有望突破2700億元。",
      2700e8,
      "target",
    ],
  ])("%s", (text, value, kind) => {
    expect(oneWithValue(read(text, "2024-09-01"), value)).toMatchObject({ indicator: "AI", kind });
  });
});

describe("the size of a fall with words between 降幅 and 收窄至 / 扩大至", () => {
  it.each([
    ["2023年前三季度，全市GDP同比降幅收窄至1.4%，全年降幅进一步收窄至0.3%。", -0.003],
    ["2023年全年生产总值降幅继续收窄至0.5%。", -0.005],
    ["2023年全年生产总值降幅较前三季度收窄至0.6%。", -0.006],
    ["2023年全年地區生產總值降幅進一步收窄至0.4%。", -0.004],
    ["2023年全年生产总值降幅比前三季度收窄1.2个百分点至0.7%。", -0.007],
  ])("%s", (text, value) => {
    const fall = oneWithValue(read(text, "2024-03-01"), value);
    expect(fall).toMatchObject({ measure: "growth", year: 2023 });
    expect(["GDP", "GDP_GROWTH"]).toContain(fall.indicator);
  });

  it("跌幅 widening is a fall too, and 涨幅 … 收窄 stays a rise", () => {
    expect(oneWithValue(read("全市汽车出口额跌幅进一步扩大至3.2%。"), -0.032).measure).toBe("growth");
    expect(oneWithValue(read("居民消费价格涨幅进一步收窄至0.8%。"), 0.008).indicator).toBe("CPI");
  });
});

describe("money per unit (元/辆, 每辆…元) is a rate, not a series' total", () => {
  it.each([
    ["2023年，本市对新购新能源汽车给予6000元/辆的购置补贴。", 6000],
    ["2023年，本市新能源汽车每辆补贴最高1万元。", 1e4],
    ["2023年，本市新能源汽車給予5000元/輛的置換補貼。", 5000],
  ])("%s", (text, value) => {
    expect(oneWithValue(read(text), value)).toMatchObject({ unit: "CNY", indicator: null });
  });

  it("the industry's total in yuan is still linked", () => {
    expect(oneWithValue(read("2023年，本市新能源汽车产业产值达到3000亿元。"), 3000e8).indicator).toBe("NEV_VALUE");
  });
});

describe("a second place's clause that drops the industry's name inherits it (another region's: no indicator)", () => {
  it.each([
    ["2023年，深圳市新能源汽车产量达150万辆，广州市产量为60万辆。", 60e4, "Guangzhou"],
    ["2023年，上海新能源汽车产量达128万辆，而北京的产量为40万辆。", 40e4, "Beijing"],
    ["2023年，深圳市新能源汽車產量達150萬輛，廣州市產量為62萬輛。", 62e4, "Guangzhou"],
    ["2023年，深圳市新能源汽车产量达150万辆，广州市则为58万辆。", 58e4, "Guangzhou"],
  ])("%s", (text, value, region) => {
    const fact = oneWithValue(read(text, "2024-06-01", "Guangdong"), value);
    expect(fact).toMatchObject({ indicator: null, region, unit: "vehicles", kind: "actual" });
  });

  it("a measure word after a name that is no place is not composed with the clause before", () => {
    const facts = read("2023年，深圳市新能源汽车产量达150万辆，电池企业产量为60万辆。", "2024-06-01", "Guangdong");
    expect(oneWithValue(facts, 60e4).indicator).toBeNull();
  });
});
