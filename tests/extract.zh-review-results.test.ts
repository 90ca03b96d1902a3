// Chinese reviews of a year: funds newly obtained (新争取, 累计争取, 争取到) are results, so the list of results after
// them stays results, and a share that rose (提升至) in a past year is a result; retail sales of a product (限上零售额)
// and a product of an industry (集成电路圆片) are no catalog series of the industry; a clause after a list of
// industries closed by their group (…三大先导产业，规模…) is about the group, and one of 可比增长 about the level
// before it. All sentences are our own.
import { extractChinese } from "../src/core/extract/zh";
import type { Fact } from "../src/core/types";

const read = (text: string, date = "2026-01-30", region = "Shanghai"): Fact[] => {
  const facts = extractChinese(text, { doc: "zh.txt", date, region });
  for (const fact of facts) expect(text.slice(fact.start, fact.end)).toBe(fact.quote);
  return facts;
};

describe("funds obtained in a review", () => {
  it("reads the results after 新争取 as results", () => {
    const facts = read("去年全省新争取中央预算内投资300多亿元，支持项目1500余个，新能源汽车产量超过80万辆。");
    expect(facts.map((f) => f.kind)).toEqual(["actual", "actual", "actual"]);
    expect(facts.find((f) => f.indicator === "NEV")).toMatchObject({ value: 800000, year: 2025, comparator: ">" });
  });

  it("reads 累计争取 and 争取到 the same way", () => {
    for (const text of [
      "2025年累计争取超长期特别国债资金200亿元，人工智能产业规模突破900亿元。",
      "2025年争取到国家专项资金90多亿元，人工智能产业规模突破900亿元。",
    ]) {
      const facts = read(text);
      expect(facts.map((f) => f.kind)).toEqual(["actual", "actual"]);
      expect(facts.find((f) => f.indicator === "AI")).toMatchObject({ value: 9e10, year: 2025 });
    }
  });

  it("still reads funds the government will strive for as a plan", () => {
    const facts = read("今年将积极争取中央资金150亿元以上，人工智能产业规模突破1000亿元。");
    expect(facts.map((f) => f.kind)).toEqual(["target", "target"]);
  });
});

describe("retail sales and products of an industry", () => {
  it("links no NEV output to the retail sales of new energy vehicles", () => {
    for (const [text, linkedValues] of [
      ["去年，新能源汽车、家用电器限上零售额分别增长12.5%和9.1%。", []],
      ["新能源汽车限额以上零售额增长20%。", []],
      ["新能源汽车零售量增长20%，新能源汽车产量增长30%。", [0.3]],
    ] as const) {
      const facts = read(text);
      expect(facts.length).toBeGreaterThan(0);
      expect(facts.filter((f) => f.indicator).map((f) => f.value)).toEqual(linkedValues);
    }
  });

  it("links no IC industry scale to the output of IC wafers, and still links the industry's own scale", () => {
    const facts = read("全年集成电路圆片产量增长15.3%，集成电路产业规模增长10%。");
    expect(facts.map((f) => [f.indicator, f.value])).toEqual([
      [null, 0.153],
      ["IC", 0.1],
    ]);
  });
});

describe("a share that rose to a level", () => {
  it("reads 比重提升至 after a past year as that year's result", () => {
    for (const text of [
      "去年，全市工业战略性新兴产业总产值增长7.1%，占规模以上工业总产值的比重提升至44%。",
      "2025年，全市工业战略性新兴产业总产值占规模以上工业总产值比重提升至44%。",
    ]) {
      const facts = read(text, "2026-02-03", "Shanghai");
      expect(facts.find((f) => f.indicator === "SEI_SHARE")).toMatchObject({ kind: "actual", year: 2025, value: 0.44 });
    }
  });

  it("still reads 提升至 with a deadline, a later plan period or 将 as a target", () => {
    for (const [text, year] of [
      ["到2030年，工业战略性新兴产业总产值占规模以上工业总产值比重提升至50%。", 2030],
      ["今年，工业战略性新兴产业总产值占规模以上工业总产值的比重将提升至46%。", 2026],
      ["“十五五”时期，工业战略性新兴产业总产值占规模以上工业总产值比重提升至50%。", 2030],
    ] as const) {
      const facts = read(text, "2026-02-03", "Shanghai");
      expect(facts.find((f) => f.indicator === "SEI_SHARE")).toMatchObject({ kind: "target", year });
    }
  });
});

describe("a clause going on about the group a list of industries closes", () => {
  it("links the scale in the next clause to the group (LEAD3), not to the list's first member", () => {
    for (const text of [
      "作为全市产业高地的集成电路、生物医药、人工智能三大先导产业，规模历史性突破1.9万亿元。",
      "集成电路、生物医药、人工智能等三大先导产业，产业规模达到1.8万亿元。",
    ]) {
      const facts = read(text, "2026-02-03", "Shanghai");
      expect(facts.map((f) => [f.indicator, f.year])).toEqual([["LEAD3", 2025]]);
    }
  });

  it("keeps an industry's own figure when the group is only where it stands", () => {
    const facts = read("生物医药在全市三大先导产业中规模最大，上半年收入规模1800亿元。", "2026-02-03", "Shanghai");
    expect(facts.map((f) => f.indicator)).toEqual(["BIO"]);
  });

  it("reads an adverb before the verb (首次, 大幅) as no subject of the clause's own", () => {
    expect(read("全市集成电路产业，规模首次超过3000亿元。", "2026-02-03", "Shanghai")[0].indicator).toBe("IC");
    expect(read("去年，人工智能产业稳步发展，规模大幅增长至4200亿元。", "2026-02-03", "Shanghai")[0]).toMatchObject({
      indicator: "AI",
      value: 4.2e11,
    });
  });
});

describe("a growth at comparable prices after the level", () => {
  it("links 可比增长 after GDP's level to GDP growth of the same half year", () => {
    for (const text of [
      "1-6月，全市实现地区生产总值1200.5亿元，可比增速为4.8%；一般公共预算收入130.2亿元，同比增长1.1%。",
      "上半年，全市地区生产总值达到1200.5亿元，可比增长4.8%。",
    ]) {
      const growth = read(text, "2024-07-29", "Shanghai").find((f) => f.value === 0.048);
      expect(growth).toMatchObject({
        indicator: "GDP_GROWTH",
        measure: "growth",
        period: { from: 1, to: 6 },
        year: 2024,
      });
    }
  });

  it("links 按可比口径增长 after industrial value added the same way", () => {
    const growth = read("今年一季度，全市工业增加值为300亿元，按可比口径增长6%。", "2024-04-25", "Shanghai").find(
      (f) => f.value === 0.06,
    );
    expect(growth).toMatchObject({ indicator: "IND_VA", measure: "growth" });
  });
});
