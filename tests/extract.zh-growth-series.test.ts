// A Chinese growth rate of a series whose catalog has a growth series (GDP: GDP_GROWTH) is that series' figure, as the
// English side links "GDP grew 5 percent". All sentences are our own.
import { read, oneWithValue } from "./helpers/read-facts";

describe("the growth of GDP is the catalog's GDP growth series", () => {
  it("links a year's GDP growth after its level to GDP_GROWTH, the level staying GDP", () => {
    const text = "2024年，全市地区生产总值达到5.39万亿元、增长5.0%，好于预期。";
    const facts = read(text, "2025-01-20");
    expect(oneWithValue(facts, 5.39e12)).toMatchObject({
      indicator: "GDP",
      kind: "actual",
      measure: "level",
      year: 2024,
    });
    expect(oneWithValue(facts, 0.05)).toMatchObject({
      indicator: "GDP_GROWTH",
      kind: "actual",
      measure: "growth",
      year: 2024,
      period: null,
      unit: "ratio",
    });
  });

  it("links a part year's GDP growth written with the acronym", () => {
    const fact = oneWithValue(read("今年一季度，本市GDP同比增长4.6%。", "2025-04-22"), 0.046);
    expect(fact).toMatchObject({ indicator: "GDP_GROWTH", kind: "actual", year: 2025, period: { from: 1, to: 3 } });
    expect(fact.quote).toBe("今年一季度，本市GDP同比增长4.6%。");
  });

  it("links a growth goal of the year in a list of goals, in traditional script too", () => {
    for (const [text, phrase] of [
      ["今年全市经济社会发展的主要预期目标是：全市生产总值增长5%左右。", "全市生产总值增长5%左右"],
      ["今年全市經濟社會發展的主要預期目標是：全市生產總值增長5%左右。", "全市生產總值增長5%左右"],
    ]) {
      const fact = oneWithValue(read(text, "2026-01-25"), 0.05);
      expect(fact).toMatchObject({ indicator: "GDP_GROWTH", kind: "target", year: 2026, comparator: "~" });
      expect(fact.quote).toContain(phrase);
    }
  });

  it("keeps a doubling of GDP a multiple of GDP itself", () => {
    const facts = read("到2035年，全市地区生产总值比2020年翻一番。", "2021-01-25");
    expect(facts.find((f) => f.relative)).toMatchObject({
      indicator: "GDP",
      kind: "target",
      relative: { multiple: 2 },
    });
  });
});
