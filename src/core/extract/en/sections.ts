/**
 * The year a stretch of a document is about when its sentences do not say: a title or section heading that names
 * one ("Statistical Communiqué ... on the 2024 ...", "II. Main Targets for 2025"), or a paragraph that opens with it
 * ("In 2024, ...", "Over the past year, ...").
 */
import type { Span } from "../common/facts";
import { findYears } from "./years";

const MAX_HEADING = 160;
// "January 15, 2025", "15 March 2025": a date in a byline, not the subject of the section
const DATE_BEFORE = /(?:\b\d{1,2},?|\b(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\.?)\s*$/;

/** A short line with no sentence end: a title or a heading. */
export function isHeading(text: string, paragraph: Span): boolean {
  const line = text.slice(paragraph.start, paragraph.end).trim();
  return line.length <= MAX_HEADING && !/[.!?。:;,]["'”’)]?$/.test(line) && line.split(/\s+/).length <= 24;
}

/** The one year a heading names (null when it names none or several). */
export function headingYear(text: string, paragraph: Span, referenceYear: number | null): number | null {
  const years = findYears(text, paragraph.start, paragraph.end, referenceYear).filter(
    (y) => !y.period && !DATE_BEFORE.test(text.slice(Math.max(0, y.start - 12), y.start)),
  );
  const distinct = new Set(years.map((y) => y.year));
  return distinct.size === 1 ? years[0].year : null;
}

const LEAD_YEAR = /^(?:In|During|For|Throughout)\s+((?:19|20)\d{2})\b(?!\s?[-–])/;
const LEAD_LAST_YEAR = /^(?:Last year|In the past year|Over the past year|In the previous year)\b/;

/** The year a paragraph opens with, which dates its later sentences too. */
export function leadYear(text: string, paragraph: Span, referenceYear: number | null): number | null {
  const opening = text.slice(paragraph.start, Math.min(paragraph.end, paragraph.start + 40));
  const year = LEAD_YEAR.exec(opening);
  if (year) return Number(year[1]);
  return LEAD_LAST_YEAR.test(opening) && referenceYear !== null ? referenceYear - 1 : null;
}
