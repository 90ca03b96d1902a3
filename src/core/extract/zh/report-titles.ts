/**
 * Titles of research reports quoted as a source: 《2025-2030年中国…行业竞争格局分析及发展前景预测报告》 names the span
 * of years the report covers, no time of the figures quoted from it. A plan's title (《…规划（2021-2025年）》,
 * 《…行动方案（2024-2027年）》) keeps its years: the plan runs to its last.
 */

const TITLE_SPAN = /(?:19|20)\d{2}\s?年?\s?[-—–~至到]\s?(?:19|20)\d{2}\s?年/;
const REPORT_TITLE = /(?:报告|研究|分析|预测|调研)》$/;

/** A year mention (start, end) stands inside the 《…》 title of a research report that spans years. */
export function inReportTitle(text: string, start: number, end: number): boolean {
  const open = text.lastIndexOf("《", start);
  const close = text.indexOf("》", end);
  if (open < 0 || close < 0 || start - open > 40 || close - end > 60) return false;
  const title = text.slice(open, close + 1);
  return title.indexOf("》") === title.length - 1 && TITLE_SPAN.test(title) && REPORT_TITLE.test(title);
}
