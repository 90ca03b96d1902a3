/**
 * The year a stretch of a document is about when its sentences do not say: a title or section heading that names
 * one ("Statistical Communiqué ... on the 2024 ...", "II. Main Targets for 2025"), or a paragraph that opens with it
 * ("In 2024, ...", "Over the past year, ...").
 */
import type { Span } from "../common/facts";
import { comparedBefore } from "./when";
import { findYears } from "./years";

const MAX_HEADING = 160;
// "January 15, 2025", "15 March 2025": a date in a byline, not the subject of the section
const DATE_BEFORE = /(?:\b\d{1,2},?|\b(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\.?)\s*$/;

/** A short line with no sentence end: a title or a heading. */
export function isHeading(text: string, paragraph: Span): boolean {
  const line = text.slice(paragraph.start, paragraph.end).trim();
  return line.length <= MAX_HEADING && !/[.!?。:;,]["'”’)]?$/.test(line) && line.split(/\s+/).length <= 24;
}

export interface HeadingYears {
  /** the one year the heading names ("on the 2024 National Economic ...", "Main Targets for 2025") */
  year: number | null;
  /** the last year of a plan period it names ("Action Plan ... (2026-2028)"): the year of targets that name none */
  targetYear: number | null;
}

/** The years a heading names (null when it names none or several). */
export function headingYears(text: string, paragraph: Span, referenceYear: number | null): HeadingYears {
  const mentions = findYears(text, paragraph.start, paragraph.end, referenceYear).filter(
    (y) => !DATE_BEFORE.test(text.slice(Math.max(0, y.start - 12), y.start)),
  );
  const years = mentions.filter((y) => !y.period);
  const periods = mentions.filter((y) => y.period);
  const distinct = new Set(years.map((y) => y.year));
  const year = distinct.size === 1 ? years[0].year : null;
  return { year, targetYear: periods.length === 1 ? periods[0].year : year };
}

/**
 * The year a news story reports on, when its sentences leave it out: the first year its lead paragraph (the first
 * with a figure) names, "last year" included, else the first "in 2024" of the text, when it is before the publication
 * year (a story of April 2025 about 2024 dates its yearless figures 2024).
 */
export function storyYear(text: string, referenceYear: number | null): number | null {
  if (referenceYear === null) return null;
  const head = text.slice(0, 6000);
  const lead = LEAD_PARAGRAPH.exec(head);
  // the lead's time, or the one a line before it gives ("The industry kept growing last year.\nIts revenue rose 21 %")
  const leadText = lead ? head.slice(0, lead.index + lead[0].length) : "";
  const inLead = lead ? LEAD_TIME.exec(leadText) : null;
  // ("Shipments are down 9% year-to-date", "... this week": a lead told of the present is of the report's year, whatever
  // year a later paragraph looks back on)
  if (!inLead && LEAD_PRESENT.test(leadText)) return null;
  const found = inLead ?? firstOwnYear(head);
  if (!found) return null;
  const year = found[1] ? Number(found[1]) : /^(?:last|Last)/.test(found[0]) ? referenceYear - 1 : referenceYear;
  return year < referenceYear && year >= referenceYear - 2 ? year : null;
}
const IN_YEAR = /\b(?:in|In|for|For|of)\s+((?:19|20)\d{2})\b(?!\s?[-–]\s?\d)(?!\s+(?:levels?|to)\b)/;
const IN_YEARS = new RegExp(IN_YEAR.source, "g");

/** The first "in 2024" of the text that is not only compared with ("an increase over the planned number in 2022"). */
function firstOwnYear(head: string): RegExpExecArray | null {
  IN_YEARS.lastIndex = 0;
  for (let m = IN_YEARS.exec(head); m; m = IN_YEARS.exec(head))
    if (!comparedBefore(head.slice(Math.max(0, m.index - 40), m.index + m[0].length - 4))) return m;
  return null;
}
const LEAD_PRESENT = /\b(?:year-to-date|year to date|so far this year|this (?:week|month))\b/i;
const LEAD_TIME = new RegExp(`${IN_YEAR.source}|\\b(?:[Ll]ast|[Tt]his) year\\b(?!['’])`);
// the first paragraph that states a figure (a number with its unit) in a sentence: a headline's figure has no date
const LEAD_PARAGRAPH =
  /^.*\d(?:[\d,.]*\d)?\s*(?:%|percent|per cent|(?:million|billion|trillion)?\s*(?:yuan|dollars|units|vehicles|projects)).*[.!?]["'”’)]?[ \t]*$/im;

const LEAD_YEAR = /^(?:In|During|For|Throughout)\s+((?:19|20)\d{2})\b(?!\s?[-–])/;
const LEAD_TARGET_YEAR = /^(?:By|By the end of|In|For)\s+((?:19|20)\d{2})\b(?!\s?[-–])/;

/** The target year a paragraph opens with ("By 2028, ..."), which its later targets share. */
// "This year, the city arranged 191 major projects. ... 15 are planned to start": the plans are for the report's year
const LEAD_THIS_YEAR = /^(?:This year|For this year|For the year)\b/;

export function leadTargetYear(text: string, paragraph: Span, referenceYear: number | null = null): number | null {
  const opening = text.slice(paragraph.start, Math.min(paragraph.end, paragraph.start + 40));
  const year = LEAD_TARGET_YEAR.exec(opening);
  if (year) return Number(year[1]);
  return LEAD_THIS_YEAR.test(opening) ? referenceYear : null;
}
const LEAD_LAST_YEAR = /^(?:Last year|In the past year|Over the past year|In the previous year)\b/;

/** The year a paragraph opens with, which dates its later sentences too. */
export function leadYear(text: string, paragraph: Span, referenceYear: number | null): number | null {
  const opening = text.slice(paragraph.start, Math.min(paragraph.end, paragraph.start + 40));
  const year = LEAD_YEAR.exec(opening);
  if (year) return Number(year[1]);
  return LEAD_LAST_YEAR.test(opening) && referenceYear !== null ? referenceYear - 1 : null;
}
