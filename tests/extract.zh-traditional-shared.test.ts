// Chinese text in traditional script, with or without pinyin a converter wrote inside the words, reads as the
// simplified does (相當於, 歷史性, 發電量 are folded like 億 and 產), so the R&D share and the three leading industries
// are found by their names; and one figure written for several measures listed before 均 / 都 (A、B均增长…) stands
// once for each measure. All sentences are our own.
import { extractChinese } from "../src/core/extract/zh";
import type { Fact } from "../src/core/types";

const read = (text: string, date = "2026-02-10", region = "Shanghai"): Fact[] => {
  const facts = extractChinese(text, { doc: "zh.txt", date, region });
  for (const fact of facts) expect(text.slice(fact.start, fact.end)).toBe(fact.quote);
  return facts;
};
const withValue = (facts: Fact[], value: number) =>
  facts.filter((f) => f.value !== null && Math.abs(f.value - value) < 1e-6);

describe("a sentence in traditional script", () => {
  it("finds the R&D share written with 相當於, with or without pinyin inside the words", () => {
    for (const [text, value, year] of [
      ["去年全省研發經費支出相當於地區生產總值的比重提高到2.9%。", 0.029, 2025],
      [
        "2024年,全市全社會(huì)研發(fā)經(jīng)費(fèi)投入相當(dāng)於(yú)全市生產(chǎn)總值的比例達到4.3%。",
        0.043,
        2024,
      ],
      ["本市研發經費投入強度保持在4%以上,相當於全國平均水平的1.5倍。", 0.04, 2025],
    ] as const) {
      expect(withValue(read(text), value)[0]).toMatchObject({ indicator: "RD_GDP", kind: "actual", year });
    }
  });

  it("finds the three leading industries' scale after the list, with 歷史性 and pinyin in the words", () => {
    for (const [text, value] of [
      ["集成電路、生物醫藥、人工智能三大先導產業,規模歷史性突破1.8萬億元。", 1.8e12],
      ["作為本市的支柱,集成電路、生物醫藥、人工智能三大先導產業,規模歷史性地達到1.9萬億元。", 1.9e12],
      [
        "去年,集成電(diàn)路、生物醫(yī)藥、人工智能三大先導(dǎo)產(chǎn)業(yè)規(guī)模歷(lì)史性地達到1.9萬億元。",
        1.9e12,
      ],
    ] as const) {
      expect(withValue(read(text), value)[0]).toMatchObject({ indicator: "LEAD3", kind: "actual", year: 2025 });
    }
  });
});

describe("one figure for several measures listed before 均 or 都", () => {
  it("stands once for each measure listed", () => {
    for (const [text, value, comparator, count] of [
      ["去年,全省游客人数、旅游收入均增长10%以上。", 0.1, ">=", 2],
      ["非化石能源發電量、用電量佔比均超過30%。", 0.3, ">", 2],
      ["今年以來,全市進口額和出口額都增長了12%。", 0.12, "=", 2],
      ["全区工业投资、技改投资以及民间投资均增长8%左右。", 0.08, "~", 3],
    ] as const) {
      const facts = withValue(read(text), value);
      expect(facts).toHaveLength(count);
      for (const fact of facts) expect(fact.comparator).toBe(comparator);
      expect(new Set(facts.map((f) => f.subject)).size).toBe(count);
    }
  });

  it("keeps one figure for one measure: 年均, 人均, and figures paired by 分别", () => {
    expect(withValue(read("2021-2025年,全市规上工业增加值年均增长6.2%。", "2026-03-01"), 0.062)).toHaveLength(1);
    expect(withValue(read("全省居民人均可支配收入增长5.3%。"), 0.053)).toHaveLength(1);
    const paired = read("去年,全省游客人数、旅游收入分别增长11%和13%。");
    expect(withValue(paired, 0.11)).toHaveLength(1);
    expect(withValue(paired, 0.13)).toHaveLength(1);
  });
});

describe("an amount in 亿 with no 元 where money is spent", () => {
  it("reads bonds or funds named before and a verb of their use after as yuan", () => {
    for (const [text, value] of [
      ["今年将发行超长期特别国债1300亿支持设备更新。", 1300e8],
      ["省里安排专项资金约80亿用于新型基础设施建设。", 80e8],
      ["去年全省發行專項債券600億投向重大項目。", 600e8],
    ] as const) {
      expect(withValue(read(text), value)[0]).toMatchObject({ unit: "CNY" });
    }
  });

  it("keeps people and users counted in 亿 no money", () => {
    expect(read("全市常住人口达1.4亿人。").filter((f) => f.unit === "CNY")).toHaveLength(0);
    expect(read("安排资金后全国有1.2亿用户使用该服务。").filter((f) => f.unit === "CNY")).toHaveLength(0);
  });
});

describe("investment institutions counted with 家", () => {
  it("counts investment and financial bodies as firms", () => {
    for (const [text, value] of [
      ["带动周边落地200多家企业、100余家投资机构。", 100],
      ["全市集聚了80余家创投机构。", 80],
      ["园区吸引30家股权投资基金管理机构入驻。", 30],
    ] as const) {
      expect(read(text).find((f) => f.value === value)).toMatchObject({ unit: "enterprises" });
    }
  });

  it("keeps hospitals and other bodies institutions", () => {
    expect(read("全区有45家医疗机构。").find((f) => f.value === 45)).toMatchObject({ unit: "institutions" });
  });
});
