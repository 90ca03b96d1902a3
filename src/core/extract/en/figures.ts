/** Finds the figures in a stretch of text: money, counts, percentages, fractions and multiples. */
import { FRACTIONS, MULTIPLES, parseDigits, parseWordNumber, SCALES, WORD_NUMBER_SOURCE } from "./numbers";

export type FigureClass = "money" | "count" | "percent" | "fraction" | "multiple" | "bare";

export interface Figure {
  start: number;
  end: number;
  value: number;
  cls: FigureClass;
  /** CNY, USD, EUR, ... for money; the counted noun for counts; "ratio" for percent and fraction */
  unit: string;
  /** "offline projects", "new energy vehicles": the counted noun with its modifiers, as written */
  nounPhrase?: { start: number; end: number; text: string };
  /** a bracketed conversion "(US$84.3 billion)" of a money figure */
  equivalent?: { value: number; unit: string };
  /** the percent is a change in percentage points, not a level */
  points?: boolean;
}

const CURRENCY_PREFIX: [RegExp, string][] = [
  [/(?:US\$|USD|US dollars?)\s?$/i, "USD"],
  [/HK\$\s?$/i, "HKD"],
  [/(?:€|EUR)\s?$/, "EUR"],
  [/£\s?$/, "GBP"],
  [/(?:¥|RMB|CNY|Rmb)\s?$/, "CNY"],
  [/\$\s?$/, "USD"],
];
const CURRENCY_SUFFIX =
  /^\s?(Chinese yuan|yuan|renminbi|RMB|CNY|US dollars|U\.S\. dollars|dollars|USD|euros?|EUR|HK dollars|Hong Kong dollars)(?![A-Za-z])/i;
const SCALE_AFTER = /^(?:\s+|-)?(thousand|million|billion|trillion|mln|bln|mn|bn|trn|tn|k|m|b)(?![A-Za-z])/i;
const PERCENT_AFTER = /^\s?(%|percent|per cent|pct)(?![A-Za-z])(\s+points?|\s+percentage points?)?/i;
const POINTS_AFTER = /^\s?percentage points?/i;
const MONTH_BEFORE = /\b(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\.?\s+$/;
const MONTH_AFTER = /^\s+(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\b/;

export const COUNTED_NOUNS =
  "projects?|parks?|vehicles?|NEVs|EVs|cars|units|companies|company|enterprises|firms|factories|plants|jobs|patents|" +
  "stations|contracts|deals|agreements|startups|start-ups|tonnes|tons|sets|products|investors|hospitals|" +
  "zones|bases|labs|laboratories|pilots|households|users|subscribers|visitors|tourists|students";
const NOUN_AFTER = new RegExp(
  `^((?:\\s+(?!(?:and|or|of|in|on|at|to|for|with|by|from|the|a|an|worth|valued|were|was|is|are|that|which|per|each|more|than|signed|new)\\b)[A-Za-z][\\w&'’-]*){0,3}?` +
    `|(?:\\s+new(?:\\s+[A-Za-z][\\w-]*){0,2}?))\\s+(${COUNTED_NOUNS})\\b`,
);
const FRACTION_SOURCE = Object.keys(FRACTIONS)
  .sort((a, b) => b.length - a.length)
  .map((key) => key.replace(/[-\s]/g, "[-\\s]"))
  .join("|");
const MULTIPLE_SOURCE = Object.keys(MULTIPLES)
  .sort((a, b) => b.length - a.length)
  .join("|");

const DIGIT_NUMBER = /(\d{1,3}(?:,\d{3})+|\d+)(\.\d+)?/g;
const WORD_NUMBER = new RegExp(`\\b(${WORD_NUMBER_SOURCE})\\b`, "gi");
const FRACTION = new RegExp(`\\b(${FRACTION_SOURCE})\\b`, "gi");
const MULTIPLE = new RegExp(`\\b(${MULTIPLE_SOURCE})\\b|\\b(\\d+|two|three|four|five|ten)\\s+times\\b`, "gi");

function currencyBefore(before: string): { unit: string; length: number } | undefined {
  for (const [pattern, unit] of CURRENCY_PREFIX) {
    const match = pattern.exec(before);
    if (match) return { unit, length: match[0].length };
  }
  return undefined;
}

function currencyCode(word: string): string {
  const lower = word.toLowerCase();
  if (/yuan|renminbi|rmb|cny/.test(lower)) return "CNY";
  if (/euro|eur/.test(lower)) return "EUR";
  if (/hk|hong kong/.test(lower)) return "HKD";
  return "USD";
}

function counted(text: string, at: number, singular: boolean): (Figure["nounPhrase"] & { noun: string }) | undefined {
  const match = NOUN_AFTER.exec(text.slice(at, at + 80));
  if (!match) return undefined;
  const lead = match[0].length - match[0].trimStart().length;
  let noun = match[2].toLowerCase();
  if (noun === "nevs" || noun === "evs") noun = "vehicles";
  if (singular && noun === "project") noun = "projects";
  if (!singular && !/s$/.test(noun)) return undefined;
  return {
    start: at + lead,
    end: at + match[0].length,
    text: match[0].trim(),
    noun: noun.replace(/^project$/, "projects"),
  };
}

/**
 * A number that is neither money nor a percentage: a count of the noun after it ("28 IC projects"), a magnitude
 * without its noun ("1.5 million", "320,000"), or a bare number the sentence may still explain.
 */
function countFigure(text: string, start: number, end: number, value: number, magnitude: boolean): Figure {
  const noun = counted(text, end, value === 1);
  if (noun) {
    return {
      start,
      end: noun.end,
      value,
      cls: "count",
      unit: noun.noun,
      nounPhrase: { start: noun.start, end: noun.end, text: noun.text },
    };
  }
  return { start, end, value, cls: magnitude ? "count" : "bare", unit: "count" };
}

/** Scans text[from, to) and returns its figures in reading order. */
export function findFigures(text: string, from: number, to: number): Figure[] {
  const slice = text.slice(from, to);
  const figures: Figure[] = [];
  const taken: [number, number][] = [];
  const isTaken = (start: number, end: number) => taken.some(([a, b]) => start < b && end > a);

  DIGIT_NUMBER.lastIndex = 0;
  for (let m = DIGIT_NUMBER.exec(slice); m; m = DIGIT_NUMBER.exec(slice)) {
    const start = from + m.index;
    let end = start + m[0].length;
    const prev = text[start - 1] ?? " ";
    const next = text[end] ?? " ";
    // Parts of names and codes: COVID-19, SCE2021, 5G, 14th, A380, 10:30, 2021-25
    if (/[A-Za-z0-9_]/.test(prev) || (prev === "-" && /[A-Za-z0-9]/.test(text[start - 2] ?? ""))) continue;
    if (prev === "." && /\d/.test(text[start - 2] ?? "")) continue;
    if (next === ":" && /\d/.test(text[end + 1] ?? "")) continue;
    let value = parseDigits(m[0]);
    const before = text.slice(Math.max(0, start - 14), start);
    const currency = currencyBefore(before);
    let after = text.slice(end, end + 60);
    const scale = SCALE_AFTER.exec(after);
    const shortScale = scale && /^(m|b|k)$/i.test(scale[1]);
    if (scale && (!shortScale || currency || /^\s?(m|b|k)\s?(yuan|dollars)/i.test(after) || !/\s/.test(after[0]))) {
      value *= SCALES[scale[1].toLowerCase()];
      end += scale[0].length;
      after = text.slice(end, end + 60);
    } else if (/[A-Za-z]/.test(next) && !PERCENT_AFTER.test(after)) {
      continue; // 5G, 14th, 3D
    }
    const suffix = CURRENCY_SUFFIX.exec(after);
    const percent = PERCENT_AFTER.exec(after);
    let figure: Figure | undefined;
    if (currency || suffix) {
      const unit = currency ? currency.unit : currencyCode(suffix![1]);
      const figureStart = currency ? start - currency.length : start;
      if (suffix) end += suffix[0].length;
      figure = { start: figureStart, end, value, cls: "money", unit };
      const conversion =
        /^\s*\((?:about |around |or |roughly |approximately )?((?:US\$|USD|\$)\s?)(\d[\d,]*(?:\.\d+)?)(?:\s?(million|billion|trillion|bn|mn|m|b)\b)?(?:\s(?:US )?dollars)?\)/i.exec(
          text.slice(end, end + 50),
        );
      if (conversion && unit !== "USD") {
        const scaleWord = conversion[3]?.toLowerCase();
        figure.equivalent = { value: parseDigits(conversion[2]) * (scaleWord ? SCALES[scaleWord] : 1), unit: "USD" };
        taken.push([end, end + conversion[0].length]);
      }
    } else if (percent) {
      if (POINTS_AFTER.test(after) || percent[2]) {
        figure = {
          start,
          end: end + percent[0].length,
          value: value / 100,
          cls: "percent",
          unit: "ratio",
          points: true,
        };
      } else {
        figure = { start, end: end + percent[0].length, value: value / 100, cls: "percent", unit: "ratio" };
      }
    } else {
      if (!scale && /^\d{4}$/.test(m[0]) && value >= 1900 && value <= 2100) continue; // a year
      if (
        /\b(?:Fortune|Global|Forbes|Top|S&P|FTSE|Nasdaq|Hang Seng|CSI|Article|No\.|Section|Phase|Line)\s+$/.test(
          text.slice(Math.max(0, start - 12), start),
        )
      )
        continue; // names: Fortune 500, Line 14
      if (!scale && (MONTH_BEFORE.test(text.slice(Math.max(0, start - 12), start)) || MONTH_AFTER.test(after)))
        continue;
      if (/^-\d/.test(after)) continue; // ranges such as 2021-25 are periods
      figure = countFigure(text, start, end, value, Boolean(scale) || /,/.test(m[0]));
    }
    if (isTaken(figure.start, figure.end)) continue;
    taken.push([figure.start, figure.end]);
    figures.push(figure);
  }

  WORD_NUMBER.lastIndex = 0;
  for (let m = WORD_NUMBER.exec(slice); m; m = WORD_NUMBER.exec(slice)) {
    const start = from + m.index;
    let end = start + m[0].length;
    if (isTaken(start, end)) continue;
    if (/^-/.test(text.slice(end, end + 1)) && !/^-\w+ion\b/i.test(text.slice(end))) {
      // "Five-Year Plan", "two-thirds" — compounds, not counts ("four-billion" falls through)
      if (!/^-(million|billion|trillion|thousand)\b/i.test(text.slice(end))) continue;
    }
    let value = parseWordNumber(m[0]);
    if (value === undefined) continue;
    const after = text.slice(end, end + 60);
    const scale = /^(?:\s+|-)(thousand|million|billion|trillion)\b/i.exec(after);
    if (scale) {
      value *= SCALES[scale[1].toLowerCase()];
      end += scale[0].length;
    }
    const suffix = CURRENCY_SUFFIX.exec(text.slice(end, end + 40));
    const percent = PERCENT_AFTER.exec(text.slice(end, end + 20));
    let figure: Figure | undefined;
    if (suffix) {
      figure = { start, end: end + suffix[0].length, value, cls: "money", unit: currencyCode(suffix[1]) };
    } else if (percent) {
      figure = { start, end: end + percent[0].length, value: value / 100, cls: "percent", unit: "ratio" };
    } else {
      figure = countFigure(text, start, end, value, Boolean(scale));
    }
    taken.push([figure.start, figure.end]);
    figures.push(figure);
  }

  FRACTION.lastIndex = 0;
  for (let m = FRACTION.exec(slice); m; m = FRACTION.exec(slice)) {
    const start = from + m.index;
    const end = start + m[0].length;
    if (isTaken(start, end)) continue;
    const before = text.slice(Math.max(0, start - 30), start);
    const after = text.slice(end, end + 20);
    if (
      /\b(first|second|latter|former|upper|lower)\s+$/i.test(before) ||
      /^[-\s]?(year|yearly|time|hour|day)/i.test(after)
    )
      continue;
    if (
      m[1].toLowerCase() === "half" &&
      !/\b(about|nearly|almost|over|than|around|roughly|for|up|some|exactly|least|most|of|just|by)\s+$/i.test(before)
    )
      continue;
    const key = m[1].toLowerCase().replace(/\s+/g, " ");
    const value = FRACTIONS[key] ?? FRACTIONS[key.replace(" ", "-")];
    if (value === undefined) continue;
    taken.push([start, end]);
    figures.push({ start, end, value, cls: "fraction", unit: "ratio" });
  }

  MULTIPLE.lastIndex = 0;
  for (let m = MULTIPLE.exec(slice); m; m = MULTIPLE.exec(slice)) {
    const start = from + m.index;
    const end = start + m[0].length;
    if (isTaken(start, end)) continue;
    const value = m[1] ? MULTIPLES[m[1].toLowerCase()] : Number(m[2]) || parseWordNumber(m[2]) || 0;
    if (!value) continue;
    // "double-digit", "double-edged" are not targets
    if (/^-(digit|edged|check|counting)/i.test(text.slice(end, end + 10))) continue;
    taken.push([start, end]);
    figures.push({ start, end, value, cls: "multiple", unit: "multiple" });
  }

  return figures.sort((a, b) => a.start - b.start);
}
