/**
 * Whose a Chinese figure is: the document's region when its clause names it, else a place named in its clause, then
 * one named before it in the sentence (全市 / 本市 beside it being the document's own city, not the nation an earlier
 * clause measured it against), else the document's region.
 */
import { namesRegion, regionWithin } from "./cues";
import type { ZhDocument } from "./document";
import type { ZhFigure } from "./figures";
import type { Span, ZhSentence } from "./segments";
import { cityOfSubArea, namesWholeCity, subAreaOwns } from "./sub-areas";

export function regionOf(
  doc: ZhDocument,
  sentence: ZhSentence,
  clause: Span,
  clauseText: string,
  figure: ZhFigure,
): string {
  const found = placeOf(doc, sentence, clause, clauseText, figure);
  // A CITY BEFORE ITS DISTRICT PLACES IT: in a district's own story, 上海闵行：去年地区生产总值…, 上海市闵行区… name the
  // district as the owner, the city only where it is (as the figure's link already reads it, sub-areas.ts subAreaOwns)
  const city = cityOfSubArea(doc.region);
  if (city && found === city && subAreaOwns(doc.folded.slice(sentence.start, figure.start), doc.region))
    return doc.region!;
  return found;
}

function placeOf(doc: ZhDocument, sentence: ZhSentence, clause: Span, clauseText: string, figure: ZhFigure): string {
  if (doc.region && namesRegion(clauseText, doc.region)) return doc.region;
  const within = (from: number, to: number) => regionWithin(doc.folded, sentence, from, to);
  const own = within(clause.start, clause.end);
  if (own) return own;
  const before = within(sentence.start, figure.start);
  // 在全国率先迈入…，前三季度全市生产总值同比增长5.5%: 全市 / 本市 in the figure's clause is the document's own city, not
  // the nation an earlier clause measured it against
  if (before === "China" && doc.region && namesWholeCity(doc.folded.slice(clause.start, figure.start)))
    return cityOfSubArea(doc.region) ?? doc.region;
  return before ?? doc.region ?? "Unknown";
}
