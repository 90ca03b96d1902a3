// Counts whose measure word says what is counted: a port's containers in twenty-foot units (国际标准箱, 标准箱 ->
// TEUs, as the English extractor writes them), electricity in 千瓦时 (kWh), deals counted with 笔 (not 一笔资金,
// where a noun follows), and partners counted before their number (贸易伙伴超过200个). Sentences are our own.
import { extractChinese } from "../src/core/extract/zh";
import type { Fact } from "../src/core/types";
import { oneWithValue } from "./helpers/read-facts";

const read = (text: string, date = "2025-05-10"): Fact[] =>
  extractChinese(text, { doc: "zh.txt", date, region: "Shanghai" });

describe("counts by their measure word", () => {
  it.each([
    ["一季度洋山港集装箱吞吐量达到640万国际标准箱，同比增长5.2%。", 6400000, "TEUs"],
    ["全年港口完成集装箱吞吐量4900万标准箱。", 49000000, "TEUs"],
    ["1-4月全市工业用电量318亿千瓦时，增长2.1%。", 31800000000, "kWh"],
    ["今年以来，区内企业共完成股权融资26笔，合计金额12亿元。", 26, "deals"],
    ["我市对外贸易伙伴超过180个。", 180, "partners"],
  ])("%s", (text, value, unit) => {
    expect(oneWithValue(read(text), value)).toMatchObject({ measure: "level", unit });
  });

  it("a deal counted right before its money is a count of deals, and the money stays yuan", () => {
    const facts = read("2025年一季度具身智能赛道融资18笔22亿元。");
    expect(oneWithValue(facts, 18)).toMatchObject({ unit: "deals", year: 2025, period: { from: 1, to: 3 } });
    expect(oneWithValue(facts, 2200000000)).toMatchObject({ unit: "CNY" });
  });

  it("一笔 before a noun counts nothing", () => {
    expect(read("区里安排一笔专项资金支持企业技改。").filter((f) => f.unit === "deals")).toEqual([]);
  });
});
