/**
 * Where a Chinese text names a catalog indicator or a signing event. Chinese has no spaces, so names are found as
 * substrings, longest first. The names come from the catalog (each entry's Chinese aliases and Chinese name); its
 * aliases with gaps (研发…占…生产总值) are read by `../gap-names`.
 */
import { gapNameFinder, hasGap, withGapNames } from "../gap-names";
import { CJK } from "./text";

interface NamedEntry {
  code: string;
  aliases: readonly string[];
  /** acronyms, case-sensitive, also used in Chinese text (上海AI产业, 新能源汽车NEV) */
  acronyms?: readonly string[];
  /** the catalog's Chinese aliases and name (catalog data files, the analyst's definitions) */
  aliasesZh?: readonly string[];
  nameZh?: string;
}
interface NamedSeries {
  prefix: string;
  aliases: readonly string[];
  aliasesZh?: readonly string[];
  nameZh?: string;
}

export interface ZhName<T> {
  start: number;
  end: number;
  text: string;
  entry: T;
}

export interface ZhNames<I, E> {
  indicatorsIn(text: string, from: number, to: number): ZhName<I>[];
  eventsIn(text: string, from: number, to: number): ZhName<E>[];
  /** the indicator a whole Chinese name (新能源汽车保有量) is, if the catalog has it */
  indicatorNamed(name: string): I | undefined;
}

/** An entry's names in Chinese script: its Chinese aliases and name, and any alias written in Chinese. */
function chineseNamesOf(entry: { aliases: readonly string[]; aliasesZh?: readonly string[]; nameZh?: string }) {
  return [
    ...(entry.aliasesZh ?? []),
    ...(entry.nameZh ? [entry.nameZh] : []),
    ...entry.aliases.filter((a) => CJK.test(a)),
  ];
}

// the measure words a catalog name may end with, and the verbs a sentence may put before them
const MEASURE_WORDS = "增加值|总产值|产值|营业收入|销售收入|产量";
const MEASURE_WORD = new RegExp(`(?:${MEASURE_WORDS})$`);
const SPLITTING_VERB = "实现|完成|累计实现|累计完成";

/** text.toLowerCase(), which for a name in ideographs alone (no case to fold) is the name itself. */
function lowerCase(text: string): string {
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code < 0x3400 || code > 0x9fff) return text.toLowerCase();
  }
  return text;
}

const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");

function finder<T>(named: { names: string[]; entry: T; acronyms?: readonly string[] }[]) {
  const byName = new Map<string, T>();
  for (const { names, entry } of named)
    for (const name of names)
      if (!hasGap(name) && !byName.has(name.toLowerCase())) byName.set(name.toLowerCase(), entry);
  const gapNames = gapNameFinder(
    named.flatMap(({ names, entry }) => names.map((alias) => ({ alias, entry }))),
    "zh",
  );
  const byAcronym = new Map<string, T>();
  for (const { acronyms, entry } of named)
    for (const a of acronyms ?? []) if (!byAcronym.has(a)) byAcronym.set(a, entry);
  const names = [...byName.keys()].sort((a, b) => b.length - a.length);
  const acronyms = [...byAcronym.keys()].sort((a, b) => b.length - a.length);
  const pattern = new RegExp(names.length ? names.map(escape).join("|") : "(?!)", "gi");
  // acronyms only in capitals and not inside a Latin word
  const acronymPattern = new RegExp(
    acronyms.length ? `(?<![A-Za-z])(?:${acronyms.map(escape).join("|")})(?![A-Za-z])` : "(?!)",
    "g",
  );
  // 数字经济实现增加值: a name whose measure word is split from its stem by the verb (数字经济增加值)
  const splitNames = new Map<string, string>();
  for (const name of names) {
    const measure = MEASURE_WORD.exec(name);
    if (measure && measure.index >= 2) splitNames.set(name.slice(0, measure.index), name);
  }
  const splitPattern = new RegExp(
    splitNames.size
      ? `(${[...splitNames.keys()]
          .sort((a, b) => b.length - a.length)
          .map(escape)
          .join("|")})(?:${SPLITTING_VERB})(${MEASURE_WORDS})`
      : "(?!)",
    "gi",
  );
  const find = (text: string, from: number, to: number): ZhName<T>[] => {
    const slice = text.slice(from, to);
    const found: ZhName<T>[] = [];
    pattern.lastIndex = 0;
    for (let m = names.length ? pattern.exec(slice) : null; m; m = pattern.exec(slice)) {
      found.push({
        start: from + m.index,
        end: from + m.index + m[0].length,
        text: m[0],
        entry: byName.get(lowerCase(m[0]))!,
      });
    }
    // (a catalog with no split names or no acronyms has nothing to scan for them)
    splitPattern.lastIndex = 0;
    for (let m = splitNames.size ? splitPattern.exec(slice) : null; m; m = splitPattern.exec(slice)) {
      const start = from + m.index;
      const end = start + m[0].length;
      const entry = byName.get(lowerCase(m[1] + m[2]));
      if (entry && !found.some((f) => start < f.end && end > f.start)) found.push({ start, end, text: m[0], entry });
    }
    acronymPattern.lastIndex = 0;
    for (let m = acronyms.length ? acronymPattern.exec(slice) : null; m; m = acronymPattern.exec(slice)) {
      const start = from + m.index;
      const end = start + m[0].length;
      if (!found.some((f) => start < f.end && end > f.start))
        found.push({ start, end, text: m[0], entry: byAcronym.get(m[0])! });
    }
    found.sort((x, y) => x.start - y.start);
    return withGapNames(found, gapNames(slice, from), (x, y) => x.entry === y.entry);
  };
  return { find, named: (name: string) => byName.get(lowerCase(name)) };
}

const built = new WeakMap<object, ZhNames<never, never>>();

/** The Chinese names of a catalog's indicators and event series, built once per catalog. */
export function chineseNames<I extends NamedEntry, E extends NamedSeries>(
  indicators: readonly I[],
  events: readonly E[],
): ZhNames<I, E> {
  const cached = built.get(indicators) as ZhNames<I, E> | undefined;
  if (cached) return cached;
  const indicatorNames = finder(
    indicators.map((entry) => ({ names: chineseNamesOf(entry), entry, acronyms: entry.acronyms })),
  );
  const names: ZhNames<I, E> = {
    indicatorsIn: indicatorNames.find,
    eventsIn: finder(events.map((entry) => ({ names: chineseNamesOf(entry), entry }))).find,
    indicatorNamed: indicatorNames.named,
  };
  built.set(indicators, names as ZhNames<never, never>);
  return names;
}
