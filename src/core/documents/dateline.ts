/**
 * The publication date a document states about itself: a labelled date ("date 2022-06-16", "Updated: 2024-11-27"),
 * a date line in the header ("2024-01-24 10:15", "June 16, 2022"), a dateline ("SHANGHAI, June 16, 2022 --") or a
 * date in brackets ("(30th Mar, 2024)"). Only the head of the document is read for these (a date in the body is
 * an event, not the publication); a date without a year ("Jan. 24 --") is not a publication date.
 */
import { isoDate, MONTHS } from "./calendar";

export type DateCue = "label" | "header" | "dateline" | "brackets" | "updated";

export interface StatedDate {
  /** YYYY-MM-DD */
  date: string;
  /** the date as written, verbatim at start..end of the text */
  quote: string;
  start: number;
  end: number;
  /** what made it the publication date */
  cue: DateCue;
}

/** How much of the document's head is searched: publication dates stand above the story. */
const HEAD_CHARS = 3000;
const HEAD_LINES = 25;
/** Lines this short, opening or ending with a date, are header lines (a sentence is longer or ends with a stop). */
const HEADER_LINE_CHARS = 90;
const HEADER_LINES = 12;

const MONTH =
  "(january|february|march|april|may|june|july|august|september|october|november|december|sept|jan|feb|mar|apr|jun|jul|aug|sep|oct|nov|dec)";
const DAY = "(\\d{1,2})(?:st|nd|rd|th)?";
const TIME = "(?:[ T]\\d{1,2}:\\d{2}(?::\\d{2})?(?:\\s?(?:am|pm|a\\.m\\.|p\\.m\\.))?)?";
const DATE_FORMS = [
  `(\\d{4})[-/.](\\d{1,2})[-/.](\\d{1,2})(?!\\d)${TIME}`, // 2024-01-24 10:15, 2024/1/24
  `(\\d{4})\\s?年\\s?(\\d{1,2})\\s?月\\s?(\\d{1,2})\\s?日`, // 2024年1月24日
  `\\b${MONTH}\\.?\\s+${DAY},?\\s+(\\d{4})(?!\\d)${TIME}`, // June 16, 2022; Jan. 24 2024
  `\\b${DAY}\\s+(?:of\\s+)?${MONTH}\\.?,?\\s+(\\d{4})(?!\\d)`, // 30th Mar, 2024; 16 June 2022
  `\\b(\\d{1,2})/(\\d{1,2})/(\\d{4})(?!\\d)`, // 24/01/2024 or 01/24/2024, only when unambiguous
];
const DATE = new RegExp(DATE_FORMS.map((form) => `(?:${form})`).join("|"), "gi");

const LABEL =
  /(?:^|[\s([|/·•])(date|dated|published(?: on| at)?|publication date|posted(?: on| at)?|release date|released on|issued on|(?:last )?updated(?: on| at)?|time)\s*[:：]?\s*$/i;

interface DateToken {
  date: string;
  start: number;
  end: number;
}

function tokenOf(match: RegExpExecArray): DateToken | null {
  const g = match.slice(1);
  let date: string | null = null;
  if (g[0] !== undefined) date = isoDate(+g[0], +g[1], +g[2]);
  else if (g[3] !== undefined) date = isoDate(+g[3], +g[4], +g[5]);
  else if (g[6] !== undefined) date = isoDate(+g[8], MONTHS[g[6].toLowerCase()], +g[7]);
  else if (g[9] !== undefined) date = isoDate(+g[11], MONTHS[g[10].toLowerCase()], +g[9]);
  else if (g[12] !== undefined) {
    const [a, b, year] = [+g[12], +g[13], +g[14]];
    // 05/06/2024 could be either; only a day above 12 says which is the month
    if (a > 12 && b <= 12) date = isoDate(year, b, a);
    else if (b > 12 && a <= 12) date = isoDate(year, a, b);
  }
  const quote = match[0].trimEnd();
  return date ? { date, start: match.index, end: match.index + quote.length } : null;
}

function lineAround(text: string, start: number, end: number): { before: string; after: string; line: number } {
  const lineStart = text.lastIndexOf("\n", start - 1) + 1;
  const next = text.indexOf("\n", end);
  const lineEnd = next < 0 ? text.length : next;
  const line = (text.slice(0, lineStart).match(/\n\s*\S/g) ?? []).length; // non-empty lines above
  return { before: text.slice(lineStart, start), after: text.slice(end, lineEnd), line };
}

function cueOf(text: string, token: DateToken): DateCue | null {
  const { before, after, line } = lineAround(text, token.start, token.end);
  const label = LABEL.exec(before);
  if (label) return /updated/i.test(label[1]) ? "updated" : "label";
  if (line >= HEADER_LINES) return null;
  if (/\(\s*$/.test(before) && /^\s*\)/.test(after)) return "brackets";
  if (/^\s*[A-Z][A-Za-z .'’-]{1,40},\s*$/.test(before) && /^\s*(?:\(|--|—|–|-|:|\/)/.test(after)) return "dateline";
  const length = before.length + (token.end - token.start) + after.length;
  const opens = !/\S/.test(before.replace(/[|/·•\s-]+$/, ""));
  const closes = !/\S/.test(after.replace(/^[\s|/·•)\]-]+/, "").replace(/^(?:source|by|from|editor)\b.*$/i, ""));
  if (length <= HEADER_LINE_CHARS && (opens || closes) && !/[.!?]["”’)]*\s*$/.test(after)) return "header";
  return null;
}

const CUE_RANK: Record<DateCue, number> = { label: 0, header: 1, dateline: 1, brackets: 1, updated: 2 };

function headOf(text: string): string {
  let end = Math.min(text.length, HEAD_CHARS);
  let lines = 0;
  for (let i = text.search(/\S/); i >= 0 && i < end; i = text.indexOf("\n", i + 1)) {
    if (++lines > HEAD_LINES) {
      end = i;
      break;
    }
  }
  return text.slice(0, end);
}

/**
 * The publication date the text states, or null. A labelled date wins over a header line, dateline or bracketed
 * date (the first of them), and those over an "Updated:" date.
 */
export function findStatedDate(text: string): StatedDate | null {
  const head = headOf(text);
  let best: StatedDate | null = null;
  DATE.lastIndex = 0;
  for (let match = DATE.exec(head); match; match = DATE.exec(head)) {
    const token = tokenOf(match);
    if (!token) continue;
    const cue = cueOf(head, token);
    if (!cue) continue;
    if (!best || CUE_RANK[cue] < CUE_RANK[best.cue])
      best = { date: token.date, quote: text.slice(token.start, token.end), start: token.start, end: token.end, cue };
    if (cue === "label") break;
  }
  return best;
}
