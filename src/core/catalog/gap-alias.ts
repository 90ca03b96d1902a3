/**
 * Aliases with gaps: a name the text writes with a few words of its own between the parts, such as a place or a 的
 * ("value of … new energy vehicles" for "the output value of the city's new energy vehicles", 研发…占…生产总值 for
 * 研发经费支出占上海地区生产总值). A gap is written `…` or `...` between two parts; spaces around it do not count.
 * How much a gap may hold is the extractor's business (`extract/gap-names.ts`); here is only what such an alias is.
 */

const GAP = /\s*(?:…|\.\.\.)\s*/;

/** Does the alias have gaps? */
export function hasGap(alias: string): boolean {
  return alias.includes("…") || alias.includes("...");
}

/** The parts of an alias with gaps ("R&D … share of … GDP" -> R&D, share of, GDP); an alias without one is one part. */
export function gapParts(alias: string): string[] {
  return alias.trim().split(GAP);
}

/** What is wrong with an alias's gaps, if anything: a gap at either end, or two gaps with nothing between. */
export function gapProblem(alias: string): string | undefined {
  if (!hasGap(alias)) return undefined;
  const parts = gapParts(alias);
  if (parts.some((part) => !part))
    return `"${alias}" has a gap (…) with nothing on one side; a gap stands between two parts of a name, as in "value of … new energy vehicles"`;
  return undefined;
}
