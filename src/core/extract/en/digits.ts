/** Reads one number written in digits, with everything that makes it a figure: currency, scale, unit, range. */
import { countedFigure } from "./count";
import { parseWritten } from "./decimal-comma";
import type { Figure } from "./figures";
import { parseDigits, SCALES } from "./numbers";
import {
  CURRENCY_SUFFIX,
  currencyBefore,
  currencyCode,
  GLUED_CODE,
  perHead,
  perDayAfter,
  perUnitAfter,
  unitBlockAfter,
} from "./units";
import { isSpaceCode } from "./segments";

export interface DigitReading {
  figure: Figure;
  /** what the written number was multiplied by (scale words, table units, 1/100 for percent) */
  multiplier: number;
  /** a span the figure owns beyond its own (a bracketed dollar conversion) */
  alsoTaken?: [number, number];
}

const SCALE_AFTER = /^(?:\s+|-)?(thousand|million|billion|trillion|mln|bln|mn|bn|trn|tn|k|m|b)(?![A-Za-z])/i;
const PERCENT_AFTER = /^[\s-]?(%|percent|per cent|pct)(?![A-Za-z])(\s+points?|\s+percentage points?)?/i;
const POINTS_AFTER = /^\s?percentage points?/i;
// "906km": a length with its unit glued on, read in count.ts (not "km2", an area)
const GLUED_KM = /^km(?![\w²])/;
const MULTIPLE_AFTER = /^(?:\s?times|-fold|\s?fold)\b/i;
const MONTH_BEFORE = /\b(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\.?\s+$/;
const MONTH_AFTER = /^\s+(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\b/;
const NAME_BEFORE = /\b(?:Fortune|Global|Forbes|Top|S&P|FTSE|Nasdaq|Hang Seng|CSI|Article|No\.|Section|Phase|Line)\s+$/;
const CONVERSION =
  /^\s*\((?:about |around |or |roughly |approximately )?((?:US\$|USD|\$)\s?)?(\d[\d,]*(?:\.\d+)?)(?:\s?(million|billion|trillion|bn|mn|m|b)\b)?(\s(?:US |U\.S\. )?dollars)?\)/i;
// "10-12 billion yuan", "5 to 5.5 percent", "between 10 billion and 12 billion yuan"
const RANGE_AFTER = /^(\s?[-–—]\s?|\s+to\s+|\s+and\s+)(\d{1,3}(?:,\d{3})+|\d+)(\.\d+)?/;

// character tests by code (a figure's neighbours are asked about twenty thousand times a megabyte)
const isLetter = (code: number) => (code >= 65 && code <= 90) || (code >= 97 && code <= 122);
const isDigit = (code: number) => code >= 48 && code <= 57;

// Each pattern after a number is asked only when the words after it open as the pattern needs, tested by character
// code: most numbers are followed by a space and a word none of them can start with.
const pastSpaces = (after: string, at = 0) => {
  while (at < after.length && isSpaceCode(after.charCodeAt(at))) at++;
  return at;
};
/** The index past one white space or hyphen opening the words (`[\s-]?`). */
const pastOneSpaceOrHyphen = (after: string) => {
  const code = after.charCodeAt(0);
  return isSpaceCode(code) || code === 45 ? 1 : 0;
};
const opensOn = (after: string, at: number, chars: string) => at < after.length && chars.includes(after[at]);

const scaleAfter = (after: string) => {
  // (?:\s+|-)? and a scale word's first letter
  const at = isSpaceCode(after.charCodeAt(0)) ? pastSpaces(after) : after.charCodeAt(0) === 45 ? 1 : 0;
  return opensOn(after, at, "tmbkTMBK") ? SCALE_AFTER.exec(after) : null;
};
const percentAfter = (after: string) =>
  opensOn(after, pastOneSpaceOrHyphen(after), "%pP") ? PERCENT_AFTER.exec(after) : null;
const currencySuffix = (after: string) =>
  opensOn(after, pastOneSpaceOrHyphen(after), "CcYyRrUuDdEeHh") ? CURRENCY_SUFFIX.exec(after) : null;
const rangeAfter = (after: string) => {
  // a dash, a white space and a dash, or white space then "to" or "and"
  const mayOpen =
    opensOn(after, 0, "-–—") ||
    (isSpaceCode(after.charCodeAt(0)) && (opensOn(after, 1, "-–—") || opensOn(after, pastSpaces(after), "ta")));
  return mayOpen ? RANGE_AFTER.exec(after) : null;
};
const multipleAfter = (after: string) =>
  opensOn(after, 0, "tTfF-") || (isSpaceCode(after.charCodeAt(0)) && opensOn(after, 1, "tTfF"))
    ? MULTIPLE_AFTER.exec(after)
    : null;
const conversionAfter = (after: string) => (opensOn(after, pastSpaces(after), "(") ? CONVERSION.exec(after) : null);
/** Whether the words may open on a table's unit block (`unitBlockAfter`): white space, "(", white space, its scale. */
const mayOpenUnitBlock = (after: string) => {
  let at = pastSpaces(after);
  if (opensOn(after, at, "(")) at = pastSpaces(after, at + 1);
  return opensOn(after, at, "1tTbBmMiI");
};

/** Four digits between 1900 and 2100. */
const isYear = (written: string, value: number) =>
  written.length === 4 &&
  isDigit(written.charCodeAt(0)) &&
  isDigit(written.charCodeAt(1)) &&
  isDigit(written.charCodeAt(2)) &&
  isDigit(written.charCodeAt(3)) &&
  value >= 1900 &&
  value <= 2100;

/** The number written at text[start, start + written.length), read as a figure; null when it is a name, a date, a code. */
export function readDigits(text: string, start: number, written: string, inRange = false): DigitReading | null {
  let end = start + written.length;
  const prev = text[start - 1] ?? " ";
  const next = text[end] ?? " ";
  const prevCode = text.charCodeAt(start - 1);
  const glued = isLetter(prevCode) && GLUED_CODE.test(text.slice(Math.max(0, start - 4), start));
  if (!inRange) {
    // Parts of names and codes: COVID-19, SCE2021, 5G, 14th, A380, 10:30, 2021-25
    const beforeCode = text.charCodeAt(start - 2);
    const wordChar = isLetter(prevCode) || isDigit(prevCode) || prevCode === 95; /* _ */
    if (!glued && (wordChar || (prev === "-" && (isLetter(beforeCode) || isDigit(beforeCode))))) return null;
    // "38,3 billion" (a decimal comma): the "3" is the tail of another number, not a figure of its own
    if ((prev === "." || prev === ",") && isDigit(beforeCode)) return null;
  }
  if (next === ":" && isDigit(text.charCodeAt(end + 1))) return null;
  const number = parseWritten(written);
  let value = number;
  let multiplier = 1;
  let currency = inRange ? undefined : currencyBefore(text.slice(Math.max(0, start - 14), start));
  let after = text.slice(end, end + 60);
  const scale = scaleAfter(after);
  const shortScale = scale && /^(m|b|k)$/i.test(scale[1]);
  if (scale && (!shortScale || currency || /^\s?(m|b|k)\s?(yuan|dollars)/i.test(after) || !/\s/.test(after[0]))) {
    multiplier = SCALES[scale[1].toLowerCase()];
    end += scale[0].length;
    after = text.slice(end, end + 60);
  } else if (isLetter(text.charCodeAt(end)) && !percentAfter(after) && !multipleAfter(after) && !GLUED_KM.test(after)) {
    return null; // 5G, 14th, 3D
  }
  // "yuan 2023" in a table is a year after a unit, not an amount
  if (currency && !scale && isYear(written, number) && /yuan\s$/i.test(text.slice(start - 5, start)))
    currency = undefined;
  value = number * multiplier;

  // the currency word after the number, read once here and again below only if a unit block moved `after`
  const suffixAfter = inRange ? null : currencySuffix(after);
  const range = inRange || suffixAfter ? null : rangeAfter(after);
  if (range && !isYear(written, number) && rangeAllowed(text, start, currency?.length ?? 0, range[1])) {
    const highStart = end + range[0].length - range[2].length - (range[3]?.length ?? 0);
    const high = readDigits(text, highStart, range[2] + (range[3] ?? ""), true);
    if (high && high.figure.cls !== "bare") {
      const low = scale ? value * (high.figure.cls === "percent" ? 0.01 : 1) : number * high.multiplier;
      const cls = currency && high.figure.cls === "count" && high.figure.unit === "count" ? "money" : high.figure.cls;
      const figure: Figure = {
        ...high.figure,
        cls,
        unit: cls === "money" && currency ? currency.unit : high.figure.unit,
        start: start - (currency?.length ?? 0),
        value: low,
        range: { low, high: high.figure.value },
      };
      return { figure, multiplier: high.multiplier, alsoTaken: high.alsoTaken };
    }
  }

  const block = !scale && !currency && mayOpenUnitBlock(after) ? unitBlockAfter(after) : undefined;
  if (block) {
    multiplier = block.scale;
    value = number * multiplier;
    end += block.length;
    after = text.slice(end, end + 60);
  }
  const suffix = block ? undefined : inRange ? currencySuffix(after) : suffixAfter;
  const percent = percentAfter(after);
  // "secured almost 680 billion (US$95 billion)": a scaled amount with no currency of its own, given with its dollar
  // conversion, is in the yuan it is converted from
  const convertedYuan = Boolean(scale && !currency && !suffix && !block && dollarConversion(after));
  if (currency || suffix || block || convertedYuan) {
    let unit = currency ? currency.unit : block ? block.unit : suffix ? currencyCode(suffix[1]) : "CNY";
    if (suffix) end += suffix[0].length;
    const per = perUnitAfter(text.slice(end, end + 60));
    if (per) {
      unit = perHead(unit, per.per);
      end += per.length;
    } else if (perDayAfter(text.slice(end, end + 40))) unit = `${unit} per day`;
    const figure: Figure = { start: start - (currency?.length ?? 0), end, value, cls: "money", unit };
    const conversion = conversionAfter(text.slice(end, end + 50));
    // "(US$84.3 billion)", "(about 31.1 billion U.S. dollars)": a currency sign or the word dollars
    if (conversion && (conversion[1] || conversion[4]) && !unit.startsWith("USD")) {
      const scaleWord = conversion[3]?.toLowerCase();
      figure.equivalent = { value: parseDigits(conversion[2]) * (scaleWord ? SCALES[scaleWord] : 1), unit: "USD" };
      return { figure, multiplier, alsoTaken: [end, end + conversion[0].length] };
    }
    return { figure, multiplier };
  }
  if (percent) {
    const points = POINTS_AFTER.test(after) || Boolean(percent[2]);
    const figure: Figure = { start, end: end + percent[0].length, value: value / 100, cls: "percent", unit: "ratio" };
    if (points) figure.points = true;
    return { figure, multiplier: multiplier / 100 };
  }
  const times = multipleAfter(after);
  if (times && !scale) {
    return { figure: { start, end: end + times[0].length, value, cls: "multiple", unit: "multiple" }, multiplier };
  }
  if (!scale && isYear(written, number)) return null; // a year
  if (NAME_BEFORE.test(text.slice(Math.max(0, start - 12), start))) return null; // names: Fortune 500, Line 14
  if (!scale && (MONTH_BEFORE.test(text.slice(Math.max(0, start - 12), start)) || MONTH_AFTER.test(after))) return null;
  if (!inRange && /^-\d/.test(after)) return null; // ranges such as 2021-25 are periods
  return { figure: countedFigure(text, start, end, value, Boolean(scale) || /,/.test(written)), multiplier };
}

function dollarConversion(after: string): boolean {
  const conversion = conversionAfter(after);
  return conversion !== null && Boolean(conversion[1] || conversion[4]);
}

/** "from 5 to 10 percent" is a change, not a range; "between 10 and 12" is one; "and" only after "between". */
function rangeAllowed(text: string, start: number, currencyLength: number, connector: string): boolean {
  const before = text.slice(Math.max(0, start - currencyLength - 24), start - currencyLength);
  if (/\band\b/.test(connector)) return /\bbetween\s+$/i.test(before);
  if (/\bto\b/.test(connector)) return !/\bfrom\s+(?:about\s+|around\s+)?$/i.test(before);
  return true;
}
