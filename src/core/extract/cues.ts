/** Words that tell what a figure is: its time, its modality, its comparator, its place. */
import type { Comparator } from "../types";

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

const YEAR_PATTERNS: {
  pattern: RegExp;
  resolve: (m: RegExpExecArray, ref: number | null) => YearMention["year"] | null;
  /** for periods: their first year */
  first?: (m: RegExpExecArray) => number;
}[] = [
  // "the 14th Five-Year Plan period" is 2021-25; its targets are for 2025
  {
    pattern: /\b(\d{1,2})(?:st|nd|rd|th)\s+Five[-\s]Year\s+Plan\b/gi,
    resolve: (m) => {
      const start = fiveYearPlanStart(Number(m[1]));
      return start === null ? null : start + 4;
    },
    first: (m) => fiveYearPlanStart(Number(m[1]))!,
  },
  // (2021-25), 2021-2025, 2021 to 2025
  {
    pattern: /\b((?:19|20)\d{2})\s?(?:-|–|to)\s?((?:19|20)?\d{2})\b/g,
    resolve: (m) => periodEnd(m),
    first: (m) => Number(m[1]),
  },
  {
    pattern: /\b(?:last year|a year earlier|a year ago|the previous year|the year before|the prior year)(?:'s|’s)?/gi,
    resolve: (_m, ref) => (ref === null ? null : ref - 1),
  },
  { pattern: /\b(?:this year|the current year|so far this year)\b/gi, resolve: (_m, ref) => ref },
  { pattern: /\bnext year\b/gi, resolve: (_m, ref) => (ref === null ? null : ref + 1) },
  { pattern: /\b((?:19|20)\d{2})\b(?!\s?(?:-|–)\s?\d)/g, resolve: (m) => Number(m[1]) },
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
  for (const { pattern, resolve, first: firstOf } of YEAR_PATTERNS) {
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
  return found.sort((a, b) => a.start - b.start);
}

const TARGET_CUE =
  /\b(will|shall|should|would|'ll|is to|are to|(?:is|are|was|were)?\s*(?:expected|projected|forecast|set|scheduled|slated|poised|estimated) to|aims? to|aiming to|aims? for|strives? to|striving to|plans? to|planning to|seeks? to|targets?|targeting|goal|vows? to|pledges? to|intends? to|expects? (?:it|them|the \w+) to|to be (?:built|completed|achieved|reached))\b/i;
const ACTUAL_CUE =
  /\b(is home to|are home to|reached|covered|delivered|sold|shipped|exported|imported|earned|attracted|contributed|received|expanded|surged|soared|rose|grew|increased|jumped|climbed|fell|dropped|declined|decreased|totaled|totalled|tallied|stood|hit|saw|churned out|turned out|produced|recorded|posted|registered|achieved|exceeded|topped|surpassed|accounted for|amounted|numbered|stands at|invested|generated|realized|realised|reported|was|were|had been|has been|have been|last year|announced)\b/i;
const SIGNING_CUE =
  /\b(signed|signing|signs|sign|inked|contracted|contractual|contracts?|agreements?|deals?|sealed|seals)\b/i;

export function targetCue(text: string): boolean {
  return TARGET_CUE.test(text);
}
export function actualCue(text: string): boolean {
  return ACTUAL_CUE.test(text);
}
export function signingCue(text: string): boolean {
  return SIGNING_CUE.test(text);
}

const COMPARATOR_CUES: [RegExp, Comparator][] = [
  [/\b(at least|no less than|not less than|a minimum of|minimum of|no fewer than)\s*$/i, ">="],
  [/\b(at most|no more than|not more than|up to|a maximum of|maximum of|not exceed|not to exceed)\s*$/i, "<="],
  [/\b(less than|under|below|fewer than)\s*$/i, "<"],
  [
    /\b(more than|over|above|exceed|exceeds|exceeded|exceeding|top|tops|topped|topping|surpass|surpasses|surpassed|surpassing|in excess of|beyond|smash|smashes|smashed|beat|beats|upwards of|north of)\s*$/i,
    ">",
  ],
  [
    /\b(about|around|approximately|approx\.|nearly|almost|roughly|some|close to|an estimated|estimated|circa|or so)\s*$/i,
    "~",
  ],
];

/**
 * The comparator a figure carries, read from the words just before it
 * ("should exceed 1.5 trillion", "at least two-thirds", "worth a total in excess of").
 */
export function comparatorBefore(before: string): Comparator {
  const near = before
    .slice(-40)
    .replace(/\b(a total of|a total|in total|total of|the)\s*$/i, "")
    .replace(/\s+$/, " ");
  for (const [pattern, comparator] of COMPARATOR_CUES) {
    if (pattern.test(near)) return comparator;
  }
  return "=";
}

export function comparatorAfter(after: string): Comparator | undefined {
  if (/^\s*(or more|and above|or above|plus)\b/i.test(after)) return ">=";
  if (/^\s*(or less|and below|or below)\b/i.test(after)) return "<=";
  return undefined;
}

export const REGIONS = [
  "Shanghai",
  "Beijing",
  "Chongqing",
  "Tianjin",
  "Guangdong",
  "Shenzhen",
  "Guangzhou",
  "Jiangsu",
  "Zhejiang",
  "Hangzhou",
  "Suzhou",
  "Nanjing",
  "Wuhan",
  "Hubei",
  "Sichuan",
  "Chengdu",
  "Hefei",
  "Anhui",
  "Shandong",
  "Qingdao",
  "Fujian",
  "Xiamen",
  "Hainan",
  "Hunan",
  "Changsha",
  "Henan",
  "Zhengzhou",
  "Hebei",
  "Shaanxi",
  "Xi'an",
  "Guizhou",
  "Yunnan",
  "Guangxi",
  "Jiangxi",
  "Liaoning",
  "Shenyang",
  "Dalian",
  "Jilin",
  "Heilongjiang",
  "Inner Mongolia",
  "Xinjiang",
  "Tibet",
  "Qinghai",
  "Gansu",
  "Ningxia",
  "Shanxi",
  "Hong Kong",
  "Macao",
  "Ningbo",
  "Wuxi",
  "Dongguan",
];
const REGION_PATTERN = new RegExp(`\\b(${REGIONS.map((r) => r.replace(/'/g, "['’]")).join("|")})\\b`, "g");
const NATION_PATTERN =
  /\b(China|the country|the nation)(?:'s|’s)\b|\bnationwide\b|\bChina\b(?=\s+(?:produced|sold|exported|reached|saw))/;

/** The region a stretch of text talks about: the last place it names, or China for national figures. */
export function regionIn(text: string): string | undefined {
  let found: string | undefined;
  REGION_PATTERN.lastIndex = 0;
  for (let m = REGION_PATTERN.exec(text); m; m = REGION_PATTERN.exec(text)) found = m[1].replace("’", "'");
  if (found) return found;
  if (NATION_PATTERN.test(text)) return "China";
  return undefined;
}
