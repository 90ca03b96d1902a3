/** Display units of DESIGN.md: money in billions, counts as counts, rates as percentages. */
import type { Comparator } from "./types";

export const MONEY_UNITS = new Set(["CNY", "USD", "EUR", "HKD", "GBP"]);

export function isMoney(unit: string): boolean {
  return MONEY_UNITS.has(unit);
}

/** A value in base units -> the number a function returns (CNY bn for money). */
export function toDisplay(value: number, unit: string): number {
  // rounded to the yuan, which removes floating-point noise (489.8e9 / 1e9) without losing a stated digit
  if (isMoney(unit)) return Math.round(value) / 1e9;
  return value;
}

export function fromDisplay(value: number, unit: string): number {
  return isMoney(unit) ? value * 1e9 : value;
}

const CURRENCY_WORD: Record<string, string> = {
  CNY: "yuan",
  USD: "US dollars",
  EUR: "euros",
  HKD: "HK dollars",
  GBP: "pounds",
};

/** The shortest decimal that reads back as the value, without an exponent ("1e+21" -> "1000000000000000000000"). */
function plainDecimal(value: number): string {
  const text = String(value);
  const parts = /^(\d+)(?:\.(\d+))?e([+-]\d+)$/.exec(text);
  if (!parts) return text;
  const digits = parts[1] + (parts[2] ?? "");
  const point = parts[1].length + Number(parts[3]);
  if (point <= 0) return `0.${"0".repeat(-point)}${digits}`;
  if (point >= digits.length) return digits + "0".repeat(point - digits.length);
  return `${digits.slice(0, point)}.${digits.slice(point)}`;
}

/**
 * What Intl.NumberFormat("en-US", { maximumFractionDigits: digits }) prints — thousands commas, at most `digits`
 * decimals without trailing zeros, half away from zero on the shortest decimal of the value — written out, because
 * a page's first Intl formatter loads ICU's data, which costs the task pane 40-250 ms before its first render.
 */
export function trimNumber(value: number, digits: number): string {
  const [whole, fraction = ""] = plainDecimal(Math.abs(value)).split(".");
  let kept = whole + fraction.slice(0, digits);
  if (fraction.length > digits && fraction.charCodeAt(digits) >= 53 /* "5" */) {
    const carried = kept.split("").map(Number);
    let i = carried.length - 1;
    while (i >= 0 && carried[i] === 9) carried[i--] = 0;
    if (i < 0) carried.unshift(1);
    else carried[i]++;
    kept = carried.join("");
  }
  const decimals = Math.min(digits, fraction.length);
  const int = kept.slice(0, kept.length - decimals).replace(/\B(?=(\d{3})+(?!\d))/g, ",");
  const frac = kept.slice(kept.length - decimals).replace(/0+$/, "");
  const sign = value < 0 || Object.is(value, -0) ? "-" : "";
  return `${sign}${int}${frac ? `.${frac}` : ""}`;
}

/** "207 bn yuan", "1.5 trn yuan", "238,600 vehicles", "1.2 m vehicles", "4.4 %". */
export function formatValue(value: number | null, unit: string): string {
  if (value === null || !Number.isFinite(value)) return "—";
  if (isMoney(unit)) {
    const word = CURRENCY_WORD[unit] ?? unit;
    if (Math.abs(value) >= 1e12) return `${trimNumber(value / 1e12, 2)} trn ${word}`;
    if (Math.abs(value) >= 1e9) return `${trimNumber(value / 1e9, 1)} bn ${word}`;
    if (Math.abs(value) >= 1e6) return `${trimNumber(value / 1e6, 1)} m ${word}`;
    return `${trimNumber(value, 0)} ${word}`;
  }
  if (unit === "ratio") return `${trimNumber(value * 100, 2)} %`;
  const noun = unit === "count" ? "" : ` ${unit}`;
  if (Math.abs(value) >= 1e6 && Number.isInteger(value / 1e5)) return `${trimNumber(value / 1e6, 2)} m${noun}`;
  return `${trimNumber(value, 2)}${noun}`;
}

export function formatPercent(value: number | null, digits = 1): string {
  if (value === null || !Number.isFinite(value)) return "—";
  return `${(value * 100).toFixed(digits)} %`;
}

const COMPARATOR_WORDS: Record<Comparator, string> = {
  "=": "",
  ">": "more than ",
  ">=": "at least ",
  "<": "less than ",
  "<=": "at most ",
  "~": "about ",
};

export function comparatorWords(comparator: Comparator): string {
  return COMPARATOR_WORDS[comparator] ?? "";
}

/** Decimal places a stated figure carries in its display unit (489.8 bn -> 1, 490 bn -> 0). */
export function statedDecimals(value: number, unit: string): number {
  const shown = isMoney(unit) ? value / 1e9 : unit === "ratio" ? value * 100 : value;
  const text = String(Number(shown.toPrecision(12)));
  const dot = text.indexOf(".");
  return dot < 0 ? 0 : text.length - dot - 1;
}

const MONTHS = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"];

/** The time a figure covers: "2024" for a whole year, "Jan-Sep 2024" for a part year, "Jun 2024" for one month. */
export function formatPeriod(year: number | null, period: { from: number; to: number } | null | undefined): string {
  const yearText = year === null ? "" : String(year);
  if (!period) return yearText;
  const from = MONTHS[period.from - 1] ?? String(period.from);
  const to = MONTHS[period.to - 1] ?? String(period.to);
  return `${period.from === period.to ? from : `${from}-${to}`} ${yearText}`.trim();
}

/**
 * The inverse of formatPeriod for what an analyst types in a Period cell: "Jan-Sep 2024", "Jan-Sep", "Jun",
 * "1-9". Empty -> null (a whole year); undefined when the text is no period at all.
 */
export function parsePeriodLabel(text: string): { from: number; to: number } | null | undefined {
  const trimmed = text.trim().replace(/\s+\d{4}$/, "");
  if (!trimmed) return null;
  const month = (part: string) => {
    const byName = MONTHS.findIndex((m) => part.toLowerCase().startsWith(m.toLowerCase()));
    const number = /^\d{1,2}$/.test(part) ? Number(part) : byName + 1;
    return number >= 1 && number <= 12 ? number : undefined;
  };
  const [first, last = first] = trimmed.split(/\s*[-–]\s*/);
  const from = month(first);
  const to = month(last);
  if (from === undefined || to === undefined || from > to) return undefined;
  return from === 1 && to === 12 ? null : { from, to };
}
