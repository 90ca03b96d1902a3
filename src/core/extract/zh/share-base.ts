/**
 * 融资35亿元，达2024年前11个月的70%, 相当于去年全年的1.5倍: a time written between 达 / 相当于 and a share or a
 * multiple is the base the figure is measured against, no time of the figure (nor of the sentences after it).
 */
const BASE_BEFORE = /(?:相当于|达到?|是)\s?$/;
const BASE_YEAR_BEFORE = /(?:(?:19|20)\d{2}\s?年|去年|上年|今年)\s?$/;
const BASE_SHARE_AFTER =
  /^\s?(?:全年|同期|[上下]半年|前[一二三四五六七八九十\d]{1,2}个?月|前?[一二三四]季度)?\s?的?\s?[\d.]+\s?(?:%|倍)/;

/** Is the year mention text[start, end) the base of a share or multiple after it? */
export const yearIsShareBase = (text: string, start: number, end: number): boolean =>
  BASE_BEFORE.test(text.slice(Math.max(0, start - 3), start).replace(BASE_YEAR_BEFORE, "")) &&
  BASE_SHARE_AFTER.test(text.slice(end, end + 16));

/** Is the part-year mention text[start, end) (perhaps after its year, from `from` on) such a base? */
export function periodIsShareBase(text: string, from: number, start: number, end: number): boolean {
  const year = BASE_YEAR_BEFORE.exec(text.slice(Math.max(from, start - 8), start));
  return yearIsShareBase(text, start - (year?.[0].length ?? 0), end);
}
