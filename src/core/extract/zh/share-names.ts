/**
 * Shares of the economy's output written around a place or a 的 the catalog's aliases cannot hold: 全社会研发经费支出
 * 相当于上海地区生产总值的4.3%, 研发投入占全市GDP的比重 (R&D intensity, RD_GDP). The whole (地区生产总值) inside such a
 * name is no name of its own there.
 */
import type { ZhIndicator } from "./document";
import type { ZhName } from "./names";

// (a place of up to six characters or 全市/全省 may stand before the whole)
const RD_OVER_GDP =
  /(?:研发|R&D|研究与试验发展)(?:经费)?(?:支出|投入)(?:总额|总量)?(?:相当于|占)[^，。；;,\d]{0,8}?(?:地区生产总值|生产总值|GDP)(?:的)?(?:比例|比重)?/g;

/** The sentence's names with each R&D spending over GDP written around a place added (as RD_GDP). */
export function withShareNames(
  text: string,
  sentence: { start: number; end: number },
  names: ZhName<ZhIndicator>[],
  indicator: (code: string) => ZhIndicator | undefined,
): ZhName<ZhIndicator>[] {
  const slice = text.slice(sentence.start, sentence.end);
  if (!slice.includes("相当于") && !slice.includes("占")) return names;
  const entry = indicator("RD_GDP");
  if (!entry) return names;
  let result = names;
  RD_OVER_GDP.lastIndex = 0;
  for (let m = RD_OVER_GDP.exec(slice); m; m = RD_OVER_GDP.exec(slice)) {
    const start = sentence.start + m.index;
    const end = start + m[0].length;
    // (a catalog name of the whole share already there is kept)
    if (result.some((n) => n.entry === entry && n.start < end && n.end > start)) continue;
    result = [...result.filter((n) => n.end <= start || n.start >= end), { start, end, text: m[0], entry }].sort(
      (a, b) => a.start - b.start,
    );
  }
  return result;
}
