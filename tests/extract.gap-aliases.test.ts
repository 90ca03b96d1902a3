// Catalog aliases with gaps (`investment in … data centres`, `数据中心…投资`, 研发…占…生产总值): a name the text writes
// with a place, a 的 or a few words of its own between its parts. All sentences are our own.
import { defaultCatalog } from "../src/core/catalog";
import { extract } from "../src/core/extract";
import type { Fact } from "../src/core/types";
import { oneWithValue } from "./helpers/read-facts";

const HEADER = "code,name,aliases,unit,region,plan,periodStart,periodEnd";
const mine = defaultCatalog().extend({
  indicators: [
    {
      file: "mine.csv",
      text: `${HEADER}\nDC_INVEST,Data-centre investment,investment in … data centres;spending on ... data centres;data centre investment;数据中心…投资;数据中心投资额,CNY,Shanghai,15FYP,2026,2030\n`,
    },
  ],
});

const read = (text: string, catalog = mine): Fact[] =>
  extract(text, { doc: "mine.txt", date: "2027-03-01", region: "Shanghai", catalog });

describe("an analyst's own alias with a gap", () => {
  it.each([
    ["Investment in the city's new data centres reached 12 billion yuan last year.", 12e9],
    ["Last year investment in Shanghai’s data centres came to 9.5 billion yuan.", 9.5e9],
    ["Investment in data centres totalled 8 billion yuan in 2026.", 8e9],
    ["Investment in large green data centres stood at 7.2 billion yuan in 2026.", 7.2e9],
  ])("links %s", (text, value) => {
    expect(oneWithValue(read(text), value)).toMatchObject({ indicator: "DC_INVEST", kind: "actual", year: 2026 });
  });

  it.each([
    ["去年，全市数据中心建设投资达到120亿元。", 1.2e10],
    ["去年，本市数据中心的投资完成95亿元。", 9.5e9],
    ["2026年本市数据中心新增投资80亿元。", 8e9],
  ])("links %s", (text, value) => {
    expect(oneWithValue(read(text), value)).toMatchObject({ indicator: "DC_INVEST", year: 2026 });
  });

  // (what an analyst checks of a fact: its series, place, kind, year and value)
  const linked = (text: string) =>
    read(text).map((f) => ({ indicator: f.indicator, region: f.region, kind: f.kind, year: f.year, value: f.value }));

  it.each([
    [
      "Investment in Beijing's data centres reached 12 billion yuan last year.",
      "Beijing's data centre investment reached 12 billion yuan last year.",
    ],
    [
      "By 2030, investment in the city's data centres will exceed 50 billion yuan.",
      "By 2030, the city's data centre investment will exceed 50 billion yuan.",
    ],
    ["北京市数据中心建设投资达到120亿元。", "北京市数据中心投资额达到120亿元。"],
    ["到2030年，全市数据中心建设投资力争达到500亿元。", "到2030年，全市数据中心投资额力争达到500亿元。"],
  ])("links %s as the fixed alias's sentence (place, plan, year)", (gapped, fixed) => {
    expect(linked(gapped)).toEqual(linked(fixed));
    expect(linked(gapped)).toHaveLength(1);
  });

  it("reads a gap written with three dots the same", () => {
    expect(
      oneWithValue(read("Spending on the city's data centres reached 4 billion yuan last year."), 4e9),
    ).toMatchObject({
      indicator: "DC_INVEST",
      year: 2026,
    });
  });

  it("links nothing with the shipped catalog", () => {
    expect(
      oneWithValue(read("Investment in the city's new data centres reached 12 billion yuan.", defaultCatalog()), 12e9)
        .indicator,
    ).toBeNull();
  });

  it("holds no more than three English words in a gap", () => {
    const fact = oneWithValue(
      read("Investment in the city's many new large data centres reached 6 billion yuan last year."),
      6e9,
    );
    expect(fact.indicator).not.toBe("DC_INVEST");
  });

  it("holds no more than eight Chinese characters in a gap", () => {
    const fact = oneWithValue(read("数据中心以及配套的通信网络和电力设施投资达到60亿元。"), 6e9);
    expect(fact.indicator).not.toBe("DC_INVEST");
  });

  it("never runs over a clause end", () => {
    expect(
      oneWithValue(read("Investment in Pudong grew, and data centres drew 3 billion yuan last year."), 3e9).indicator,
    ).not.toBe("DC_INVEST");
    // (工业投资 is the catalog's industrial investment, which a name with a gap over it would have taken)
    expect(oneWithValue(read("数据中心上架率提高，工业投资增长8%。"), 0.08)).toMatchObject({ indicator: "INVEST" });
  });

  it("never runs over a figure", () => {
    const facts = read("Investment in 12 new data centres reached 5 billion yuan last year.");
    expect(oneWithValue(facts, 5e9).indicator).not.toBe("DC_INVEST");
  });
});

describe("a gap at either end of an alias is refused with its row and field", () => {
  it.each(["… data centres", "investment in …", "investment … … data centres"])("%s", (alias) => {
    const result = defaultCatalog().tryExtend({
      indicators: [
        { file: "mine.csv", text: `${HEADER}\nDC_INVEST,Data centres,${alias},CNY,Shanghai,15FYP,2026,2030\n` },
      ],
    });
    expect(result.problems.map((p) => `${p.file} row ${p.row} ${p.field}`)).toEqual(["mine.csv row 2 aliases"]);
    expect(result.problems[0].message).toContain("gap");
  });
});

it("refuses a gap in an event's alias", () => {
  const result = defaultCatalog().tryExtend({
    events: [{ file: "events.csv", text: "prefix,name,region,aliases\nDCF,Data centre forum,Shanghai,data … forum\n" }],
  });
  expect(result.problems.map((p) => `${p.file} row ${p.row} ${p.field}`)).toEqual(["events.csv row 2 aliases"]);
});

describe("R&D spending over a place's GDP, from the catalog's aliases with gaps (RD_GDP)", () => {
  const zh = (text: string) => extract(text, { doc: "zh.txt", date: "2025-01-20", region: "Shanghai" });

  it.each([
    ["2025年，全社会研发经费投入相当于本市地区生产总值的4.5%左右。", 0.045],
    ["今年研发支出占全省GDP比重达到2.8%。", 0.028],
    ["去年R&D经费投入总量相当于该区生产总值的3.9%。", 0.039],
    ["研究与试验发展经费支出占全市生产总值的比重为4.2%。", 0.042],
  ])("%s", (text, value) => {
    expect(oneWithValue(zh(text), value)).toMatchObject({ indicator: "RD_GDP", measure: "share" });
  });

  it("does not read a share of another series across a clause end as R&D's", () => {
    expect(oneWithValue(zh("加大研发，制造业占全市生产总值的比重提高到26%。"), 0.26).indicator).not.toBe("RD_GDP");
  });

  it("does not reach past eight characters to the economy's output", () => {
    const fact = oneWithValue(zh("研发经费支出占长三角一体化示范区以外各区生产总值的比重为3.1%。"), 0.031);
    expect(fact.indicator).not.toBe("RD_GDP");
  });
});
