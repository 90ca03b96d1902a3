// Chinese in traditional script written with the mainland's variant 産 for 產 (國內生産總值, 汽車産量): the variant
// folds to 产 like the standard form, so names and cues read as in the simplified. All sentences are our own.
import { extractChinese } from "../src/core/extract/zh";
import type { Fact } from "../src/core/types";

const read = (text: string, date: string, region: string): Fact[] => {
  const facts = extractChinese(text, { doc: "zh.txt", date, region });
  for (const fact of facts) expect(text.slice(fact.start, fact.end)).toBe(fact.quote);
  return facts;
};
const valued = (facts: Fact[], value: number) =>
  facts.find((f) => f.value !== null && Math.abs(f.value - value) < 1e-6);

describe("the variant 産 in traditional script", () => {
  it("reads a national growth target of 國內生産總值 in a list of goals", () => {
    const facts = read(
      "今年經濟社會發展的主要預期目標是:國內生産總值增長5.5%左右;城鎮新增就業1100萬人以上。",
      "2022-03-05",
      "China",
    );
    // (the nation's goal: another region's, no series of Shanghai's)
    expect(valued(facts, 0.055)).toMatchObject({
      indicator: null,
      measure: "growth",
      kind: "target",
      year: 2022,
      comparator: "~",
    });
  });

  it("reads a city's 地區生産總值 and its growth as GDP", () => {
    const facts = read("去年全市地區生産總值達到4.3萬億元,比上年增長5%。", "2024-01-20", "Shanghai");
    expect(valued(facts, 4.3e12)).toMatchObject({ indicator: "GDP", kind: "actual", year: 2023 });
    expect(valued(facts, 0.05)).toMatchObject({ indicator: "GDP_GROWTH", year: 2023 });
  });

  it("reads 新能源汽車産量 as the vehicles made, and keeps 單位國內生産總值能耗 no GDP", () => {
    const facts = read("2023年新能源汽車産量增長35%,單位國內生産總值能耗下降2.1%。", "2024-01-20", "Shanghai");
    expect(valued(facts, 0.35)).toMatchObject({ indicator: "NEV", year: 2023 });
    expect(valued(facts, -0.021)!.indicator).toBeNull();
  });
});
