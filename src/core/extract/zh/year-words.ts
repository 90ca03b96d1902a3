/**
 * Year words beyond the plain 2025年: the years a Chinese Five-Year Plan's name gives a figure: "十四五" (2021-25) dates its goals 2025, “十四五”以来 is the
 * years since the plan began, up to now, and “十四五”开局年 its first year; the plan's years glossed in brackets after
 * its name (“十四五”（2021年至2025年）以来) are the plan itself; and the financial press's 2025Q1 / 2024H2.
 */
import type { Period } from "../../types";
import { chineseNumeral } from "./numerals";
import type { ZhYear } from "./when";

/** A pattern of year expressions and what a match means, against the document's year (`ref`). */
export interface YearPattern {
  pattern: RegExp;
  /** every match holds one of them, so a sentence without any is not scanned for it; none: always scanned */
  keys?: readonly string[];
  read: (m: RegExpExecArray, ref: number | null) => Omit<ZhYear, "start" | "end"> | null;
}

/** The years of the Nth Five-Year Plan (十四五: 2021-25) as `written` ends: 以来 up to now, 开局年 its first. */
function planYears(nth: string, written: string, ref: number | null): Omit<ZhYear, "start" | "end"> | null {
  const ordinal = 10 + (chineseNumeral(nth) ?? 0);
  if (ordinal < 11) return null;
  const first = 2006 + (ordinal - 11) * 5;
  // “十四五”以来: the years since the plan began, up to now
  if (written.endsWith("以来"))
    return ref === null || ref < first ? null : { year: ref, span: true, spanBase: first - 1 };
  // “十四五”开局年, 开局之年, 首年: the plan's first year
  if (/开局之?年$|首年$/.test(written)) return { year: first };
  return { year: first + 4, plan: [first, first + 4] };
}

// “十四五”（2021年至2025年）以来: the plan's years glossed in brackets after its name are the plan itself, and the
// 以来 after the gloss makes it the years since the plan began, as “十四五”以来 does (read before the span of years)
export const PLAN_GLOSS: YearPattern = {
  pattern:
    /十([一二三四五六七八九])五["'“”‘’]?\s?[（(]\s?(?:19|20)\d{2}\s?年?\s?(?:-|~|至|到)\s?(?:19|20)?\d{2}\s?年?\s?[)）](?:期间|时期)?(以来)?/g,
  keys: ["五"],
  read: (m, ref) => planYears(m[1], m[2] ? "以来" : "", ref),
};

// "十四五" (2021-25), 十五五 (2026-30): the Nth Five-Year Plan, from the 11th (2006-10)
export const PLAN_NAME_YEARS: YearPattern = {
  pattern: /十([一二三四五六七八九])五(?:["'“”‘’]?(?:规划|期间|时期|末|以来|开局之?年|首年))?/g,
  keys: ["五"],
  read: (m, ref) => planYears(m[1], m[0], ref),
};

// 2025Q1, 2024H2: the financial press's quarter and half written after the year date the figure by that year
export const SHORTHAND_YEAR: YearPattern = {
  pattern: /((?:19|20)\d{2})\s?(?=(?:Q[1-4]|H[12])(?!\d))/g,
  keys: ["Q", "H"],
  read: (m) => ({ year: Number(m[1]) }),
};

// … and are that part of it
export const SHORTHAND_PERIOD = {
  pattern: /(?<=(?:19|20)\d{2}\s?)(?:Q([1-4])|H([12]))(?!\d)/g,
  keys: ["Q", "H"],
  read: (m: RegExpExecArray): Period =>
    m[1] ? { from: 3 * Number(m[1]) - 2, to: 3 * Number(m[1]) } : { from: 6 * Number(m[2]) - 5, to: 6 * Number(m[2]) },
};
