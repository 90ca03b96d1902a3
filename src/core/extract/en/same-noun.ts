/**
 * Bare numbers that count a noun named before them: "42 new ones were signed", "compared with 280,000 in 2016",
 * "Among them, four were completed" (the noun in the sentence before), and "605,000 units" of a carmaker's sales.
 */
import type { Context } from "./context";
import { findFigures } from "./figures";
import { phraseUnit } from "./units";

// "and 42 new ones were signed", "including 60 newly established ones", "and 20 more were started"
const ONES_AFTER =
  /^\s+(?:(?:new|newly\s+[a-z]+|more|other|such|additional|similar|smaller|larger|bigger)\s+)?ones\b|^\s+more(?=\s+(?:were|are|was|is|have|has|had|will|would)\b|\s*[,.;])/i;
// "..., compared with 280,000 in 2016", "up from 1,200 a year earlier", "more than the 150 of last year"
const COMPARED_BEFORE =
  /\b(?:compared (?:with|to)|up from|down from|from|against|versus|than)\s+(?:the\s+)?(?:about\s+|around\s+|nearly\s+|some\s+|over\s+|more than\s+|just\s+|only\s+)?$/i;
// "Among them, four were completed", "Of these, 12 are foreign-funded": the things the sentence before counted
const AMONG_THEM = /^\W*(?:Among|Of)\s+(?:them|these|those|which)\s*,?\s*$/i;

/** The noun counted last before a bare number refers to it by "ones", "more" or a comparison. */
export function refersToLastNoun(text: string, before: string, end: number): boolean {
  return ONES_AFTER.test(text.slice(end, end + 32)) || COMPARED_BEFORE.test(before.slice(-40));
}

/** For a bare number right after "Among them," opening its sentence: the noun the previous sentence counted last. */
export function countOfSentenceBefore(
  ctx: Context,
  sentenceStart: number,
  before: string,
): { noun: string; subject: string } | undefined {
  if (!AMONG_THEM.test(before)) return undefined;
  const paragraphStart = ctx.text.lastIndexOf("\n", sentenceStart - 1) + 1;
  const from = Math.max(paragraphStart, sentenceStart - 300);
  const figures = findFigures(ctx.text, from, sentenceStart);
  for (let i = figures.length - 1; i >= 0; i--) {
    const figure = figures[i];
    if (figure.cls !== "count" || !figure.nounPhrase) continue;
    const after = ctx.text.slice(figure.end, figure.end + 80);
    return { noun: phraseUnit(figure.unit, figure.nounPhrase.text, after), subject: figure.nounPhrase.text };
  }
  return undefined;
}

// the words of a story about cars: "units" sold or made there are vehicles
const VEHICLE_WORDS =
  /\b(?:vehicles?|cars?|autos?|automobiles?|automotive|automakers?|carmakers?|SUVs?|sedans?|NEVs?|EVs?|trucks|buses|Volkswagen|Tesla|BYD|Audi|BMW|Toyota|Honda|Nissan|Geely|NIO|Xpeng|Li Auto|SAIC)\b/;
const SOLD_OR_MADE =
  /\b(?:sales|sold|sell|deliveries|delivered|deliver|produced|production|output|made|rolled off|shipments|shipped|exports|exported)\b/i;

/** "terminal sales reached 605,000 units" in a paragraph about a carmaker: the units are vehicles. */
export function unitsAreVehicles(ctx: Context, sentenceStart: number, figureStart: number): boolean {
  // (the paragraph before may name the maker's models)
  const before = ctx.text.slice(Math.max(0, sentenceStart - 400), figureStart);
  // ("11 million units will be sold this year": the verb after the units)
  const soldAfter = SOLD_AFTER.test(ctx.text.slice(figureStart, figureStart + 80));
  return (soldAfter || SOLD_OR_MADE.test(ctx.text.slice(sentenceStart, figureStart))) && VEHICLE_WORDS.test(before);
}
const SOLD_AFTER =
  /^[\d.,]+(?:\s+(?:million|thousand|billion))?\s+units\s+(?:(?:will|would|could|are expected to|are set to)\s+be|were|are|was|have been|had been|to be)\s+(?:sold|delivered|produced|made|exported|shipped|built)\b/i;
