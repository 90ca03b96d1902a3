/**
 * A story restates a quantity: "output per head topped 150,000 yuan" in its standfirst, "150,800 yuan" in its body.
 * The exact figure is the series' fact; a bound of the same series, kind, year and period that the exact figure
 * meets and lies close to keeps its value but loses its link. A bound that is the only statement stays linked, and
 * so does the headline's. A milestone passed ("crossed the 4 trillion yuan mark", "topped 120,000 yuan for the first
 * time") is restated by an exact figure further away, and a bound that shares its sentence with the exact figure
 * ("exceeded 4 trillion yuan, reaching 4.32 trillion yuan") is the line passed, whatever the two values. The grouping
 * and the closeness tests are common/restated.ts; the English words of a milestone are here.
 */
import type { Draft } from "../common/facts";
import { SeriesBounds } from "../common/restated";
import { RESTATED_LINE_NOUNS, lineNounGroup } from "./line-nouns";

// "the four-trillion-yuan (about 630 billion U.S. dollars) threshold", "the 2 trillion yuan mark": a line passed
const MILESTONE = lineNounGroup(RESTATED_LINE_NOUNS);
const MILESTONE_AFTER = new RegExp(
  String.raw`^\s*(?:\([^()]{0,80}\)\s*)?${MILESTONE}\b|^[^;.]{0,40}?\bfor the first time\b`,
  "i",
);
// "passed the milestone of 4 trillion yuan", "for the first time topped 120,000 yuan", "marks the first time ... has"
const MILESTONE_BEFORE = new RegExp(
  String.raw`\b${MILESTONE}\s+of\s+(?:about\s+|around\s+)?$|\b(?:for|marks?|marked|marking) the first time\b[^;.]{0,60}$`,
  "i",
);

/** Whether a bound is written as a line passed, not as a claim of its own. */
function milestone(text: string, bound: Draft): boolean {
  const clauseStart = Math.max(bound.clause.start, bound.figure.start - 100);
  const sentenceEnd = Math.min(bound.sentence.end, bound.figure.end + 100);
  return (
    MILESTONE_AFTER.test(text.slice(bound.figure.end, sentenceEnd)) ||
    MILESTONE_BEFORE.test(text.slice(clauseStart, bound.figure.start))
  );
}

/** The linked drafts of one English document, by series, kind, year, period and unit, as its paragraphs are read. */
export class RestatedBounds extends SeriesBounds {
  constructor(text: string) {
    super({ milestone: (bound) => milestone(text, bound) });
  }
}
