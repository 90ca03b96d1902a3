/**
 * "From 2012 to 2021, the city's R&D spending rose from 67.95 billion yuan to 181.98 billion yuan": a change from one
 * figure to another over a span of years gives the first figure the span's first year and the second its last.
 */
import type { Context, Placed } from "./context";
import { parseWordNumber } from "./numbers";
import type { Sentence } from "./segments";
import type { YearMention } from "./years";

// ("from RMB 2.1 trillion": a currency code may stand apart from its number)
const FROM_BEFORE = /\bfrom\s+(?:about\s+|around\s+|nearly\s+|some\s+)?(?:(?:US\$|HK\$|RMB|CNY|USD|\$|¥)\s?)?$/i;
const CHANGE_GOES_ON = /^(?:[^.;]|\.(?=\d)){0,40}?\bto\s+(?:about\s+|around\s+)?\S{0,4}\s?\d/i;
const TO_BEFORE = /\bto\s+(?:about\s+|around\s+|nearly\s+|some\s+)?(?:(?:US\$|HK\$|RMB|CNY|USD|\$|¥)\s?)?$/i;
// the span is written as one: "from 2012 to 2021", "between 2012 and 2021", "2012-2021", "in the decade 2012-21"
const SPAN_BEFORE = /\b(?:from|between|during|in|over|of)\s+(?:the\s+)?$/i;

/**
 * The year of a figure that opens or closes a "from ... to ..." change in a sentence that names a past span of years,
 * or null when the figure is in no such change.
 */
export function spanYearOf(ctx: Context, sentence: Sentence, placed: Placed): YearMention | null {
  const { figure } = placed;
  if (!sentence.text.includes("from")) return null;
  const own = ownYearOfChange(ctx, sentence, figure);
  if (own) return own;
  const span =
    spanBefore(ctx, sentence, figure.start) ?? pastYears(ctx, sentence, figure.start) ?? reviewedSpan(ctx, sentence);
  if (!span || (ctx.referenceYear !== null && span[1] > ctx.referenceYear)) return null;
  const mention = { start: span[2], end: span[3] };
  const before = ctx.text.slice(Math.max(sentence.start, figure.start - 24), figure.start);
  if (FROM_BEFORE.test(before)) {
    // the change must go on to a second figure: "from 3.31 percent to 4.21 percent" (a bracketed conversion between,
    // "from 4.1 trillion yuan ($570.2 billion) to", is no end of the sentence)
    if (!CHANGE_GOES_ON.test(ctx.text.slice(figure.end, figure.end + 60))) return null;
    return { ...mention, year: span[0] };
  }
  // the second figure closes a change the first opened: "... from 67.95 billion yuan to"
  const opening = ctx.text.slice(Math.max(sentence.start, figure.start - 80), figure.start);
  if (TO_BEFORE.test(before) && /\bfrom\s+(?:about\s+|around\s+)?\S{0,4}\s?\d[^;]*$/i.test(opening))
    return { ...mention, year: span[1] };
  return null;
}

/** The first span of years the sentence names before the figure: [first, last, start, end], or null. */
function spanBefore(ctx: Context, sentence: Sentence, figureStart: number): [number, number, number, number] | null {
  const years = ctx.years.filter((y) => y.start >= sentence.start && y.end <= figureStart);
  for (const [i, y] of years.entries()) {
    const lead = ctx.text.slice(Math.max(sentence.start, y.start - 12), y.start);
    // "from 2012 to 2021", "2012-2021" (one mention with its period)
    if (y.period && /^\d{4}/.test(ctx.text.slice(y.start, y.end)) && SPAN_BEFORE.test(lead))
      return [y.period[0], y.period[1], y.start, y.end];
    // "between 2013 and 2022" (two mentions)
    const next = years[i + 1];
    if (!y.period && next && !next.period && next.year > y.year && /\bbetween\s+$/i.test(lead))
      if (/^\s+and\s+$/.test(ctx.text.slice(y.end, next.start))) return [y.year, next.year, y.start, next.end];
  }
  return null;
}

// "over the past five years", "in the last three years": a span that ends with the last full year before the report
const PAST_YEARS =
  /\b(?:the\s+)?(?:past|last|previous|preceding)\s+(two|three|four|five|six|seven|eight|nine|ten|[2-9]|1[0-9])\s+years\b/i;
// how far back in the paragraph a span of past years still dates a change
const PAST_YEARS_REACH = 400;

/**
 * "The past five years saw great strides. GDP increased from 2.1 trillion yuan to 2.9 trillion yuan.": a change that
 * names no year of its own, in a paragraph that reviews the past N years, goes from N years before the last full year
 * (the story's year, else the year before the report) to that year. Returns [first, last, start, end] of the words.
 */
function pastYears(ctx: Context, sentence: Sentence, figureStart: number): [number, number, number, number] | null {
  if (ctx.referenceYear === null) return null;
  const own = ctx.years.some((y) => y.start >= sentence.start && y.end <= sentence.end);
  if (own) return null;
  const paragraphStart = ctx.text.lastIndexOf("\n", sentence.start - 1) + 1;
  const from = Math.max(paragraphStart, sentence.start - PAST_YEARS_REACH);
  const match = PAST_YEARS.exec(ctx.text.slice(from, figureStart));
  if (!match) return null;
  const count = parseWordNumber(match[1]) ?? Number(match[1]);
  const last = ctx.storyYear ?? ctx.referenceYear - 1;
  const start = from + match.index;
  return [last - count, last, start, start + match[0].length];
}

/**
 * "During the 11th Five-Year Plan period (2006-10) ... GDP grew from 1.2 trillion yuan to 1.9 trillion yuan": on a page
 * that looks back on an ended plan period, a change that names no year of its own goes from the plan's base year (the
 * year before its first) to its last.
 */
function reviewedSpan(ctx: Context, sentence: Sentence): [number, number, number, number] | null {
  const plan = ctx.reviewedPlan;
  if (!plan || ctx.years.some((y) => y.start >= sentence.start && y.end <= sentence.end)) return null;
  return [plan[0] - 1, plan[1], sentence.start, sentence.start];
}

/** "from 567 km in 2013 to 831 km in 2022": each end of a change written with its own year takes it. */
function ownYearOfChange(ctx: Context, sentence: Sentence, figure: { start: number; end: number }): YearMention | null {
  const tail = ctx.text.slice(figure.end, figure.end + 16);
  const after = /^\s+in\s+((?:19|20)\d{2})\b/.exec(tail);
  // "from 567 km in 2013 to 831 km today": the closing end stands as the report does
  const now = !after && ctx.referenceYear !== null && /^\s+(?:today|now|at present|currently)\b/i.test(tail);
  if (!after && !now) return null;
  const before = ctx.text.slice(Math.max(sentence.start, figure.start - 24), figure.start);
  const opens = FROM_BEFORE.test(before) && /^\s+in\s+\d{4}\s+to\s/.test(ctx.text.slice(figure.end, figure.end + 16));
  const closes =
    TO_BEFORE.test(before) &&
    /\bfrom\s+\S{0,4}\s?\d[^;]*\bin\s+(?:19|20)\d{2}\s+to\s+(?:\S{1,4}\s?)?$/i.test(
      ctx.text.slice(Math.max(sentence.start, figure.start - 80), figure.start),
    );
  if (now) return closes ? { start: figure.end, end: figure.end + 1, year: ctx.referenceYear! } : null;
  if (!after || (!opens && !closes)) return null;
  const start = figure.end + after[0].length - 4;
  return { start, end: start + 4, year: Number(after[1]) };
}
