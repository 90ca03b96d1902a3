/** Year expressions: 2025, (2021-25), the 14th Five-Year Plan, last year, this year. */

export interface YearMention {
  start: number;
  end: number;
  year: number;
  /** a plan period such as (2021-25): the year is its last year */
  period?: [number, number];
}

/** First year of China's Nth Five-Year Plan, for the plans since the 11th (2006-10). */
function fiveYearPlanStart(ordinal: number): number | null {
  return ordinal >= 11 && ordinal <= 30 ? 2006 + (ordinal - 11) * 5 : null;
}

// words every mention of a pattern holds: a text without them is not scanned for it
const YEAR_DIGITS = /(?:19|20)\d\d/;
const YEAR_WORD = /year/i;

const YEAR_PATTERNS: {
  pattern: RegExp;
  needs: RegExp;
  resolve: (m: RegExpExecArray, ref: number | null) => YearMention["year"] | null;
  /** for periods: their first year */
  first?: (m: RegExpExecArray) => number;
}[] = [
  // "the 14th Five-Year Plan period" is 2021-25; its targets are for 2025
  {
    pattern: /\b(\d{1,2})(?:st|nd|rd|th)\s+Five[-\s]Year\s+Plan\b/gi,
    needs: YEAR_WORD,
    resolve: (m) => {
      const start = fiveYearPlanStart(Number(m[1]));
      return start === null ? null : start + 4;
    },
    first: (m) => fiveYearPlanStart(Number(m[1]))!,
  },
  // (2021-25), 2021-2025, 2021 to 2025
  {
    pattern: /\b((?:19|20)\d{2})\s?(?:-|–|to)\s?((?:19|20)?\d{2})\b/g,
    needs: YEAR_DIGITS,
    resolve: (m) => periodEnd(m),
    first: (m) => Number(m[1]),
  },
  {
    pattern: /\b(?:last year|a year earlier|a year ago|the previous year|the year before|the prior year)(?:'s|’s)?/gi,
    needs: YEAR_WORD,
    resolve: (_m, ref) => (ref === null ? null : ref - 1),
  },
  { pattern: /\b(?:this year|the current year|so far this year)\b/gi, needs: YEAR_WORD, resolve: (_m, ref) => ref },
  { pattern: /\bnext year\b/gi, needs: YEAR_WORD, resolve: (_m, ref) => (ref === null ? null : ref + 1) },
  // a work report's "targets for the year ahead"; "on the verge of exceeding" is about to happen, this year
  {
    pattern: /\b(?:the year ahead|the coming year|on the verge of)\b/gi,
    needs: /year|verge/i,
    resolve: (_m, ref) => ref,
  },
  { pattern: /\b((?:19|20)\d{2})\b(?!\s?(?:-|–)\s?\d)/g, needs: YEAR_DIGITS, resolve: (m) => Number(m[1]) },
];

function periodEnd(m: RegExpExecArray): number {
  const first = Number(m[1]);
  const second = m[2].length === 2 ? Math.floor(first / 100) * 100 + Number(m[2]) : Number(m[2]);
  return second;
}

/** Year expressions in text[from, to), with the years they name. */
export function findYears(text: string, from: number, to: number, referenceYear: number | null): YearMention[] {
  const slice = text.slice(from, to);
  const found: YearMention[] = [];
  const holds = new Map<RegExp, boolean>();
  for (const { pattern, needs, resolve, first: firstOf } of YEAR_PATTERNS) {
    if (!holds.has(needs)) holds.set(needs, needs.test(slice));
    if (!holds.get(needs)) continue;
    pattern.lastIndex = 0;
    for (let m = pattern.exec(slice); m; m = pattern.exec(slice)) {
      const start = from + m.index;
      const end = start + m[0].length;
      if (found.some((y) => start < y.end && end > y.start)) continue;
      // Event names (Smart China Expo 2021) and "Partners 2021" are labels, still years.
      const year = resolve(m, referenceYear);
      if (year === null || year === undefined) continue;
      if (firstOf) {
        const first = firstOf(m);
        if (year <= first || year - first > 20) continue;
        found.push({ start, end, year, period: [first, year] });
      } else {
        found.push({ start, end, year });
      }
    }
  }
  found.sort((a, b) => a.start - b.start);
  countBack(text, found);
  return found;
}

// "In 2021 the market was worth 700 billion yuan, up from 600 billion of the previous year": the year before 2021
const BEFORE_ANOTHER = /^(?:a year earlier|the previous year|the year before|the prior year)/i;

/** A year counted back ("the previous year") after a year the text names is the year before that one. */
function countBack(text: string, found: YearMention[]): void {
  let named: number | null = null;
  for (const mention of found) {
    if (!mention.period && /^\d{4}$/.test(text.slice(mention.start, mention.end))) named = mention.year;
    else if (named !== null && BEFORE_ANOTHER.test(text.slice(mention.start, mention.end))) mention.year = named - 1;
  }
}
