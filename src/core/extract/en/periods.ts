/**
 * Part-year expressions: "in the first half", "H1 2024", "the first three quarters", "January-September",
 * "Jan-Sep", "in the first 10 months", "as of the end of October", "Q3". A part-year figure is never a whole year.
 */
import type { Period } from "../../types";
import { parseWordNumber } from "./numbers";

export interface PeriodMention {
  start: number;
  end: number;
  /** null: the text says the whole year ("for the whole of last year", "full-year") */
  period: Period | null;
  /** the year the mention names itself ("the first half of 2024"), if any */
  year?: number;
  /** "of last year", "this year" inside the mention: resolved against the document year */
  relativeYear?: -1 | 0;
  /** "in the period", "during the same period", "in the quarter": the period named last in the document */
  anaphor?: boolean;
  /** for "in the quarter", "in the six months": the number of months the period it refers to covers */
  months?: number;
}

const ANAPHOR =
  /\b(?:in|during|for)\s+the\s+(?:same\s+)?(?:period|quarter|half|(?:two|three|four|five|six|seven|eight|nine|ten|eleven|\d{1,2})\s+months)\b/gi;

const MONTHS = ["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"];
const MONTH =
  "(January|February|March|April|May|June|July|August|September|October|November|December|(?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept|Sep|Oct|Nov|Dec)\\.?)";
// month names are capitalised: "in May" is a month, "it may" is not
const capital = (name: string) => /^[A-Z]/.test(name);
const monthNumber = (name: string) => MONTHS.indexOf(name.slice(0, 3).toLowerCase()) + 1;
// "of 2024", "of the year", "of last year", "this year"
const OF_YEAR = "(?:\\s+(?:of\\s+)?(?:(\\d{4})|(?:the|this)\\s+year|(last|previous)\\s+year))?";
const ORDINAL: Record<string, number> = {
  first: 1,
  second: 2,
  third: 3,
  fourth: 4,
  "1st": 1,
  "2nd": 2,
  "3rd": 3,
  "4th": 4,
};

interface PeriodPattern {
  pattern: RegExp;
  /** a word every mention the pattern gives holds: a text without it is not scanned (most sentences have none) */
  needs: RegExp;
  period: (m: RegExpExecArray) => Period | null | undefined;
  /** index of the group holding a written year, and of the one saying "last year" */
  yearGroup?: number;
  lastYearGroup?: number;
  /** the mention is of the document's year whatever it says ("compared to last January": this January's) */
  thisYear?: true;
}

// the first three letters of a month, the first a capital (under the patterns' /i, "JANUARY" too)
const CAPITAL_MONTH =
  /J[aA][nN]|J[uU][nNlL]|F[eE][bB]|M[aA][rRyY]|A[pP][rR]|A[uU][gG]|S[eE][pP]|O[cC][tT]|N[oO][vV]|D[eE][cC]/;

const PATTERNS: PeriodPattern[] = [
  {
    pattern: new RegExp(
      `\\b(?:for\\s+)?the\\s+(?:whole|full|entire)\\s+(?:of\\s+)?(?:(\\d{4})|the\\s+year|(last)\\s+year|year)|\\bfull[-\\s]year\\b`,
      "gi",
    ),
    needs: /whole|full|entire/i,
    period: () => null,
    yearGroup: 1,
    lastYearGroup: 2,
  },
  {
    // "closed the year at 4.6%", "ended the year up 3 percent": the whole year's reading, after its part years'
    pattern: /\b(?:closed|ended|finished|rounded off)\s+the\s+year\b/gi,
    needs: /year/i,
    period: () => null,
  },
  {
    // ("its first-three-quarters GDP", "for the first-three-quarters of the year": the span written as one word)
    pattern: new RegExp(`\\b(?:the\\s+)?first[-\\s]+(two|three|2|3)[-\\s]+quarters${OF_YEAR}`, "gi"),
    needs: /quarters/i,
    period: (m) => ({ from: 1, to: (parseWordNumber(m[1]) ?? Number(m[1])) * 3 }),
    yearGroup: 2,
    lastYearGroup: 3,
  },
  {
    pattern: new RegExp(`\\b(?:the\\s+)?(first|second|third|fourth|1st|2nd|3rd|4th)\\s+quarter${OF_YEAR}`, "gi"),
    needs: /quarter/i,
    period: (m) => ({ from: ORDINAL[m[1].toLowerCase()] * 3 - 2, to: ORDINAL[m[1].toLowerCase()] * 3 }),
    yearGroup: 2,
    lastYearGroup: 3,
  },
  {
    // ("its first-half revenue": the half written as an adjective)
    pattern: new RegExp(`\\b(?:the\\s+)?(first|second)[-\\s]half${OF_YEAR}`, "gi"),
    needs: /half/i,
    period: (m) => (m[1].toLowerCase() === "first" ? { from: 1, to: 6 } : { from: 7, to: 12 }),
    yearGroup: 2,
    lastYearGroup: 3,
  },
  {
    pattern: /\b(?:(\d{4})\s?)?([HQ])([1-4])(?:\s?(\d{4}))?\b/g,
    needs: /[HQ][1-4]/,
    period: (m) => {
      const n = Number(m[3]);
      if (m[2] === "H") return n <= 2 ? { from: n * 6 - 5, to: n * 6 } : undefined;
      return { from: n * 3 - 2, to: n * 3 };
    },
    yearGroup: 1,
  },
  {
    pattern: new RegExp(
      `\\b(?:the\\s+)?first\\s+(\\d{1,2}|two|three|four|five|six|seven|eight|nine|ten|eleven)\\s+months${OF_YEAR}`,
      "gi",
    ),
    needs: /months/i,
    period: (m) => {
      const n = parseWordNumber(m[1]) ?? Number(m[1]);
      return n >= 1 && n <= 12 ? { from: 1, to: n } : undefined;
    },
    yearGroup: 2,
    lastYearGroup: 3,
  },
  {
    // "January-September", "Jan-Sep", "from January to October", "the January-October period"
    pattern: new RegExp(
      `\\b(?:from\\s+|between\\s+)?${MONTH}\\s*(?:-|–|—|to|through|till|until|and)\\s*${MONTH}(?![a-z])(?:\\s+(?:period\\s+)?(?:of\\s+)?(\\d{4}))?`,
      "gi",
    ),
    needs: CAPITAL_MONTH,
    period: (m) => {
      const from = monthNumber(m[1]);
      const to = monthNumber(m[2]);
      return capital(m[1]) && capital(m[2]) && from >= 1 && to > from ? { from, to } : undefined;
    },
    yearGroup: 3,
  },
  {
    // "as of the end of October", "by the end of October 2024", "as of end-October", "through October"; a day after the
    // month ends the count on that day of it ("as of November 18": January to November)
    pattern: new RegExp(
      `\\b(?:as\\s+of|by|at|through|up\\s+to|until)\\s+(?:the\\s+)?(?:end\\s+of\\s+|end-)?${MONTH}(?![a-z])(?:(?<=as\\s+of\\s+\\S+)\\s+\\d{1,2}(?:st|nd|rd|th)?\\b|(?!\\s+\\d{1,2}\\b)(?:,?\\s+(\\d{4}))?)`,
      "gi",
    ),
    needs: CAPITAL_MONTH,
    period: (m) => (capital(m[1]) ? { from: 1, to: monthNumber(m[1]) } : undefined),
    yearGroup: 2,
  },
  {
    // "the three months ending June 30", "the six months ended September": a span counted back from the month it ends in
    pattern: new RegExp(
      `\\b(?:the\\s+|a\\s+)?(two|three|four|five|six|seven|eight|nine|ten|eleven|\\d{1,2})\\s+months\\s+(?:ending|ended|to|through)\\s+(?:the\\s+end\\s+of\\s+)?${MONTH}(?![a-z])(?:\\s+\\d{1,2}(?:st|nd|rd|th)?\\b)?(?:,?\\s+(\\d{4}))?`,
      "gi",
    ),
    needs: /months/i,
    period: (m) => {
      const n = parseWordNumber(m[1]) ?? Number(m[1]);
      const to = monthNumber(m[2]);
      return capital(m[2]) && n >= 1 && to - n + 1 >= 1 ? { from: to - n + 1, to } : undefined;
    },
    yearGroup: 3,
  },
  {
    // "May alone saw ...": a single month, said apart from the months before it
    pattern: new RegExp(`\\b${MONTH}(?![a-z])(?:\\s+(\\d{4}))?\\s+alone\\b`, "gi"),
    needs: CAPITAL_MONTH,
    period: (m) => (capital(m[1]) ? { from: monthNumber(m[1]), to: monthNumber(m[1]) } : undefined),
    yearGroup: 2,
  },
  {
    // "an increase of 0.2% compared to last January", "up 3% on last March": a month compared with the same month a year
    // before is that month of this year
    pattern: new RegExp(
      `\\b(?:compared\\s+(?:to|with)|than|over|on|from|against|versus|vs\\.?)\\s+(?:the\\s+same\\s+month\\s+)?(?:last|a\\s+year\\s+ago\\s+in)\\s+${MONTH}(?![a-z])`,
      "gi",
    ),
    needs: CAPITAL_MONTH,
    period: (m) => (capital(m[1]) ? { from: monthNumber(m[1]), to: monthNumber(m[1]) } : undefined),
    thisYear: true,
  },
  {
    // "in October", "throughout October" (a single month), not "on October 12"
    pattern: new RegExp(`\\b(?:in|during|throughout)\\s+${MONTH}(?![a-z])(?!\\s+\\d{1,2}\\b)(?:,?\\s+(\\d{4}))?`, "gi"),
    needs: CAPITAL_MONTH,
    period: (m) => (capital(m[1]) ? { from: monthNumber(m[1]), to: monthNumber(m[1]) } : undefined),
    yearGroup: 2,
  },
];

/** Part-year (and explicit whole-year) expressions in text[from, to). */
export function findPeriods(text: string, from: number, to: number): PeriodMention[] {
  const slice = text.slice(from, to);
  if (
    !/half|quarter|month|period|[HQ][1-4]|Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec|whole|full|entire|the year/i.test(
      slice,
    )
  )
    return [];
  const found: PeriodMention[] = [];
  for (const { pattern, needs, period: periodOf, yearGroup, lastYearGroup, thisYear } of PATTERNS) {
    if (!needs.test(slice)) continue;
    pattern.lastIndex = 0;
    for (let m = pattern.exec(slice); m; m = pattern.exec(slice)) {
      const start = from + m.index;
      const end = start + m[0].length;
      if (found.some((p) => start < p.end && end > p.start)) continue;
      const period = periodOf(m);
      if (period === undefined) continue;
      const mention: PeriodMention = { start, end, period };
      const written = yearGroup ? m[yearGroup] : undefined;
      if (written) mention.year = Number(written);
      else if (lastYearGroup && m[lastYearGroup]) mention.relativeYear = -1;
      else if (thisYear || /\b(?:this|the)\s+year\b/i.test(m[0])) mention.relativeYear = 0;
      found.push(mention);
    }
  }
  ANAPHOR.lastIndex = 0;
  for (let m = ANAPHOR.exec(slice); m; m = ANAPHOR.exec(slice)) {
    const start = from + m.index;
    const end = start + m[0].length;
    // "in the same period last year" is a comparison's base, not this figure's period
    if (
      /^\s+(?:of\s+)?(?:last|the previous|the prior)\s+year|^\s+a\s+year\s+(?:earlier|ago|before)/i.test(
        text.slice(end, end + 24),
      )
    )
      continue;
    const noun = /(quarter|half|(\w+)\s+months)$/i.exec(m[0]);
    const months = !noun
      ? undefined
      : /quarter/i.test(noun[1])
        ? 3
        : /half/i.test(noun[1])
          ? 6
          : (parseWordNumber(noun[2]) ?? Number(noun[2]));
    if (!found.some((p) => start < p.end && end > p.start))
      found.push({ start, end, period: null, anaphor: true, months: months || undefined });
  }
  return found.sort((a, b) => a.start - b.start);
}

// "2.1 points faster than that in the first quarter", "compared with the first quarter": the period a figure is
// compared with, not one the story reports in
const COMPARED_PERIOD_BEFORE =
  /\b(?:than|compared (?:with|to)|against|versus)\s+(?:(?:that|those)\s+)?(?:(?:in|of|for|during)\s+)?$/i;

/**
 * Anaphors take the period the document named last ("In the first half ... In the period, ..."), not one only
 * compared with ("In the first half, output rose 5 percent, faster than in the first quarter. Sales during the
 * period ..." is the half's); with none, they are dropped. Returns the mentions and the period to carry on to the
 * next sentences.
 */
export function resolveAnaphors(
  mentions: PeriodMention[],
  history: PeriodMention[],
  text?: string,
): { mentions: PeriodMention[]; history: PeriodMention[] } {
  const resolved: PeriodMention[] = [];
  let recent = history;
  for (const mention of mentions) {
    const compared =
      text !== undefined && COMPARED_PERIOD_BEFORE.test(text.slice(Math.max(0, mention.start - 40), mention.start));
    if (!mention.anaphor && compared) resolved.push(mention);
    else if (!mention.anaphor) {
      resolved.push(mention);
      // a whole year ends what "the period" can refer to
      recent = mention.period ? [mention, ...recent].slice(0, 4) : [];
    } else {
      // "in the quarter" is the last quarter named, not the last month
      const months = mention.months;
      const referent = recent.find((p) => !months || (p.period && p.period.to - p.period.from + 1 === months));
      if (referent) resolved.push({ ...referent, start: mention.start, end: mention.end, anaphor: false });
    }
  }
  return { mentions: resolved, history: recent };
}

/**
 * The year a part-year figure belongs to when its text names none: the document's year, or the year before when
 * the period ends after the document's month (a January report on "the first three quarters").
 */
export function yearOfPeriod(period: Period, referenceYear: number, referenceMonth: number | null): number {
  return referenceMonth !== null && period.to > referenceMonth ? referenceYear - 1 : referenceYear;
}

/**
 * Whether a sentence names two or more different parts of the year ("5.4% in Q1, 5.2% in Q2, 4.8% in Q3"): a breakdown
 * by part, after which the paragraph does not go on in the last part named.
 */
export function namesSeveralParts(mentions: PeriodMention[]): boolean {
  const parts = mentions.flatMap((m) => (m.period ? [m.period] : []));
  return parts.some((p) => p.from !== parts[0].from || p.to !== parts[0].to);
}
