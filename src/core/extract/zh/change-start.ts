/**
 * The start of a change written with its own year: 从2019年的不到10亿元到2024年有望突破400亿元. The figure right
 * after 从 and a year is that year's, not the later year nearer to it, and a result when the year is over.
 */
import type { ZhYear } from "./when";

// 从2019年的…, 从2020年底的不足…, 从 2018 年约… (a comparator may stand before the figure)
const FROM_YEAR = /从\s?(?:19|20)\d{2}\s?年(?:底|末|初)?\s?的?\s?(?:不到|不足|近|约|超过|超|仅)?\s?$/;

/** The year mention written after 从 right before a figure, if the figure starts a change. */
export function startYearOf(text: string, clauseStart: number, figureStart: number, years: ZhYear[]): ZhYear | null {
  const m = FROM_YEAR.exec(text.slice(Math.max(clauseStart, figureStart - 16), figureStart));
  if (!m) return null;
  const at = figureStart - m[0].length;
  return years.find((y) => !y.comparison && y.start >= at && y.end <= figureStart) ?? null;
}
