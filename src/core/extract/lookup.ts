/**
 * The one place the extractor asks the catalog anything: which indicator a name means, where a text names an
 * indicator or a signing event, what an event of a given year is called.
 *
 * Every stage receives a `Lookup`; none imports the catalog itself. To read a document against another catalog
 * (the analyst's own definitions), pass it as `context.catalog`; `catalogFor` below is the only place that reads it.
 */
import { defaultCatalog, eventOf, type EventSeries, type Indicator, type SigningEvent } from "../catalog";
import type { DocumentContext } from "../types";
import { gapNameFinder, hasGap, withGapNames } from "./gap-names";

/** What the extractor needs of a catalog (a `Catalog` is one): its indicators and its signing-event series. */
export interface CatalogData {
  indicators: readonly Indicator[];
  events: readonly EventSeries[];
}

export interface AliasMatch {
  start: number;
  end: number;
  text: string;
  indicator: Indicator;
}

export interface EventMention {
  start: number;
  prefix: string;
}

export interface Lookup {
  /** the catalog itself, for stages that match names their own way (Chinese: substrings, no word boundaries) */
  catalog: CatalogData;
  /** an indicator by code ("NEV_VALUE"), for twins */
  indicator(code: string): Indicator | undefined;
  /** is this exact phrase an indicator name or acronym? ("Software revenue" is not a company) */
  namesIndicator(text: string): boolean;
  /** every place in text[from, to) that names a catalog indicator */
  aliasesIn(text: string, from?: number, to?: number): AliasMatch[];
  /** every mention of a known signing event (Smart China Expo, SCE2021, the investment promotion conference) */
  eventsIn(text: string): EventMention[];
  /** is this phrase an event's name? */
  namesEvent(text: string): boolean;
  series(prefix: string): EventSeries | undefined;
  /** the event of a series in a year: GIPC + 2024 -> GIPC2024 */
  event(series: EventSeries, year: number): SigningEvent;
}

/** The catalog a document is read against: the context's (the analyst's definitions), else the shipped one. */
export function catalogFor(context: DocumentContext): CatalogData {
  return context.catalog ?? defaultCatalog();
}

function escape(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&").replace(/[-\s]/g, "[-\\s]");
}

const normalise = (text: string) => text.toLowerCase().replace(/[-\s]+/g, " ");

const built = new WeakMap<CatalogData, Lookup>();

/** A lookup over a catalog, built once per catalog object. */
export function lookupFor(catalog: CatalogData): Lookup {
  const cached = built.get(catalog);
  if (cached) return cached;
  const lookup = buildLookup(catalog);
  built.set(catalog, lookup);
  return lookup;
}

const HEAD_NOUN = /^(.+?)\s+(expenditure|spending|investment|revenue|output|sales|exports)$/i;

/** "R&D expenditure" is also written "expenditure on R&D"; "industrial output", "output of industry" stays as named. */
function inverted(alias: string): string[] {
  const match = HEAD_NOUN.exec(alias);
  if (!match || /[\u3400-\u9fff]/.test(alias)) return [];
  return [`${match[2]} on ${match[1]}`, `${match[2]} in ${match[1]}`];
}

function alternation(words: string[]): string {
  return words.length ? words.map(escape).join("|") : "(?!)";
}

/** The character a case-insensitive (non-Unicode) pattern compares a character as: its upper case, as ES defines it. */
function caseKey(char: string): string {
  const upper = char.toUpperCase();
  return upper.length === 1 && !(char.charCodeAt(0) >= 128 && upper.charCodeAt(0) < 128) ? upper : char;
}

interface TrieNode {
  /** a word ends here */
  end: boolean;
  /** by the character's key: the pattern for it and the words' next characters */
  next: Map<string, { atom: string; node: TrieNode }>;
}

/**
 * The words as one pattern shared by their common beginnings ("output(?:[-\s]value|)"), for a case-insensitive
 * match: the same text matches as the words' alternation, longest first, and a position that starts no word is
 * rejected at its first character instead of once per word (the catalog has some 150 names). Each character is a
 * pattern of its own as `escape` writes it; characters a case-insensitive pattern takes for one share a branch.
 */
function caselessTrie(words: string[]): string {
  const root: TrieNode = { end: false, next: new Map() };
  for (const word of words) {
    let node = root;
    for (const char of word.split("")) {
      const key = /[-\s]/.test(char) ? "-" : caseKey(char);
      let branch = node.next.get(key);
      if (!branch) node.next.set(key, (branch = { atom: escape(char), node: { end: false, next: new Map() } }));
      node = branch.node;
    }
    node.end = true;
  }
  const source = (node: TrieNode): string => {
    const branches = [...node.next.values()].map(({ atom, node: next }) => atom + source(next));
    if (!branches.length) return "";
    // a longer word is tried before the one that ends here (the alternation is sorted longest first)
    if (node.end) branches.push("");
    return branches.length > 1 ? `(?:${branches.join("|")})` : branches[0];
  };
  return words.length ? source(root) : "(?!)";
}

function buildLookup(catalog: CatalogData): Lookup {
  const byCode = new Map(catalog.indicators.map((entry) => [entry.code, entry]));
  const aliasEntries = catalog.indicators
    .flatMap((entry) =>
      entry.aliases
        .filter((alias) => !hasGap(alias))
        .flatMap((alias) => [alias, ...inverted(alias)].map((a) => ({ alias: a, entry }))),
    )
    .sort((a, b) => b.alias.length - a.alias.length);
  // "value of … new energy vehicles": the aliases with gaps, read by the matcher both languages share
  const gapNames = gapNameFinder(
    catalog.indicators.flatMap((entry) => entry.aliases.map((alias) => ({ alias, entry }))),
    "latin",
  );
  // a short capital code is how text writes it too ("GDP", "CPI")
  const acronymsOf = (entry: Indicator) =>
    /^[A-Z]{2,4}$/.test(entry.code) && !entry.acronyms.includes(entry.code)
      ? [...entry.acronyms, entry.code]
      : entry.acronyms;
  const acronymEntries = catalog.indicators
    .flatMap((entry) => acronymsOf(entry).map((acronym) => ({ acronym, entry })))
    .sort((a, b) => b.acronym.length - a.acronym.length);
  const aliasPattern = new RegExp(`\\b(${caselessTrie(aliasEntries.map((e) => e.alias))})\\b`, "gi");
  const acronymPattern = new RegExp(`\\b(${alternation(acronymEntries.map((e) => e.acronym))})\\b`, "g");
  const byName = new Map<string, Indicator>();
  for (const { alias, entry } of aliasEntries) byName.set(normalise(alias), entry);
  const byAcronym = new Map<string, Indicator>();
  for (const { acronym, entry } of acronymEntries) byAcronym.set(acronym, entry);

  const eventAliases = catalog.events
    // "investment promotion conference" is also written "... convention"
    .flatMap((series) =>
      series.aliases.flatMap((alias) =>
        (/\bconference\b/i.test(alias) ? [alias, alias.replace(/\bconference\b/i, "convention")] : [alias]).map(
          (a) => ({ alias: a, prefix: series.prefix }),
        ),
      ),
    )
    .sort((a, b) => b.alias.length - a.alias.length);
  const eventPattern = new RegExp(
    `(${eventAliases.length ? eventAliases.map(({ alias }) => `\\b${escape(alias)}(?=\\d|\\b)`).join("|") : "(?!)"})`,
    "gi",
  );
  const eventNames = new Set(eventAliases.map((e) => e.alias));
  // the first alias (longest first) of each written form, as a search of the sorted list finds it
  const eventByWritten = new Map<string, { alias: string; prefix: string }>();
  for (const entry of eventAliases) {
    const written = normalise(entry.alias);
    if (!eventByWritten.has(written)) eventByWritten.set(written, entry);
  }
  // "the city's 2027 investment promotion conference": a description of the series ("investment promotion
  // conference") written as the end of a proper name whose other words are not the series' own ("Global", its
  // region's) names another event
  const ownWords = new Map<string, Set<string>>();
  for (const series of catalog.events)
    ownWords.set(
      series.prefix,
      new Set(
        [
          series.name,
          series.region,
          ...series.aliases,
          "The",
          "This",
          "That",
          "Its",
          "Annual",
          "International",
        ].flatMap((name) => name.split(/\s+/)),
      ),
    );
  const inOtherName = (text: string, at: number, hit: { alias: string; prefix: string }): boolean => {
    if (hit.alias !== hit.alias.toLowerCase()) return false;
    const before = /\b([A-Z][A-Za-z'’-]*)\s+$/.exec(text.slice(Math.max(0, at - 30), at));
    return before !== null && /^[A-Z]/.test(text.slice(at)) && !ownWords.get(hit.prefix)?.has(before[1]);
  };
  const seriesByPrefix = new Map<string, EventSeries>();
  for (const series of catalog.events)
    if (!seriesByPrefix.has(series.prefix)) seriesByPrefix.set(series.prefix, series);

  const aliasesIn = (whole: string, from = 0, to = whole.length): AliasMatch[] => {
    const text = from === 0 && to === whole.length ? whole : whole.slice(from, to);
    const found: AliasMatch[] = [];
    aliasPattern.lastIndex = 0;
    for (let m = aliasPattern.exec(text); m; m = aliasPattern.exec(text)) {
      const indicator = byName.get(normalise(m[1]));
      if (indicator) found.push({ start: from + m.index, end: from + m.index + m[0].length, text: m[0], indicator });
    }
    acronymPattern.lastIndex = 0;
    for (let m = acronymPattern.exec(text); m; m = acronymPattern.exec(text)) {
      const indicator = byAcronym.get(m[1]);
      const start = from + m.index;
      const end = start + m[0].length;
      if (indicator && !found.some((f) => start < f.end && end > f.start)) {
        found.push({ start, end, text: m[0], indicator });
      }
    }
    found.sort((a, b) => a.start - b.start);
    const gaps = gapNames(text, from).map(({ entry, ...name }) => ({ ...name, indicator: entry }));
    return withGapNames(found, gaps, (a, b) => a.indicator === b.indicator);
  };

  // companies ask this of every name they find, the same names sentence after sentence
  const indicatorNames = new Map<string, boolean>();
  const namesIndicator = (text: string): boolean => {
    let names = indicatorNames.get(text);
    if (names === undefined) {
      names = byName.has(normalise(text)) || byAcronym.has(text) || aliasesIn(text).length > 0;
      if (indicatorNames.size >= 10_000) indicatorNames.clear();
      indicatorNames.set(text, names);
    }
    return names;
  };

  return {
    catalog,
    indicator: (code) => byCode.get(code),
    namesIndicator,
    aliasesIn,
    eventsIn(text) {
      const found: EventMention[] = [];
      eventPattern.lastIndex = 0;
      for (let m = eventPattern.exec(text); m; m = eventPattern.exec(text)) {
        const written = normalise(m[1]);
        const hit = eventByWritten.get(written);
        // Acronyms (SCE, GIPC) only count when written in capitals.
        if (hit && (hit.alias !== hit.alias.toUpperCase() || m[1] === hit.alias) && !inOtherName(text, m.index, hit))
          found.push({ start: m.index, prefix: hit.prefix });
      }
      return found;
    },
    namesEvent: (text) => eventNames.has(text),
    series: (prefix) => seriesByPrefix.get(prefix),
    event: eventOf,
  };
}
