/**
 * Which figure counts when sources disagree for one indicator, year and period (README "Which figure counts"):
 *   1. the analyst's own figure (typed into the workbook's tables, or imported with --data / Import figures);
 *   2. then the most recent publication: a table figure's `published` date, a document fact's document date;
 *   3. then the exact figure over a bound ("611,500" over "more than 600,000"), then the earlier in its text.
 */
import { isAnalystFigure } from "../figures";
import type { DocumentInfo, Fact } from "../types";

export const FIGURE_RULE = "the analyst's own figure counts first, then the most recent publication, then older ones";

export type DateOf = (fact: Fact) => string;

/** The publication date a fact carries: its table row's `published`, or its document's date ("" when unknown). */
export function publicationDates(documents: DocumentInfo[]): DateOf {
  const dates = new Map(documents.map((d) => [d.file, d.date]));
  return (fact) => fact.source?.published ?? dates.get(fact.doc) ?? "";
}

function compare(a: Fact, b: Fact, dateOf: DateOf): number {
  const analyst = Number(isAnalystFigure(b)) - Number(isAnalystFigure(a));
  if (analyst) return analyst;
  // ISO dates compare as text; localeCompare would load ICU's collator, slow on a page's first call
  const [dateA, dateB] = [dateOf(a), dateOf(b)];
  const byDate = dateB < dateA ? -1 : dateB > dateA ? 1 : 0;
  if (byDate) return byDate;
  const exact = Number(a.comparator !== "=") - Number(b.comparator !== "=");
  return exact || a.start - b.start;
}

/** The facts of one slot, the one that counts first. */
export function rankFigures(facts: Fact[], dateOf: DateOf): Fact[] {
  return facts.length < 2 ? facts : [...facts].sort((a, b) => compare(a, b, dateOf));
}

/** Why the first of ranked facts counts over the others, in words ("the most recent publication, 2025-01-20"). */
export function whyItCounts(ranked: Fact[], dateOf: DateOf): string {
  const [first, second] = ranked;
  if (!second) return "the only source";
  if (isAnalystFigure(first) && !isAnalystFigure(second)) return "the analyst's own figure";
  const date = dateOf(first);
  if (date && date !== dateOf(second)) return `the most recent publication (${date})`;
  return first.comparator === "=" && second.comparator !== "=" ? "the exact figure over a bound" : "the first stated";
}

/** Who stated a fact, for messages: "Example Bureau, 2024-02-20" for a table figure, else its document. */
export function sourceLabel(fact: Fact): string {
  if (fact.source)
    return `${fact.source.publisher}, ${fact.source.published}${fact.source.analyst ? ", own figure" : ""}`;
  return fact.doc;
}

/** One source of a figure: the document, or for a table figure its row's publication. */
export function sourceKey(fact: Fact): string {
  return fact.source ? `${fact.doc}|${fact.source.url}|${fact.source.publisher}|${fact.source.published}` : fact.doc;
}
