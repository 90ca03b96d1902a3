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

/**
 * “十四五”期间…从73家增至92家, 2021至2023年…由1176件增至…: the start of a change over a span is of the span's first
 * year, over a Five-Year Plan's period of the year before it (the plan's base), and so is one over the years since
 * the plan began (“十四五”以来…占比从54%上升到60%). Null when the figure starts none.
 */
export function spanStartYear(text: string, clauseStart: number, figureStart: number, mention: ZhYear | null) {
  if (!/[从由]\s?$/.test(text.slice(Math.max(clauseStart, figureStart - 2), figureStart))) return null;
  if (mention?.spanBase !== undefined) return mention.spanBase;
  if (!mention?.plan) return null;
  return /^十/.test(text.slice(mention.start, mention.end)) ? mention.plan[0] - 1 : mention.plan[0];
}

// 全域企业数量从73家增至92家，年均增幅达4.7%, under a plan's period named before: a change from one figure that rose
// to another is told, not planned (a plan's change says 提高到 / 增加到 with a modal, or stands under its heading)
const CHANGE_REACHED = /[从由][^，,。；;]{0,16}?\d[^，,。；;]{0,12}?(?:增至|增长至|跃升至|攀升至|升至)/;
export const changeReached = (sentence: string): boolean => CHANGE_REACHED.test(sentence);

// 较2020年的3.1万亿元增长…, 比2019年的…: the base a change is compared with, written with its own year
const COMPARED_BASE = /(?:较|比|相比)\s?((?:19|20)\d{2})\s?年(?:底|末)?\s?的\s?(?:不到|不足|近|约|超过|超|仅)?\s?$/;

/** The year of a figure written right after a compared year and 的 (较2020年的…): that year, the base's own. */
export function comparedBaseYear(text: string, clauseStart: number, figureStart: number): number | null {
  const m = COMPARED_BASE.exec(text.slice(Math.max(clauseStart, figureStart - 16), figureStart));
  return m ? Number(m[1]) : null;
}

// 全市工业增加值从2012年的6800亿元提高到2022年的9900亿元；工业总产值从30000亿元提高到39500亿元: A CHANGE AFTER A
// SEMICOLON GOES ON OVER THE SAME YEARS: with no year of its own, the figure it starts from is of the first one's start
const YEAR_TO_YEAR = /从\s?((?:19|20)\d{2})\s?年(?:底|末)?\s?的?[^，,。；;从]{0,24}?(?:到|至)\s?(?:19|20)\d{2}\s?年/;

/** The start year of a change from one year to another the sentence tells (从2012年的…提高到2022年的…), or null. */
export function changeFromYear(sentence: string): number | null {
  const m = YEAR_TO_YEAR.exec(sentence);
  return m ? Number(m[1]) : null;
}
