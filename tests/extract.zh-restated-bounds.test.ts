// Chinese bounds restated by an exact figure (zh/restated.ts, the convention English follows in en/restated.ts): the
// exact figure is the series' fact, a bound of the same series, kind, year and period it restates keeps its value but
// loses its link. All sentences are our own.
// (the whole extractor first: zh/ alone, imported first, meets the pipeline half built)
import { oneWithValue, read } from "./helpers/read-facts";
import { extractChinese } from "../src/core/extract/zh";

const DATE = "2026-01-20";

describe("a bound and the exact figure that restates it", () => {
  it("突破…，达到… in one sentence: the bound is the line passed, whatever the two values", () => {
    const facts = read("2025年，本市集成电路产业规模突破3500亿元，达到3680亿元，同比增长12%。", DATE);
    expect(oneWithValue(facts, 3.5e11)).toMatchObject({ indicator: null, comparator: ">", year: 2025 });
    expect(oneWithValue(facts, 3.68e11)).toMatchObject({ indicator: "IC", comparator: "=", year: 2025 });
    expect(oneWithValue(facts, 0.12)).toMatchObject({ indicator: "IC", measure: "growth" });
  });

  it("首次跨越…，达到…: a line stepped onto, read as it is written, is the line passed", () => {
    const facts = read("2025年，全市生产总值首次跨越6万亿元，达到6.02万亿元。", DATE);
    expect(oneWithValue(facts, 6e12)).toMatchObject({ indicator: null, comparator: "=" });
    expect(oneWithValue(facts, 6.02e12)).toMatchObject({ indicator: "GDP" });
  });

  it("a close bound in one paragraph, the exact figure in another, in either order", () => {
    const before = read(
      "2025年，全市集成电路产业规模超过3600亿元。\n从全年看，集成电路产业规模3612亿元，同比增长8%。",
      DATE,
    );
    expect(oneWithValue(before, 3.6e11)).toMatchObject({ indicator: null, comparator: ">" });
    expect(oneWithValue(before, 3.612e11)).toMatchObject({ indicator: "IC" });
    const after = read("2025年，全市集成电路产业规模达到3612亿元。\n总的看，全年集成电路产业规模超过3600亿元。", DATE);
    expect(oneWithValue(after, 3.6e11)).toMatchObject({ indicator: null });
    expect(oneWithValue(after, 3.612e11)).toMatchObject({ indicator: "IC" });
  });

  it("the headline's bound stays linked; the body's exact figure is the series' too", () => {
    const facts = read(
      "上海集成电路产业规模突破3600亿元\n2025年，全市集成电路产业规模达到3612亿元，同比增长9%。",
      DATE,
    );
    expect(oneWithValue(facts, 3.6e11)).toMatchObject({ indicator: "IC", comparator: ">", year: 2025 });
    expect(oneWithValue(facts, 3.612e11)).toMatchObject({ indicator: "IC", comparator: "=", year: 2025 });
  });

  it("a bound that is the only statement stays linked", () => {
    const facts = read("2025年，全市集成电路产业规模突破3500亿元，同比增长9%。", DATE);
    expect(oneWithValue(facts, 3.5e11)).toMatchObject({ indicator: "IC", comparator: ">" });
  });
});

describe("a milestone restated by an exact figure further away", () => {
  it("迈上6万亿元新台阶 … 全年实现6.55万亿元: the step loses its link", () => {
    const facts = read("2025年，全市生产总值迈上6万亿元新台阶。\n全年实现地区生产总值6.55万亿元，同比增长5.2%。", DATE);
    expect(oneWithValue(facts, 6e12)).toMatchObject({ indicator: null, comparator: "=", year: 2025 });
    expect(oneWithValue(facts, 6.55e12)).toMatchObject({ indicator: "GDP", year: 2025 });
  });

  it("首次突破3000亿元大关, and 站上…台阶 after the exact figure", () => {
    const first = read(
      "2025年，全市集成电路产业规模首次突破3000亿元大关。\n从全年看，集成电路产业规模3250亿元，同比增长8%。",
      DATE,
    );
    expect(oneWithValue(first, 3e11)).toMatchObject({ indicator: null, comparator: ">" });
    expect(oneWithValue(first, 3.25e11)).toMatchObject({ indicator: "IC" });
    const step = read(
      "2025年，全市实现地区生产总值6.02万亿元，同比增长5.1%。\n一年来，全市经济总量站上6万亿元台阶。",
      DATE,
    );
    expect(oneWithValue(step, 6e12)).toMatchObject({ indicator: null });
    expect(oneWithValue(step, 6.02e12)).toMatchObject({ indicator: "GDP" });
  });

  it("a bound written as a claim of its own, not a line, stays linked beside an exact figure further away", () => {
    const facts = read(
      "2025年，全市生产总值超过6万亿元，全年增长5.1%。\n全年实现地区生产总值6.55万亿元，同比增长5.2%。",
      DATE,
    );
    expect(oneWithValue(facts, 6e12)).toMatchObject({ indicator: "GDP", comparator: ">" });
    expect(oneWithValue(facts, 6.55e12)).toMatchObject({ indicator: "GDP" });
  });
});

describe("a bound of another year or period stays linked", () => {
  it("a target of 2027 beside the result of 2025", () => {
    const facts = read(
      "到2027年，全市集成电路产业规模突破3650亿元。\n2025年，全市集成电路产业规模达到3612亿元。",
      DATE,
    );
    expect(oneWithValue(facts, 3.65e11)).toMatchObject({ indicator: "IC", kind: "target", year: 2027 });
    expect(oneWithValue(facts, 3.612e11)).toMatchObject({ indicator: "IC", kind: "actual", year: 2025 });
  });

  it("the first three quarters' bound beside the year's figure", () => {
    const facts = read(
      "2025年前三季度，全市集成电路产业规模突破2700亿元。\n2025年，全市集成电路产业规模达到2712亿元。",
      DATE,
    );
    expect(oneWithValue(facts, 2.7e11)).toMatchObject({ indicator: "IC", period: { from: 1, to: 9 } });
    expect(oneWithValue(facts, 2.712e11)).toMatchObject({ indicator: "IC", period: null });
  });
});

describe("the Chinese stages alone (extractChinese)", () => {
  it("a later paragraph's exact figure unlinks an earlier bound there too", () => {
    const text = "2025年，全市集成电路产业规模超过3600亿元。\n从全年看，集成电路产业规模3612亿元，同比增长8%。";
    const facts = extractChinese(text, { doc: "test.txt", date: DATE, region: "Shanghai" });
    expect(oneWithValue(facts, 3.6e11)).toMatchObject({ indicator: null });
    expect(oneWithValue(facts, 3.612e11)).toMatchObject({ indicator: "IC" });
  });
});
