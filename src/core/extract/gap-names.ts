/**
 * Where a text names an indicator by one of the catalog's aliases with gaps (`catalog/gap-alias.ts`): the parts in
 * order, each gap holding at most a few words of the text's own. The one matcher of both languages:
 *
 * - English: a gap holds up to three words (letters, apostrophes, hyphens, `&`), no digits and no punctuation, so it
 *   never runs over a figure or a clause end ("value of … NEVs" names "the value of Shanghai's NEVs"); parts match
 *   as the fixed aliases do (any case, a hyphen or space alike, whole words).
 * - Chinese: a gap holds up to eight characters, no digits and no clause end (，。；：！？) (研发…占…生产总值 names
 *   研发经费支出占上海地区生产总值).
 *
 * A name with gaps is the whole phrase: names of other indicators inside it (生产总值, GDP) are none of their own
 * there; a fixed name of the same indicator over it is kept as it is.
 */
import { gapParts, hasGap } from "../catalog/gap-alias";

export const ENGLISH_GAP_WORDS = 3;
export const CHINESE_GAP_CHARACTERS = 8;

interface Span {
  start: number;
  end: number;
}

export interface GapName<T> extends Span {
  text: string;
  entry: T;
}

export type Script = "latin" | "zh";

export { hasGap } from "../catalog/gap-alias";

const escapeRegex = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");

// (a hyphen or a space alike, as the fixed English aliases)
const latinPart = (part: string) =>
  `${/^\w/.test(part) ? "\\b" : ""}${escapeRegex(part).replace(/[-\s]+/g, "[-\\s]+")}${/\w$/.test(part) ? "\\b" : ""}`;
const LATIN_GAP = `\\s+(?:[A-Za-z][A-Za-z'’&-]*\\s+){0,${ENGLISH_GAP_WORDS}}?`;
const CHINESE_GAP = `[^，,。；;！!？?：:\\d\\n]{0,${CHINESE_GAP_CHARACTERS}}?`;

/** A finder of the aliases with gaps of one script, compiled once (per catalog, by its caller). */
export function gapNameFinder<T>(
  aliases: readonly { alias: string; entry: T }[],
  script: Script,
): (slice: string, offset: number) => GapName<T>[] {
  const own = aliases.filter((a) => hasGap(a.alias)).sort((a, b) => b.alias.length - a.alias.length);
  if (!own.length) return () => [];
  const part = script === "latin" ? latinPart : escapeRegex;
  const gap = script === "latin" ? LATIN_GAP : CHINESE_GAP;
  const pattern = new RegExp(own.map((a) => `(${gapParts(a.alias).map(part).join(gap)})`).join("|"), "gi");
  // (one cheap test first: most sentences hold no first part of any of them)
  const firsts = new RegExp([...new Set(own.map((a) => part(gapParts(a.alias)[0])))].join("|"), "i");
  // (the caller's slice of the text, which starts at `offset`)
  return (slice, offset) => {
    if (!firsts.test(slice)) return [];
    const found: GapName<T>[] = [];
    pattern.lastIndex = 0;
    for (let m = pattern.exec(slice); m; m = pattern.exec(slice)) {
      let group = 1;
      while (m[group] === undefined) group++;
      const start = offset + m.index;
      found.push({ start, end: start + m[0].length, text: m[0], entry: own[group - 1].entry });
    }
    return found;
  };
}

/**
 * The fixed names with the names with gaps added (`fixed` and the result in text order): each name with gaps replaces
 * the fixed names it overlaps, unless one of them is of its own indicator.
 */
export function withGapNames<N extends Span>(fixed: N[], gaps: N[], sameSeries: (a: N, b: N) => boolean): N[] {
  if (!gaps.length) return fixed;
  let result = fixed;
  for (const name of gaps) {
    const overlaps = (n: N) => n.start < name.end && n.end > name.start;
    if (result.some((n) => overlaps(n) && sameSeries(n, name))) continue;
    result = [...result.filter((n) => !overlaps(n)), name].sort((a, b) => a.start - b.start);
  }
  return result;
}
