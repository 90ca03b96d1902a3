/** Which name a sentence that names none points back to ("It is expected to double", "Its sales revenue rose"). */
import type { AliasMatch } from "../lookup";
import type { Context } from "./context";
import type { Figure } from "./figures";
import { ledByPart } from "./led-by";
import type { Sentence } from "./segments";

const OPENS_ON_POSSESSIVE = /^\W*(?:its|their|the (?:industry|sector)['’]s)\s/i;

// "the industry", "its", "the planned industry scale", "the emerging industry": a name written earlier
// "such market", "that sector", "these industries": the series the sentence before named
const POINTS_BACK =
  /\b(?:it|its|the figure|the (?:(?:emerging|whole|entire|overall|pillar) )?(?:industry|sector)|this|(?:industry|total) (?:scale|size)|(?:such|that|these|those)(?: an?)? (?:markets?|industry|industries|sectors?))\b/i;

/**
 * The indicator a sentence without a name of its own is about: the one a recent sentence linked, else the last name
 * written earlier in the paragraph, when the sentence points back to it ("The planned industry scale reached …") or
 * counts in that series' own unit ("In 2021, Shanghai took the lead with 632,000 vehicles").
 */
export function recentName(
  ctx: Context,
  sentence: Sentence,
  figure: Figure,
  leadIn: string,
  /** no other candidate: the paragraph's text is searched too */
  searchText: boolean,
): AliasMatch | undefined {
  if (ledByPart(leadIn)) return undefined;
  const pointsBack = POINTS_BACK.test(leadIn);
  if (pointsBack && ctx.previous !== null && ctx.sentenceIndex - ctx.previous.sentence <= 2) return ctx.previous.alias;
  // "Industrial output rose 6.1 percent; in March alone it jumped …": "it" is the sentence's own earlier subject
  const earlierFigure = /\d(?:[\d,.]*\d)?\s*(?:%|percent|per cent|(?:b|m|tr)illion|yuan|units)/i;
  if (!searchText || earlierFigure.test(ctx.text.slice(sentence.start, figure.start))) return undefined;
  const paragraphStart = ctx.text.lastIndexOf("\n", sentence.start - 1) + 1;
  // a paragraph that opens on "Its sales revenue rose ..." goes on about the paragraph before (one sentence a line)
  const opensOnPossessive = sentence.indexInParagraph === 0 && OPENS_ON_POSSESSIVE.test(sentence.text);
  const from = Math.max(opensOnPossessive ? 0 : paragraphStart, sentence.start - 400);
  const last = ctx.lookup.aliasesIn(ctx.text, from, sentence.start).pop();
  if (!last) return undefined;
  // a counted noun of the series' own ("vehicles"), not money or a bare count, which any series may have
  const ownUnit = !/^(?:count|units|ratio|CNY|USD|multiple)$/.test(figure.unit) && figure.unit === last.indicator.unit;
  return pointsBack || ownUnit ? last : undefined;
}
