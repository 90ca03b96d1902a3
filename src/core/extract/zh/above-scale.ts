/**
 * The industry above designated size is not the whole industry: 规上工业增加值, 规模以上工业增加值 and the value added
 * of 规模以上工业企业 are the large firms' part, not the catalog's industrial value added (IND_VA), as English rules
 * ("above-scale industrial added value", en/other-names.ts ABOVE_SCALE_BEFORE). 全市工业增加值 stays IND_VA.
 */
import type { ZhIndicator } from "./document";
import type { ZhName } from "./names";

// ABOVE_SCALE: the firms' size class right before the name (or before the firms it is written through)
const ABOVE_SCALE_BEFORE = /(?:规上|[规規]模以上)\s?$/;
// the whole industry's value added, of which the firms above designated size are a part
const WHOLE_INDUSTRY = "IND_VA";

/** Whether `before` (the words right before a name of `entry`) makes it the above-scale part of the whole industry. */
export function aboveScale(entry: ZhIndicator, before: string): boolean {
  return entry.code === WHOLE_INDUSTRY && ABOVE_SCALE_BEFORE.test(before);
}

/** The names that are not the above-scale part of the whole industry's series. */
export function withoutAboveScale(text: string, names: ZhName<ZhIndicator>[]): ZhName<ZhIndicator>[] {
  return names.filter((name) => !aboveScale(name.entry, text.slice(Math.max(0, name.start - 6), name.start)));
}
