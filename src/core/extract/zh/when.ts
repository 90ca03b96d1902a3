/**
 * When a Chinese figure is: years (2020年, 到2025年, 2021-2025年, 去年, 今年, "十四五"期间, 2021上海全球投资促进大会)
 * and the part of a year it covers (上半年, 一季度, 前三季度, 1-9月, 1至10月, 前10个月, 截至10月底).
 * Patterns read folded text (text.ts): full-width digits and dashes are already ASCII.
 */
import type { Period } from "../../types";
import { type EndWord, endingWith, lastChars, lastWordChar } from "./cues";
import { inReportTitle } from "./report-titles";
import { chineseNumeral } from "./numerals";
import { PLAN_GLOSS, PLAN_NAME_YEARS, SHORTHAND_PERIOD, SHORTHAND_YEAR, type YearPattern } from "./year-words";
import { periodIsShareBase, yearIsShareBase } from "./share-base";

export interface ZhYear {
  start: number;
  end: number;
  year: number;
  /** a plan period: "十四五" is 2021-25 and dates its targets 2025 */
  plan?: [number, number];
  /** 比上年, 较2020年, 同比: the year a change is measured against, which never dates the figure */
  comparison?: boolean;
  /** 到2025年, 2025年前: a deadline, which makes a figure a target */
  deadline?: boolean;
  /** 五年来, 过去五年: a span ending now, weaker than a year the text has stated before */
  span?: boolean;
  /** “十四五”以来: the plan's base year (2020), where a change over the span starts */
  spanBase?: number;
  /** 今年: the year the document is written in, not over yet, so a result in it so far is a part year */
  now?: boolean;
  /** 两年破万亿, 三年内: a goal's horizon counted in years from the document's */
  horizon?: boolean;
}

export interface ZhPeriod {
  start: number;
  end: number;
  /** null for 全年 (the whole year), which ends an earlier part-year's reach */
  period: Period | null;
  /** 截至10月21日: the period ends on a day of its last month, so a report in that month can cover it */
  day?: boolean;
}

// (用了两年时间, 两年来, 近两年 and 三年实现了… are spans already over; 两年一届 is a rhythm)
const N = "([一两二三四五六七八九十\\d]{1,2})";
const HORIZON = new RegExp(
  [
    `(?:未来|今后|再用|力争用|争取用|用)\\s?${N}\\s?年(?:左右)?(?:时间|之内|内)?`,
    `(?<![\\d两二三四五六七八九十前近过去连续第每])${N}\\s?年(?:左右)?(?:之内|内)`,
    `(?:仅有|只有|还有|仅剩|只剩|剩下|需要)\\s?${N}\\s?年(?:左右)?(?:时间)?`,
    `(?<![\\d两二三四五六七八九十前近过去连续第每])${N}\\s?年(?=(?:突破|破|超过|超|迈上|达到|实现|翻)(?!了))`,
  ].join("|"),
  "g",
);
// 两年 -> 2, 十年 -> 10; a horizon of more than 20 years is no plan's
function horizonLength(written: string): number | null {
  const years = /\d/.test(written) ? Number(written) : chineseNumeral(written);
  return years !== null && years >= 1 && years <= 20 ? years : null;
}

const YEAR = ["年"];
const EVENT_AFTER =
  "(?:上海|重庆)?(?:全球投资促进大会|全球投促大会|线上中国国际智能产业博览会|中国国际智能产业博览会|智博会)";
// (each pattern's keys: every match holds one of them, so a sentence without any is not scanned for it; none: always scanned)
const YEAR_PATTERNS: YearPattern[] = [
  // (a plan's years glossed in brackets after its name, before the span of years they hold)
  PLAN_GLOSS,
  {
    pattern: /((?:19|20)\d{2})\s?(?:-|~|至|到)\s?((?:19|20)?\d{2})\s?年/g,
    keys: YEAR,
    read: (m) => {
      const first = Number(m[1]);
      const last = m[2].length === 2 ? Math.floor(first / 100) * 100 + Number(m[2]) : Number(m[2]);
      return last > first && last - first <= 20 ? { year: last, plan: [first, last] } : null;
    },
  },
  // 2021年以来, 自2019年以来: the years since then, up to now (as “十四五”以来), not the first year's figure
  {
    pattern: /((?:19|20)\d{2})\s?年以来/g,
    keys: ["以来"],
    read: (m, ref) => (ref === null || ref < Number(m[1]) ? { year: Number(m[1]) } : { year: ref, span: true }),
  },
  { pattern: /((?:19|20)\d{2})\s?年/g, keys: YEAR, read: (m) => ({ year: Number(m[1]) }) },
  // 二〇二六年, 二○二五年 (folded to 〇): a year in Chinese digits
  {
    pattern: /((?:一九|二[〇零])[〇零一二三四五六七八九]{2})\s?年/g,
    keys: ["一九", "二〇", "二零"],
    read: (m) => ({ year: chineseNumeral(m[1]) ?? 0 }),
  },
  SHORTHAND_YEAR,
  {
    pattern: new RegExp(`((?:19|20)\\d{2})\\s?(?=${EVENT_AFTER})`, "g"),
    keys: ["会"],
    read: (m) => ({ year: Number(m[1]) }),
  },
  PLAN_NAME_YEARS,
  // a work report's 一年来 / 过去一年 is the year before the report
  // 以上年营业收入 is 以上 + 年营业收入
  {
    pattern: /去年|(?<!以)上年|上一年|一年来|过去一年/g,
    keys: ["去年", "上年", "上一年", "一年"],
    read: (_m, ref) => (ref === null ? null : { year: ref - 1 }),
  },
  { pattern: /前年/g, keys: ["前年"], read: (_m, ref) => (ref === null ? null : { year: ref - 2 }) },
  // 两年破万亿, 三年内, 未来五年, 仅有两年左右时间: a goal's horizon in years, the years from the document's own on
  {
    pattern: HORIZON,
    keys: YEAR,
    read: (m, ref) => {
      const years = horizonLength(m[1] ?? m[2] ?? m[3] ?? m[4]);
      return ref === null || years === null ? null : { year: ref + years - 1, deadline: true, horizon: true };
    },
  },
  // 五年后: the year that many years after the document's
  {
    pattern: /(?<![\d两二三四五六七八九十前近过去连续第每])([两二三四五六七八九十\d]{1,2})\s?年(?:以)?后/g,
    keys: ["年后", "年以后"],
    read: (m, ref) => {
      const years = horizonLength(m[1]);
      return ref === null || years === null ? null : { year: ref + years, deadline: true, horizon: true };
    },
  },
  // 过去五年 / 近五年 / 五年来 end now
  {
    // (在当前基础上: the base a goal starts from, not the figure's time)
    pattern: /今年|本年|年内|目前(?!的?基础)|当前(?!的?基础)|截至目前/g,
    keys: ["今年", "本年", "年内", "目前", "当前"],
    read: (m, ref) =>
      ref === null ? null : { year: ref, ...(m[0] === "今年" || m[0] === "本年" ? { now: true } : {}) },
  },
  {
    pattern: /过去[两三四五六七八九十\d]+年|近[两三四五六七八九十\d]+年|[两三四五六七八九十\d]+年来/g,
    keys: ["过去", "近", "年来"],
    read: (_m, ref) => (ref === null ? null : { year: ref, span: true }),
  },
  { pattern: /明年/g, keys: ["明年"], read: (_m, ref) => (ref === null ? null : { year: ref + 1 }) },
];

// (较“十三五”末: a plan's name in quotes after the word is compared with too)
const COMPARISON_BEFORE = /(?:比|较|与|相比|对比|同比|比起)\s?["'“”‘’]?$/;
// 产量超过2023年全年, 远超去年同期的…, 快于上年同期: a year a figure is measured against by a verb of comparison
const OUTDONE_BEFORE = /(?:超过|超出|远超|高于|低于|好于|快于|慢于|多于|少于)\s?$/;
// 为“十五五”时期的产业升级奠定了基础, 为2026年开好局: the time a year's work prepares for is, like a year compared
// with, no time of its figures (nor of the sentences after it)
const PURPOSE_BEFORE = /为\s?["'“”‘’]?$/;
const PURPOSE_AFTER = /^[^，,。；;]*?(?:奠定|打下|夯实|筑牢|积蓄|开好局|起好步|铺路|做好准备|做准备)/;
// “十四五”期间…实现跨越式增长, “十四五”时期已累计…: a plan's period told with a result is reviewed, no deadline
const PLAN_NAME = /^十[一二三四五六七八九]五/;
const REVIEWED_AFTER = /^[^，,。；;:：]*?(?:实现了?|取得了?|已|累计)/;
// (首个人工智能“十四五”规划及…发布: a plan named as the thing issued is no time of the figures around it)
const ISSUED_AFTER = /^[^，,。；;:：]*?(?:发布|出台|印发|颁布)/;
// 截至2022年6月底: a cut-off with its month is the time of a report, not a deadline
const CUT_OFF_BEFORE = /(?:截至|截止到|截止)\s?$/;
// 从2021年到2024年, 提高到2021年的10739亿元: a span or a change, not a deadline
const AFTER_A_SPAN = "年高长加升大";
const DEADLINE_WORDS: EndWord[] = [
  ...["到", "至"].map((word) => ({ word, notAfter: AFTER_A_SPAN })),
  ...["截至", "截止到", "力争到", "争取到", "预计到"],
];
const DEADLINE_BEFORE = endingWith(DEADLINE_WORDS);

// (the last characters of those words: words just before a year that end otherwise are not scanned for them)
const DEADLINE_ENDS = lastChars(DEADLINE_WORDS);
const mayEndDeadline = (before: string) => DEADLINE_ENDS.has(lastWordChar(before));

/** Year expressions in folded text[from, to), in order, with what they mean for a figure. */
export function findYears(text: string, from: number, to: number, referenceYear: number | null): ZhYear[] {
  const slice = text.slice(from, to);
  const found: ZhYear[] = [];
  for (const { pattern, keys, read } of YEAR_PATTERNS) {
    if (keys && !keys.some((key) => slice.includes(key))) continue;
    pattern.lastIndex = 0;
    for (let m = pattern.exec(slice); m; m = pattern.exec(slice)) {
      const start = from + m.index;
      const end = start + m[0].length;
      if (found.some((y) => start < y.end && end > y.start)) continue;
      if (slice.includes("《") && inReportTitle(text, start, end)) continue;
      const meaning = read(m, referenceYear);
      if (!meaning) continue;
      const before = text.slice(Math.max(from, start - 4), start);
      const after = text.slice(end, end + 5);
      found.push({
        start,
        end,
        ...meaning,
        ...(COMPARISON_BEFORE.test(before) ||
        OUTDONE_BEFORE.test(before) ||
        yearIsShareBase(text, start, end) ||
        (meaning.plan && PLAN_NAME.test(m[0]) && ISSUED_AFTER.test(text.slice(end, Math.min(to, end + 24)))) ||
        (PURPOSE_BEFORE.test(before) && PURPOSE_AFTER.test(text.slice(end, Math.min(to, end + 30))))
          ? { comparison: true }
          : {}),
        ...((mayEndDeadline(before) &&
          DEADLINE_BEFORE.test(before) &&
          !(CUT_OFF_BEFORE.test(before) && /^\s?\d{1,2}\s?月/.test(after))) ||
        /^前(?![一二两三四\d]|季|个)/.test(after) ||
        (meaning.plan && !(PLAN_NAME.test(m[0]) && REVIEWED_AFTER.test(text.slice(end, Math.min(to, end + 24)))))
          ? { deadline: true }
          : {}),
      });
    }
  }
  found.sort((a, b) => a.start - b.start);
  // 2020年…，五年后，…: years after a year the sentence states are counted from it, and may be over already
  if (referenceYear !== null && found.length > 1)
    for (const later of found) {
      if (!later.horizon || !AFTER_YEARS.test(text.slice(later.start, later.end))) continue;
      const base = found.filter((y) => y.end <= later.start && !y.horizon && !y.span && !y.comparison && !y.plan).pop();
      if (!base || base.year >= referenceYear) continue;
      later.year = base.year + later.year - referenceYear;
      if (later.year <= referenceYear) delete later.deadline;
    }
  return found;
}
const AFTER_YEARS = /年(?:以)?后$/;

const QUARTERS: Record<string, number> = { 一: 1, 二: 2, 三: 3, 四: 4, "1": 1, "2": 2, "3": 3, "4": 4 };
const MONTH = String.raw`(\d{1,2}|[一二三四五六七八九十]{1,3})`;
const monthOf = (written: string): number | null => {
  const month = /\d/.test(written) ? Number(written) : chineseNumeral(written);
  return month !== null && month >= 1 && month <= 12 ? month : null;
};

const PERIOD_PATTERNS: {
  pattern: RegExp;
  keys: readonly string[];
  read: (m: RegExpExecArray) => Period | null | undefined;
}[] = [
  { pattern: /全年|全年度/g, keys: ["全年"], read: () => null },
  { pattern: /上半年/g, keys: ["上半年"], read: () => ({ from: 1, to: 6 }) },
  // 经济“半年报”, 三季报: a report of the half year or of quarters names the months it covers
  { pattern: /半年报/g, keys: ["半年报"], read: () => ({ from: 1, to: 6 }) },
  {
    pattern: /(?:前)?([一三])季报/g,
    keys: ["季报"],
    read: (m) => ({ from: 1, to: 3 * QUARTERS[m[1]] }),
  },
  { pattern: /下半年/g, keys: ["下半年"], read: () => ({ from: 7, to: 12 }) },
  SHORTHAND_PERIOD,
  {
    // 前三季 (Hong Kong and Taiwan copies drop 度)
    pattern: /前([一二两三]|[123])(?:个)?季(?:度|(?!节))/g,
    keys: ["季"],
    read: (m) => ({ from: 1, to: 3 * (m[1] === "两" ? 2 : QUARTERS[m[1]]) }),
  },
  {
    pattern: /第?([一二三四1-4])季度|第([一二三四1-4])季(?!节)/g,
    keys: ["季"],
    read: (m) => ({ from: 3 * QUARTERS[m[1] ?? m[2]] - 2, to: 3 * QUARTERS[m[1] ?? m[2]] }),
  },
  {
    // 1-9月, 1至10月, 1月至6月
    pattern: new RegExp(`${MONTH}\\s?月?\\s?(?:-|~|至|到)\\s?${MONTH}\\s?月(?!\\d{1,2}日)`, "g"),
    keys: ["月"],
    read: (m) => {
      const [first, last] = [monthOf(m[1]), monthOf(m[2])];
      return first !== null && last !== null && last >= first ? { from: first, to: last } : undefined;
    },
  },
  {
    pattern: new RegExp(`前${MONTH}个?月`, "g"),
    keys: ["月"],
    read: (m) => {
      const last = monthOf(m[1]);
      return last !== null ? { from: 1, to: last } : undefined;
    },
  },
  {
    // 截至10月21日, 截止到 2022 年 6 月底: a cut-off by month or by day covers the year up to that month
    pattern: new RegExp(
      `截(?:至|止)(?:到)?\\s?(?:\\d{4}\\s?年)?\\s?${MONTH}\\s?月(?:底|末|份)?(?:\\s?\\d{1,2}\\s?日)?`,
      "g",
    ),
    keys: ["月"],
    read: (m) => {
      const last = monthOf(m[1]);
      return last !== null ? { from: 1, to: last } : undefined;
    },
  },
  // 2021年至2025年8月: a span of years ending in a month covers the last year up to it, as a cut-off does
  {
    pattern: new RegExp(
      `(?:19|20)\\d{2}\\s?年\\s?(?:至|到|-|~)\\s?(?:19|20)\\d{2}\\s?年\\s?${MONTH}\\s?月(?:底|末|份)?`,
      "g",
    ),
    keys: ["月"],
    read: (m) => {
      const last = monthOf(m[1]);
      return last !== null ? { from: 1, to: last } : undefined;
    },
  },
  // 其中，1-2月增长11.9%，3月下降10.9%; 12月，…单月…: one month opening its clause, alone
  {
    pattern: new RegExp(`(?<=^|[，,；;:：]\\s?)${MONTH}\\s?月(?![份底末初中旬以起开\\d日号]|[上下]旬)`, "g"),
    keys: ["月"],
    read: (m) => {
      const month = monthOf(m[1]);
      return month !== null ? { from: month, to: month } : undefined;
    },
  },
  // 10月份; 其中10月当月增长8.9%, 12月单月…: a month written with 当月 or 单月 is that month alone, wherever it stands
  {
    pattern: new RegExp(`(?<![\\d-至到~])${MONTH}(?:月份|\\s?月(?=\\s?(?:当月|单月)))`, "g"),
    keys: ["月份", "当月", "单月"],
    read: (m) => {
      const month = monthOf(m[1]);
      return month !== null ? { from: month, to: month } : undefined;
    },
  },
];

// 本次签约，一是…, 此次集中签约的项目…: a sentence on the document's own signing is in the event's time, no part year
// carried from the sentences before (上半年共签约… is the half year's, the event's projects are not)
const THIS_SIGNING = /^\s*(?:本次|此次|这次)(?:集中)?签约/;
export const opensOnThisSigning = (sentence: string): boolean => THIS_SIGNING.test(sentence);

/** Part-year expressions in folded text[from, to), in order. */
export function findPeriods(text: string, from: number, to: number): ZhPeriod[] {
  const slice = text.slice(from, to);
  const found: ZhPeriod[] = [];
  for (const { pattern, keys, read } of PERIOD_PATTERNS) {
    if (!keys.some((key) => slice.includes(key))) continue;
    pattern.lastIndex = 0;
    for (let m = pattern.exec(slice); m; m = pattern.exec(slice)) {
      const start = from + m.index;
      const end = start + m[0].length;
      if (found.some((p) => start < p.end && end > p.start)) continue;
      const period = read(m);
      if (period === undefined || (period && !(period.to >= period.from))) continue;
      // 增速较上半年加快: the part year a change is compared with is not the figure's
      if (COMPARISON_BEFORE.test(text.slice(Math.max(from, start - 3), start))) continue;
      // 达2024年前11个月的70%: the part year a share is of is not the figure's
      if (periodIsShareBase(text, from, start, end)) continue;
      found.push({ start, end, period, ...(m[0].endsWith("日") ? { day: true } : {}) });
    }
  }
  return found.sort((a, b) => a.start - b.start);
}

/**
 * 今年新能源汽车产量突破100万辆, written in October: a result of the year not over yet, with no part year written,
 * covers the months so far (1-10). Null when the sentence writes a part year or 全年, or the year is another.
 */
export function soFar(year: ZhYear | null, periods: ZhPeriod[], referenceMonth: number | null): Period | null {
  if (!year?.now || periods.length || referenceMonth === null || referenceMonth >= 12) return null;
  return { from: 1, to: referenceMonth };
}

/**
 * The part year a sentence leaves for the next: its last one, unless a year of its own comes after it
 * ("2025年上半年达5005亿元，预计今年将突破…": the sentence ends on the whole year).
 */
export function carriedPeriod(periods: ZhPeriod[], years: ZhYear[]): ZhPeriod | null {
  // (一季度…，其中1-2月…，3月…: the parts of the first period leave the sentences after it in the whole)
  const whole = periods.length > 1 ? periods[0].period : null;
  const parts =
    whole && periods.slice(1).every((p) => p.period && p.period.from >= whole.from && p.period.to <= whole.to);
  const last = periods.length ? periods[parts ? 0 : periods.length - 1] : null;
  return last && years.some((y) => !y.comparison && !y.span && y.start >= last.end) ? null : last;
}

// 提出…概念时, 起步之时: a clause that says when the figures after it were (not 同时, 及时, 按时)
const WHEN_CLAUSE = /(?<!同|及|适|准|按|实|临)时\s?[，,]?\s*$/;
export const whenClause = (clause: string): boolean => WHEN_CLAUSE.test(clause);

/** A clause of when (…时) in a year before the document's: its words (规划中提出…时) plan nothing. */
export function pastWhen(clause: string, referenceYear: number | null): boolean {
  if (referenceYear === null || !WHEN_CLAUSE.test(clause)) return false;
  const year = /((?:19|20)\d{2})\s?年/.exec(clause);
  return year !== null && Number(year[1]) < referenceYear;
}

// 十年来，…收入从2.5万亿元增至9.5万亿元: a level reached over the span, a whole year's (not a part year's total)
const GREW_OVER_SPAN =
  /从[^，,。；;]{0,16}?\d[^，,。；;]{0,12}?(?:增至|增长至|增长到|增加到|增加至|提高到|提高至|提升至|提升到|扩大到|扩大至|升至|上升到|跃升至|攀升至)/;

// 达到, 突破, 站稳, 首次: words of a result reached (a plan's lines under a heading, 增长6%, have none)
const RESULT_WORD = /达|实现|突破|超过|跨越|站稳|跃上|迈上|完成|录得|首次|已/;

/**
 * 五年来, “十四五”以来 in a January or February report: the years reviewed end with the last one; so does a whole
 * year's result reached (达到, 突破) dated by a year carried from the sentences before (今年…力争…。…达到…), and
 * a level reached over the span later in the year (十年来…从…增至…), the year's total not being known yet.
 */
export function reviewEndsLastYear(
  mention: ZhYear | null,
  year: number,
  doc: { referenceYear: number | null; referenceMonth: number | null },
  lead: { before: string; carried: boolean } = { before: "", carried: false },
): boolean {
  if (year !== doc.referenceYear || doc.referenceMonth === null) return false;
  if (!mention?.span) return lead.carried && doc.referenceMonth <= 2 && RESULT_WORD.test(lead.before);
  return doc.referenceMonth <= 2 || (doc.referenceMonth < 12 && GREW_OVER_SPAN.test(lead.before));
}

// 8月当月…增长6.5%，累计增长4.1%: a total opening its clause with 累计 after one month's figure runs from January to it
const SINCE_JANUARY = /^[，,\s]*(?:当年|今年|全年)?累计/;
export function yearToDate(clauseLead: string, period: Period | null): Period | null {
  return period && period.from === period.to && SINCE_JANUARY.test(clauseLead) ? { from: 1, to: period.to } : period;
}
