// Chinese vehicles promoted so far (累计推广 with no time of its own) are the fleet; a plan's first year (开局年);
// a total since January (累计) after one month's figure. All sentences are our own, with invented figures.
import { extractChinese } from "../src/core/extract/zh";
import type { Fact } from "../src/core/types";
import { oneWithValue } from "./helpers/read-facts";

const read = (text: string, date = "2025-10-28", region = "Shanghai"): Fact[] =>
  extractChinese(text, { doc: "zh.txt", date, region });
const quoted = (text: string, fact: Fact) => expect(text.slice(fact.start, fact.end)).toBe(fact.quote);

describe("vehicles promoted so far", () => {
  it("累计推广新能源汽车 with no time of its own is the fleet", () => {
    const text = "本市累计推广新能源汽车152万辆，规模继续领先。";
    const fleet = oneWithValue(read(text), 1520000);
    expect(fleet).toMatchObject({ indicator: "NEV_STOCK", kind: "actual", unit: "vehicles", year: 2025 });
    quoted(text, fleet);
  });

  it("历年累计推广量 goes on with the name of the sentence before; the year's promotions and their growth are no series", () => {
    const text = "2024年全市新能源汽车累计推广量超28万辆，同比增长17%；历年累计推广量突破150万辆，位居前列。";
    const facts = read(text, "2025-01-22");
    const fleet = oneWithValue(facts, 1500000);
    expect(fleet).toMatchObject({ indicator: "NEV_STOCK", comparator: ">", year: 2024 });
    quoted(text, fleet);
    expect(oneWithValue(facts, 280000).indicator).toBeNull();
    const growth = oneWithValue(facts, 0.17);
    expect(growth).toMatchObject({ measure: "growth", indicator: null });
  });

  it("去年…累计推广 is last year's promotions, not the fleet", () => {
    const facts = read("去年全市新能源汽车累计推广9.5万辆。", "2025-03-02");
    expect(oneWithValue(facts, 95000).indicator).toBeNull();
  });
});

describe("a plan's first year", () => {
  it("“十四五”开局年 is 2021", () => {
    const text = "“十四五”开局年全市重大工程投资完成1735.2亿元。";
    const facts = read(text, "2026-01-20");
    const done = oneWithValue(facts, 173520000000);
    expect(done).toMatchObject({ kind: "actual", year: 2021 });
    quoted(text, done);
  });
});

describe("a total since January after one month", () => {
  it("8月当月…增长…，累计增长… runs from January to August", () => {
    const facts = read("8月当月，全市工业增加值增长6.5%，累计增长4.1%。", "2025-09-20");
    expect(oneWithValue(facts, 0.065).period).toEqual({ from: 8, to: 8 });
    expect(oneWithValue(facts, 0.041)).toMatchObject({ year: 2025, period: { from: 1, to: 8 } });
  });
});
