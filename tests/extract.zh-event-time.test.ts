// A signing report's paragraph on its own event (本次签约，…) is in the event's time: the part year of the half-year
// signings told before it (上半年共签约…) is not carried to the event's projects. Sentences are our own.
import { extractChinese } from "../src/core/extract/zh";
import type { Fact } from "../src/core/types";
import { oneWithValue } from "./helpers/read-facts";

const read = (text: string, date = "2025-08-20", region = "Lingang"): Fact[] =>
  extractChinese(text, { doc: "zh.txt", date, region });

describe("the time of a signing report's own event", () => {
  it("本次签约 opens a paragraph in the event's time, after a half year's signings", () => {
    const text =
      "8月19日，新片区集中签约8个重点项目，总投资额超300亿元。\n" +
      "今年以来，新片区招商引资保持较快增长，上半年共签约产业项目投资额720亿元，其中签约项目48个。\n" +
      "本次签约，一是彰显了集成电路产业的生态优势；二是彰显了招商力度，8个项目有5个项目是通过走出去招引所得。";
    const facts = read(text);
    expect(oneWithValue(facts, 48)).toMatchObject({ kind: "signing", period: { from: 1, to: 6 } });
    expect(oneWithValue(facts, 5)).toMatchObject({ kind: "signing", year: 2025, period: null });
  });
});

describe("the year a January report is written in", () => {
  it("a figure of the year just begun with no word of a result is its plan", () => {
    const text = "报告明确了今年的工作重点。培育打造15个数字消费新场景，办好各类促消费活动。";
    expect(oneWithValue(read(text, "2026-01-28", "Shanghai"), 15)).toMatchObject({ kind: "target", year: 2026 });
  });

  it("a result word keeps it a result, and later in the year a figure stays one", () => {
    const reached = read("今年以来，全市新增数字消费新场景达15个。", "2026-02-10", "Shanghai");
    expect(oneWithValue(reached, 15).kind).toBe("actual");
    const later = read("今年，全市培育打造15个数字消费新场景。", "2026-07-10", "Shanghai");
    expect(oneWithValue(later, 15).kind).toBe("actual");
  });
});
