// The year of a page that tells it only by a same-period comparison (增速较2023年同期提高…: the figures are of the
// year after), and a dateline (发布日期:…年…月…日) that dates the page, not its figures. Sentences are our own.
import { extractChinese } from "../src/core/extract/zh";
import type { Fact } from "../src/core/types";
import { oneWithValue } from "./helpers/read-facts";

const read = (text: string, date: string, region = "Chongqing"): Fact[] =>
  extractChinese(text, { doc: "zh.txt", date, region });

const page =
  "某区制造业开局良好\n发布日期:2025年09月03日\n" +
  "1—2月，全区规模以上工业总产值达到86.5亿元，同比增长12.4%，增速较2023年同期提高2.2个百分点。\n" +
  "装备制造产业增幅达17.6%。新材料产业本地配套率提升至64%。";

describe("a page dated by its same-period comparison", () => {
  it("a part year compared with 2023's same period is 2024's, on a page dated 2025", () => {
    const facts = read(page, "2025-09-03");
    expect(oneWithValue(facts, 8650000000)).toMatchObject({ kind: "actual", year: 2024, period: { from: 1, to: 2 } });
    expect(oneWithValue(facts, 0.124)).toMatchObject({ kind: "actual", year: 2024, measure: "growth" });
  });

  it("the sentences after it stay results of that part year, not the dateline's year", () => {
    const facts = read(page, "2025-09-03");
    expect(oneWithValue(facts, 0.176)).toMatchObject({ kind: "actual", year: 2024, period: { from: 1, to: 2 } });
    expect(oneWithValue(facts, 0.64)).toMatchObject({ kind: "actual", year: 2024 });
  });

  it("a comparison with last year's same period keeps the page's year", () => {
    const text = "1—2月，全区规模以上工业总产值达到86.5亿元，增速较2024年同期提高2.2个百分点。";
    expect(oneWithValue(read(text, "2025-03-20"), 8650000000)).toMatchObject({ year: 2025 });
  });

  it("a page that writes a later year of its own keeps the date's year", () => {
    const text = "2025年1—2月，全区规模以上工业总产值达到86.5亿元，增速较2023年同期提高2.2个百分点。";
    expect(oneWithValue(read(text, "2025-09-03"), 8650000000)).toMatchObject({ year: 2025 });
  });
});
