// Chinese lists of goals and of projects: the items after a list of the year's main goals opens (主要预期目标：…；…；)
// are all goals; a sentence giving several places' goals after one naming the goal's series (…公布了经济增长目标。
// 其中，甲省的目标是…，乙省为…) reads each place's figure in that series' measure and kind, in its own region (another
// region's figure links no catalog series: the catalog's are Shanghai's); and the planned investment of a part of a
// year's list of major projects (在…项重大项目中…, …占比…) is not the list's. All sentences are our own.
import { extractChinese } from "../src/core/extract/zh";
import type { Fact } from "../src/core/types";

const read = (text: string, date = "2026-01-20", region = "Shanghai"): Fact[] => {
  const facts = extractChinese(text, { doc: "zh.txt", date, region });
  for (const fact of facts) expect(text.slice(fact.start, fact.end)).toBe(fact.quote);
  return facts;
};

describe("the items of a list of the year's main goals", () => {
  it("reads unemployment and consumer prices after the semicolons as goals, like the GDP item opening the list", () => {
    const facts = read(
      "今年全省经济社会发展的主要预期目标是：地区生产总值增长5.5%左右；城镇调查失业率控制在5.5%以内；居民消费价格涨幅3%左右；粮食产量稳定在500亿斤以上。",
    );
    expect(facts.find((f) => f.indicator === "GDP_GROWTH")).toMatchObject({ kind: "target", year: 2026, value: 0.055 });
    expect(facts.find((f) => f.indicator === "UNEMPLOYMENT")).toMatchObject({ kind: "target", value: 0.055 });
    expect(facts.find((f) => f.indicator === "CPI")).toMatchObject({ kind: "target", value: 0.03, comparator: "~" });
  });

  it("reads a list opened by 主要目标 and one written in traditional script the same way", () => {
    for (const [text, year] of [
      ["2026年主要目标：全市生产总值增长6%；城镇调查失业率5%左右，居民消费价格涨幅2%左右。", 2026],
      ["明年發展的預期目標為：國內生產總值增長5%左右；城鎮調查失業率5.5%左右；居民消費價格漲幅2%左右。", 2027],
    ] as const) {
      const facts = read(text);
      expect(facts.filter((f) => f.indicator)).toHaveLength(3);
      for (const fact of facts.filter((f) => f.indicator)) expect(fact).toMatchObject({ kind: "target", year });
    }
  });

  it("keeps a past year's list of goals goals", () => {
    const facts = read("去年全市主要目标：地区生产总值增长5%；城镇调查失业率4.8%；居民消费价格上涨1.5%。");
    expect(facts.find((f) => f.indicator === "UNEMPLOYMENT")).toMatchObject({ kind: "target", year: 2025 });
    expect(facts.find((f) => f.indicator === "CPI")).toMatchObject({ kind: "target", year: 2025 });
  });

  it("still reads the results after a review's semicolons as results", () => {
    const facts = read("去年全市地区生产总值比上年增长5.2%；城镇调查失业率4.6%；居民消费价格上涨0.3%。");
    expect(facts.find((f) => f.indicator === "UNEMPLOYMENT")).toMatchObject({ kind: "actual", year: 2025 });
    expect(facts.find((f) => f.indicator === "CPI")).toMatchObject({ kind: "actual", year: 2025 });
  });
});

describe("several places' goals after the goal's series is named", () => {
  it("reads each province's growth goal in its own region, linked to no series of Shanghai's", () => {
    const facts = read(
      "多个省份已经公布了今年的经济增长目标。其中，湖北的目标是5.5%，四川为6%左右，安徽为5%以上。",
      "2026-01-28",
      "",
    );
    expect(facts.map((f) => [f.indicator, f.region, f.value, f.comparator, f.kind])).toEqual([
      [null, "Hubei", 0.055, "=", "target"],
      [null, "Sichuan", 0.06, "~", "target"],
      [null, "Anhui", 0.05, ">=", "target"],
    ]);
  });

  it("gives each of two places sharing one goal (甲省、乙省均为…) its own fact", () => {
    for (const text of [
      "多个省份已经公布了今年的经济增长目标。其中，江苏、安徽的目标均为5%以上。",
      "各地陆续敲定了经济增长预期目标，江苏和安徽的目标都是5%以上。",
    ]) {
      const facts = read(text, "2026-01-28", "");
      expect(facts.map((f) => [f.indicator, f.region, f.value, f.comparator])).toEqual([
        [null, "Jiangsu", 0.05, ">="],
        [null, "Anhui", 0.05, ">="],
      ]);
    }
  });

  it("reads GDP增长目标 and 地区生产总值增长预期目标 named before as a growth goal", () => {
    for (const text of [
      "截至目前，多个省份敲定了GDP增长目标。山西的目标为5%左右，而云南定为5.5%以上。",
      "各地陆续明确了今年地区生产总值增长预期目标：其中，湖南省的增长目标是6%，江西省则为5.5%。",
    ]) {
      const facts = read(text, "2026-01-28", "");
      expect(facts).toHaveLength(2);
      for (const fact of facts) expect(fact).toMatchObject({ indicator: null, measure: "growth", kind: "target" });
    }
  });

  it("links nothing when the sentence before names no goal of a series", () => {
    const facts = read("多个省份已经召开了两会。其中，湖北的目标是5.5%，四川为6%左右。", "2026-01-28", "");
    expect(facts.filter((f) => f.indicator)).toHaveLength(0);
  });
});

describe("the parts of a year's list of major projects", () => {
  const list = "今年全省重大项目共安排520项，年度计划投资超3000亿元。";

  it("keeps the list's own planned investment MAJOR_PROJ_INVEST", () => {
    const facts = read(list, "2022-03-01");
    expect(facts.find((f) => f.indicator === "MAJOR_PROJ_INVEST")).toMatchObject({ value: 3e11, kind: "target" });
  });

  it("links no MAJOR_PROJ_INVEST to the planned investment of a part the next sentence counts or takes a share of", () => {
    for (const [part, value] of [
      ["在520项重大项目中，数字经济项目近200项，占比近四成，年度计划投资超1100亿元。", 1.1e11],
      ["其中新开工项目占比超过一半，总投资超2000亿元，当年计划投资超800亿元。", 8e10],
      ["清单中续建项目所占比重为六成，全年计划投资1800亿元。", 1.8e11],
    ] as const) {
      const facts = read(list + part, "2022-03-01");
      expect(facts.filter((f) => f.indicator === "MAJOR_PROJ_INVEST").map((f) => f.value)).toEqual([3e11]);
      expect(facts.find((f) => f.value === value)).toMatchObject({ indicator: null, kind: "target" });
    }
  });
});
