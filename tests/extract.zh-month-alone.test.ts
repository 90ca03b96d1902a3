// Chinese statistics releases: one month's figure written with 当月 / 单月 inside a year-to-date sentence, and a clause
// of a change in percentage points between a series and its figures. All sentences are our own.
import { oneWithValue, read } from "./helpers/read-facts";

describe("a month alone (10月当月, 12月单月)", () => {
  it("其中9月当月增长… is that month's growth of the series before, after a change in points", () => {
    const text = "1-9月，全市工业增加值下降1.2%，降幅比1-8月收窄0.7个百分点，其中9月当月增长6.4%。";
    const facts = read(text, "2020-10-22");
    expect(oneWithValue(facts, -0.012)).toMatchObject({ indicator: "IND_VA", period: { from: 1, to: 9 } });
    expect(oneWithValue(facts, 0.064)).toMatchObject({
      indicator: "IND_VA",
      kind: "actual",
      measure: "growth",
      year: 2020,
      period: { from: 9, to: 9 },
    });
  });

  it("12月单月… after a year's figure is December's", () => {
    const facts = read("全年工业用电量达到712亿千瓦时，增长2.1%，其中12月单月增长5.6%。", "2021-01-20");
    expect(oneWithValue(facts, 0.056)).toMatchObject({ period: { from: 12, to: 12 }, year: 2020 });
  });
});
