/** Finds the figures in a stretch of text: money, counts, percentages, fractions and multiples. */
import { withDecimalComma } from "./decimal-comma";
import { readDigits } from "./digits";
import { FRACTIONS, MULTIPLES, parseWordNumber, SCALES, WORD_NUMBER_SOURCE } from "./numbers";
import { countedFigure } from "./count";
import { CURRENCY_SUFFIX, currencyCode, DESCRIPTIVE } from "./units";

export { COUNTED_NOUNS } from "./units";

export type FigureClass = "money" | "count" | "percent" | "fraction" | "multiple" | "bare";

export interface Figure {
  start: number;
  end: number;
  /** the value; for a range ("10-12 billion yuan") its low bound */
  value: number;
  cls: FigureClass;
  /** CNY, USD, EUR, ... for money ("CNY per person" for rates); the counted noun for counts; "ratio" for percent and fraction */
  unit: string;
  /** "offline projects", "new energy vehicles": the counted noun with its modifiers, as written */
  nounPhrase?: { start: number; end: number; text: string };
  /** a bracketed conversion "(US$84.3 billion)" of a money figure */
  equivalent?: { value: number; unit: string };
  /** the percent is a change in percentage points, not a level */
  points?: boolean;
  /** one end of a range ("10-12 billion yuan" is two figures: at least 10 bn, at most 12 bn) */
  bound?: ">=" | "<=";
  range?: { low: number; high: number };
}

const PERCENT_AFTER = /^\s?(%|percent|per cent|pct)(?![A-Za-z])/i;
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
const MULTIPLE = new RegExp(`\\b(${MULTIPLE_SOURCE})\\b|\\b(two|three|four|five|ten)\\s+times\\b`, "gi");
// every fraction's and multiple's words hold one of these: a text with none has none (cheaper than the scan itself)
const FRACTION_WORD = new RegExp(
  [...new Set(Object.keys(FRACTIONS).map((key) => key.split(/[-\s]/).pop()!.replace(/s$/, "")))].join("|"),
  "i",
);
const MULTIPLE_WORD = Object.keys(MULTIPLES).every((key) => /doubl|tripl|quadrupl|fold/i.test(key))
  ? /doubl|tripl|quadrupl|fold|times/i
  : /(?:)/;
// "eight in ten", "one in five", "nine out of 10", "two out of every three": a share written as a count in a count
// (found by its "in ten" and then its count before, which is faster than a pattern that starts with every number word)
const IN_WHOLE =
  /\s(?:in|out\s+of)\s+(?:every\s+)?(two|three|four|five|six|seven|eight|nine|ten|hundred|a hundred|\d{1,3})\b(?![-.,]?\d)/gi;
const PART_BEFORE = new RegExp(`(?:^|[^\\w-])(${WORD_NUMBER_SOURCE}|\\d{1,3})$`, "i");
// "1/76 of the nation's GDP", "just 1/8000 of the land": a share written with a slash (dates and scores have no "of")
const SLASH_FRACTION = /(?<![\d/.,])(\d{1,2})\/(\d{1,3}(?:,\d{3})*|\d{1,6})(?![\d/])(?=\s+of\s)/g;

// "three to five": "to" and another number in words right after (not "from three to five", "by four to 30": changes)
const WORD_RANGE_TO = new RegExp(`^\\s+to\\s+(?=(?:${WORD_NUMBER_SOURCE})\\b)`, "i");

const LINE_SCALE =
  /\bthe\s+((hundred[- ])?(thousand|million|billion|trillion)([- ](?:yuan|RMB|dollars?))[- ](?:mark|threshold|level|milestone|barrier)s?)\b/gi;

/** Scans text[from, to) and returns its figures in reading order. */
export function findFigures(text: string, from: number, to: number): Figure[] {
  const slice = text.slice(from, to);
  const figures: Figure[] = [];
  const taken: [number, number][] = [];
  const isTaken = (start: number, end: number) => taken.some(([a, b]) => start < b && end > a);

  IN_WHOLE.lastIndex = 0;
  for (let m = IN_WHOLE.exec(slice); m; m = IN_WHOLE.exec(slice)) {
    const at = from + m.index;
    const part = PART_BEFORE.exec(text.slice(Math.max(from, at - 24), at));
    if (!part) continue;
    const count = parseWordNumber(part[1]) ?? Number(part[1]);
    const whole = /hundred/i.test(m[1]) ? 100 : (parseWordNumber(m[1]) ?? Number(m[1]));
    if (!(count > 0 && whole > count)) continue;
    const start = at - part[1].length;
    const end = at + m[0].length;
    taken.push([start, end]);
    figures.push({ start, end, value: count / whole, cls: "fraction", unit: "ratio" });
  }

  SLASH_FRACTION.lastIndex = 0;
  for (let m = slice.includes("/") ? SLASH_FRACTION.exec(slice) : null; m; m = SLASH_FRACTION.exec(slice)) {
    const part = Number(m[1]);
    const whole = Number(m[2].replace(/,/g, ""));
    if (!(part > 0 && whole > part)) continue;
    const start = from + m.index;
    taken.push([start, start + m[0].length]);
    figures.push({ start, end: start + m[0].length, value: part / whole, cls: "fraction", unit: "ratio" });
  }

  DIGIT_NUMBER.lastIndex = 0;
  for (let m = DIGIT_NUMBER.exec(slice); m; m = DIGIT_NUMBER.exec(slice)) {
    const written = (m[2] === undefined && withDecimalComma(text, from + m.index, m[0])) || m[0];
    const reading = readDigits(text, from + m.index, written);
    if (!reading || isTaken(reading.figure.start, reading.figure.end)) continue;
    if (reading.alsoTaken) taken.push(reading.alsoTaken);
    taken.push([reading.figure.start, reading.figure.end]);
    const { range } = reading.figure;
    if (range) {
      figures.push({ ...reading.figure, value: range.low, bound: ">=" });
      figures.push({ ...reading.figure, value: range.high, bound: "<=" });
    } else figures.push(reading.figure);
    // the rest of a range ("-12 billion yuan") is part of this figure
    if (reading.figure.end > from + m.index + written.length) DIGIT_NUMBER.lastIndex = reading.figure.end - from;
  }

  WORD_NUMBER.lastIndex = 0;
  // "three to five general-purpose LLMs": a range in words is two figures, as one in digits is (its low end kept here)
  let low: { start: number; value: number; next: number } | undefined;
  for (let m = WORD_NUMBER.exec(slice); m; m = WORD_NUMBER.exec(slice)) {
    const start = from + m.index;
    const rangeLow = low && low.next === start ? low : undefined;
    low = undefined;
    let end = start + m[0].length;
    if (isTaken(start, end)) continue;
    if (/^-/.test(text.slice(end, end + 1)) && !/^-\w+ion\b/i.test(text.slice(end))) {
      // "Five-Year Plan", "two-thirds" — compounds, not counts ("four-billion" falls through)
      if (!/^-(million|billion|trillion|thousand)\b/i.test(text.slice(end))) continue;
    }
    let value = parseWordNumber(m[0]);
    if (value === undefined) continue;
    const to = WORD_RANGE_TO.exec(text.slice(end, end + 12));
    if (
      to &&
      !rangeLow &&
      !/\b(?:from|by)\s+(?:about\s+|around\s+)?$/i.test(text.slice(Math.max(0, start - 24), start))
    ) {
      low = { start, value, next: end + to[0].length };
      continue;
    }
    const written = value;
    // "one third", "one eighth": the fraction's numerator, read with it below
    if (/^\s+(?:third|quarter|fifth|sixth|eighth|tenth|fourth)s?\b/i.test(text.slice(end, end + 10))) continue;
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
      figure = countedFigure(text, start, end, value, Boolean(scale));
      // ("no fewer than four incubators", "at least six platforms": a count a bound is set on measures, it does not describe)
      if (figure.cls === "count" && !scale && DESCRIPTIVE.test(figure.unit.split(" ")[0]) && !boundBefore(text, start))
        continue;
    }
    if (rangeLow) {
      const lowValue = (figure.value * rangeLow.value) / written;
      taken.push([rangeLow.start, figure.end]);
      figures.push(
        { ...figure, start: rangeLow.start, value: lowValue, bound: ">=" },
        { ...figure, start: rangeLow.start, bound: "<=" },
      );
      continue;
    }
    taken.push([figure.start, figure.end]);
    figures.push(figure);
  }

  // "Set to Surpass the Trillion-yuan Mark This Year", "the hundred-billion-yuan level": a scale word standing alone in
  // a line's name is one of it
  LINE_SCALE.lastIndex = 0;
  for (let m = /illion/i.test(slice) ? LINE_SCALE.exec(slice) : null; m; m = LINE_SCALE.exec(slice)) {
    const start = from + m.index + m[0].length - m[1].length;
    const end = start + (m[2]?.length ?? 0) + m[3].length + m[4].length;
    if (isTaken(start, end)) continue;
    const value = (m[2] ? 100 : 1) * SCALES[m[3].toLowerCase()];
    taken.push([start, end]);
    figures.push({ start, end, value, cls: "money", unit: currencyCode(m[4].slice(1)) });
  }

  FRACTION.lastIndex = 0;
  for (let m = FRACTION_WORD.test(slice) ? FRACTION.exec(slice) : null; m; m = FRACTION.exec(slice)) {
    const start = from + m.index;
    const end = start + m[0].length;
    if (isTaken(start, end)) continue;
    const before = text.slice(Math.max(0, start - 30), start);
    const after = text.slice(end, end + 20);
    if (
      // ("the first three quarters", "the first-three-quarters": a span of the year, written with hyphens too)
      /\b(first|second|latter|former|upper|lower)[-\s]+$/i.test(before) ||
      /^[-\s]?(year|yearly|time|hour|day)/i.test(after) ||
      // "a third straight year", "a fifth consecutive quarter": an ordinal of a streak
      /^\s+(?:straight|consecutive|successive|running)\s+(?:years?|quarters?|months?|times?)\b/i.test(after)
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
  for (let m = MULTIPLE_WORD.test(slice) ? MULTIPLE.exec(slice) : null; m; m = MULTIPLE.exec(slice)) {
    const start = from + m.index;
    const end = start + m[0].length;
    if (isTaken(start, end)) continue;
    const value = m[1] ? MULTIPLES[m[1].toLowerCase()] : Number(m[2]) || parseWordNumber(m[2]) || 0;
    if (!value) continue;
    // "double-digit", "double-edged", "growing by double digits" are not multiples
    if (/^(?:-|\s+)(digits?|edged|check|counting)\b/i.test(text.slice(end, end + 10))) continue;
    // "the Double Five Shopping Festival", "Double 11": a day's name (a month and day alike), not a multiple
    if (DAY_NAME_AFTER.test(text.slice(end, end + 12)) && /^D/.test(m[0])) continue;
    taken.push([start, end]);
    figures.push({ start, end, value, cls: "multiple", unit: "multiple" });
  }

  // the scans above find most sentences' figures in order already
  for (let i = 1; i < figures.length; i++)
    if (figures[i].start < figures[i - 1].start) return bothEndsRanges(text, figures.sort(byStart));
  return bothEndsRanges(text, figures);
}

// "9%–28%", "between 300 million yuan and 1 billion yuan": a range may write its unit at both of its ends
const DASH_GAP = /^\s?[-–—]\s?$/;
const AND_GAP = /^\s+and\s+$/;
const BETWEEN_BEFORE = /\bbetween\s+$/i;

/**
 * Two figures of one class and unit, the first the smaller, joined by a dash or by "and" after "between", are one
 * range as "9-28%" is: at least the first, at most the second, over the span of both.
 */
function bothEndsRanges(text: string, figures: Figure[]): Figure[] {
  for (let i = 1; i < figures.length; i++) {
    const low = figures[i - 1];
    const high = figures[i];
    if (low.bound || high.bound || low.cls !== high.cls || low.unit !== high.unit || !(low.value < high.value))
      continue;
    if (low.cls !== "money" && low.cls !== "percent" && low.cls !== "count") continue;
    const gap = text.slice(low.end, high.start);
    const joined =
      DASH_GAP.test(gap) ||
      (AND_GAP.test(gap) && BETWEEN_BEFORE.test(text.slice(Math.max(0, low.start - 10), low.start)));
    if (!joined) continue;
    const range = { low: low.value, high: high.value };
    figures[i - 1] = { ...low, end: high.end, bound: ">=", range };
    figures[i] = { ...high, start: low.start, bound: "<=", range };
  }
  return figures;
}

const byStart = (a: Figure, b: Figure) => a.start - b.start;
const DAY_NAME_AFTER = /^[\s-]+(?:\d{1,2}|One|Two|Three|Four|Five|Six|Seven|Eight|Nine|Ten|Eleven|Twelve)\b/;

const BOUND_BEFORE = /\b(?:no (?:fewer|less) than|not (?:fewer|less) than|at least|more than|up to|a minimum of)\s+$/i;
const boundBefore = (text: string, start: number) => BOUND_BEFORE.test(text.slice(Math.max(0, start - 24), start));
