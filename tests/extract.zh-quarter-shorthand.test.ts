// Times as the financial press writes them: a quarter or a half after its year (2024Q3, 2023H1) is that part of
// that year; a time between 达 / 相当于 and a share or multiple (达去年前10个月的80%, 相当于2023年全年的1.5倍) is the
// base the figure is measured against, no time of the figure nor of the sentences after it. Sentences are our own.
import { extractChinese } from "../src/core/extract/zh";
import type { Fact } from "../src/core/types";
import { oneWithValue } from "./helpers/read-facts";

const read = (text: string, date: string): Fact[] => extractChinese(text, { doc: "zh.txt", date, region: "Shanghai" });

describe("a quarter or a half written after its year", () => {
  it("2024Q3 is the third quarter of 2024, and the next sentence stays in it", () => {
    const facts = read("2024Q3低空经济赛道融资21笔18亿元。融资企业中，上海6家。", "2025-02-10");
    expect(oneWithValue(facts, 1800000000)).toMatchObject({ year: 2024, period: { from: 7, to: 9 } });
    expect(oneWithValue(facts, 6)).toMatchObject({ year: 2024, period: { from: 7, to: 9 } });
  });

  it("2023H1 is the first half of 2023", () => {
    const facts = read("2023H1全市新增备案项目46个。", "2023-08-20");
    expect(oneWithValue(facts, 46)).toMatchObject({ year: 2023, period: { from: 1, to: 6 } });
  });
});

describe("a time a share or multiple is measured against", () => {
  it("达去年前10个月的80% keeps the share in the sentence's own quarter", () => {
    const facts = read("今年一季度赛道融资合计42亿元，达去年前10个月的80%。其中，上海企业融资12亿元。", "2025-05-10");
    expect(oneWithValue(facts, 0.8)).toMatchObject({ measure: "share", year: 2025, period: { from: 1, to: 3 } });
    expect(oneWithValue(facts, 1200000000)).toMatchObject({ year: 2025, period: { from: 1, to: 3 } });
  });

  it("相当于2023年全年的60% is no figure of 2023", () => {
    const facts = read("2024年上半年全市引进外资项目资金58亿美元，相当于2023年全年的60%。", "2024-08-01");
    expect(oneWithValue(facts, 0.6)).toMatchObject({ year: 2024, period: { from: 1, to: 6 } });
  });

  it("a year after 达 with no share after it is still the figure's year", () => {
    const facts = read("全市集成电路产业规模达2023年的新高，为3200亿元。", "2024-08-01");
    expect(oneWithValue(facts, 320000000000)).toMatchObject({ year: 2023 });
  });
});
