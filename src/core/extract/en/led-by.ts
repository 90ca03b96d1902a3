/** "Strategic emerging industries, led by new-energy vehicles, ..., grew 19.6 percent": names that only lead a group. */
import type { AliasMatch } from "../lookup";
import type { Figure } from "./figures";
import type { Sentence } from "./segments";

// ", led by", ", driven by", ", spearheaded by" right after the sentence's subject, no figure before it
const LEAD_IN = /,\s*(?:led|driven|headed|spearheaded|powered|propelled|represented)\s+by\s/gi;
// "..., led by NEVs, which grew 30 percent": a relative clause or a new clause gives the name its own figure
const OWN_CLAUSE = /\b(?:which|that|whose|while|whereas|with)\b|[;:]/i;

/**
 * Whether the alias is one of the names that lead the sentence's subject in an aside (", led by X, Y and Z,") before
 * the figure: the figure is the whole group's, not the leading member's.
 */
export function leadsTheSubject(text: string, sentence: Sentence, alias: AliasMatch, figure: Figure): boolean {
  // (one cheap test first: most sentences lead nothing "by" anything)
  if (!sentence.text.includes(" by ") || alias.start < sentence.start || alias.end > figure.start) return false;
  const head = text.slice(sentence.start, alias.start);
  LEAD_IN.lastIndex = 0;
  let match: RegExpExecArray | null;
  let aside = -1;
  while ((match = LEAD_IN.exec(head))) aside = match.index;
  if (aside < 0 || /\d/.test(head.slice(0, aside))) return false;
  // the aside runs on to the figure's verb: no figure, stop or relative clause between the name and the figure
  const between = text.slice(alias.end, figure.start);
  return !/\d/.test(between) && !OWN_CLAUSE.test(between) && !/\d/.test(head.slice(aside));
}

// "It was led by the service sector which grew 6 percent": the figure is the leading part's, not what "it" was
const LED_BY_PART =
  /\b(?:led|driven|powered|propelled|boosted|lifted|helped|supported|buoyed)\s+by\s+(?!it\b|its\b|this\b)\w/i;

/** Whether the words before a figure say it belongs to the part that led a whole ("driven by retail, which rose"). */
export function ledByPart(leadIn: string): boolean {
  return LED_BY_PART.test(leadIn);
}
