/**
 * The reported-figures table (data/reported.csv, and the analyst's own CSV or sheet in the same format):
 * one row a figure, each with its published source. Rows -> facts; a bad row is named with its row number
 * and the reason, and the good rows are kept.
 *
 * Header: region,indicator,kind,year,period,value,unit,comparator,measure,subject,url,publisher,published,note
 *
 * A table figure has no sentence to quote. Its `quote` is a readable description of the row ("Reported figure,
 * <publisher>, <date>: ...") with start 0 and end at its length, as the workbook's own rows have: every view
 * (sheets, pane, checks) shows `quote` as text, and `source` is what marks a figure as tabular and carries its
 * URL, publisher, date and definition note. (DESIGN.md's "quote is null" would ripple through every view for
 * no gain to the analyst.)
 */
import { defaultCatalog, type Catalog } from "../catalog";
import { comparatorWords, formatPeriod, formatValue } from "../format";
import type { Comparator, Fact, FactKind, FigureSource, Measure, Period } from "../types";

export const FIGURE_COLUMNS = [
  "region",
  "indicator",
  "kind",
  "year",
  "period",
  "value",
  "unit",
  "comparator",
  "measure",
  "subject",
  "url",
  "publisher",
  "published",
  "note",
] as const;
export type FigureColumn = (typeof FIGURE_COLUMNS)[number];

const REQUIRED: readonly FigureColumn[] = [
  "region",
  "indicator",
  "kind",
  "year",
  "value",
  "unit",
  "url",
  "publisher",
  "published",
];

/** One rejected row: its number as a spreadsheet shows it (the header is row 1) and why. */
export interface FigureError {
  row: number;
  reason: string;
}

export interface FigureImport {
  /** the good rows as facts, each with `source` set */
  rows: Fact[];
  errors: FigureError[];
}

/** What the parser needs to know of the catalog: indicator codes (with the analyst's definitions) and events. */
export interface FigureLookup {
  indicator(code: string, region: string): { code: string; name: string; unit: string; unitClass: string } | undefined;
  event(code: string): { code: string; name: string } | undefined;
}

/** The lookup over a catalog (the shipped one, or one extended with the analyst's definitions). */
export function figureLookup(catalog: Catalog): FigureLookup {
  return {
    indicator: (code, region) => catalog.findIndicator(code, region),
    event: (code) => catalog.findEvent(code),
  };
}

export const BUILT_IN_LOOKUP: FigureLookup = {
  indicator: (code, region) => defaultCatalog().findIndicator(code, region),
  event: (code) => defaultCatalog().findEvent(code),
};

export interface FigureOptions {
  /** the name the rows' facts carry as their document ("reported.csv", "my-figures.xlsx") */
  doc: string;
  /** rows the analyst brought in (they count before any publication when sources disagree) */
  analyst?: boolean;
  lookup?: FigureLookup;
}

/** The same lookups once per table: a table names the same few codes over and over. */
function remembered(lookup: FigureLookup): FigureLookup {
  const indicators = new Map<string, ReturnType<FigureLookup["indicator"]>>();
  const events = new Map<string, ReturnType<FigureLookup["event"]>>();
  return {
    indicator(code, region) {
      const key = `${code}\u0000${region}`;
      if (!indicators.has(key)) indicators.set(key, lookup.indicator(code, region));
      return indicators.get(key);
    },
    event(code) {
      if (!events.has(code)) events.set(code, lookup.event(code));
      return events.get(code);
    },
  };
}

/** A row of the table as text fields by column name. */
export type FigureFields = Partial<Record<FigureColumn, string>>;

const UNITS: Record<string, { unit: string; factor: number }> = {
  "cny bn": { unit: "CNY", factor: 1e9 },
  cny: { unit: "CNY", factor: 1 },
  "usd bn": { unit: "USD", factor: 1e9 },
  usd: { unit: "USD", factor: 1 },
  percent: { unit: "ratio", factor: 0.01 },
  ratio: { unit: "ratio", factor: 1 },
};
const COMPARATORS: readonly Comparator[] = ["=", ">", ">=", "<", "<=", "~"];
const MEASURES: readonly Measure[] = ["level", "growth", "share"];
const KINDS: readonly FactKind[] = ["target", "actual", "signing"];

class RowError extends Error {}

function fail(reason: string): never {
  throw new RowError(reason);
}

const realDates = new Map<string, boolean>();

function isRealDate(text: string): boolean {
  let known = realDates.get(text);
  if (known === undefined) {
    known = checkDate(text);
    if (realDates.size > 10000) realDates.clear();
    realDates.set(text, known);
  }
  return known;
}

function checkDate(text: string): boolean {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text);
  if (!match) return false;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  const date = new Date(Date.UTC(year, month - 1, day));
  return date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
}

/** "1-6" -> the first half; empty or "1-12" -> the whole year (null). */
export function parsePeriod(text: string): Period | null {
  const trimmed = text.trim();
  if (!trimmed) return null;
  const match = /^(\d{1,2})\s*-\s*(\d{1,2})$/.exec(trimmed) ?? /^(\d{1,2})()$/.exec(trimmed);
  if (!match)
    fail(`period "${trimmed}" is not months as M-M (1-6 for January to June); leave it empty for a whole year`);
  const from = Number(match[1]);
  const to = match[2] === "" ? from : Number(match[2]);
  if (from < 1 || to > 12 || from > to) fail(`period "${trimmed}" is not a span of months between 1 and 12`);
  return from === 1 && to === 12 ? null : { from, to };
}

function parseNumber(text: string): number {
  const trimmed = text.trim();
  // digits with optional thousands separators and a decimal part: "1200000", "1,200,000", "489.8", "-3.5"
  if (!/^[-+]?(\d{1,3}(,\d{3})+|\d+)(\.\d+)?$|^[-+]?\.\d+$/.test(trimmed))
    fail(trimmed ? `value "${trimmed}" is not a number` : "value is missing");
  return Number(trimmed.replace(/,/g, ""));
}

function scaled(value: number, factor: number): number {
  if (factor === 1) return value;
  // 489.8 bn is 489,800,000,000 yuan to the yuan; 4.4 percent is 0.044, not 0.044000000000000004
  if (factor === 1e9) return Math.round(value * 1e9);
  return Number((value * factor).toPrecision(12));
}

interface UnitInfo {
  unit: string;
  factor: number;
  /** the unit as the row wrote it, for messages */
  written: string;
}

const unitsSeen = new Map<string, UnitInfo | string>();

/** The unit of a row, remembered by its text (a table repeats a handful of units). */
function parseUnit(text: string): UnitInfo {
  let known = unitsSeen.get(text);
  if (known === undefined) {
    try {
      known = readUnit(text);
    } catch (error) {
      if (!(error instanceof RowError)) throw error;
      known = error.message;
    }
    if (unitsSeen.size > 1000) unitsSeen.clear();
    unitsSeen.set(text, known);
  }
  return typeof known === "string" ? fail(known) : known;
}

function readUnit(text: string): UnitInfo {
  const written = text.trim();
  const known = UNITS[written.toLowerCase().replace(/\s+/g, " ")];
  if (known) return { ...known, written };
  // a rate per counted thing, as the catalog names it: "yuan per person" (labour productivity, GDP per capita)
  if (/^(yuan|dollars?) per [a-z][a-z ]*[a-z]$/i.test(written))
    return { unit: written.toLowerCase(), factor: 1, written };
  if (/^[a-z][a-z -]*[a-z]$/i.test(written) && !/\b(bn|billion|million|trn|yuan|dollars?)\b/i.test(written))
    return { unit: written.toLowerCase(), factor: 1, written };
  fail(
    written
      ? `unit "${written}" is not one of CNY bn, CNY, USD bn, USD, percent, ratio or a counted noun (vehicles, projects)`
      : "unit is missing",
  );
}

function describeRow(fact: Fact, source: FigureSource, row: number, doc: string): string {
  const parts = [`Reported figure, ${source.publisher}, ${source.published}: ${fact.indicator}`];
  if (fact.subject && fact.subject !== fact.indicator) parts.push(fact.subject);
  parts.push(
    `${fact.kind} ${formatPeriod(fact.year, fact.period)}${fact.measure === "level" ? "" : ` (${fact.measure})`}`,
  );
  if (fact.value !== null) parts.push(`${comparatorWords(fact.comparator)}${formatValue(fact.value, fact.unit)}`);
  parts.push(`— ${source.url} [${doc} row ${row}]`);
  return parts.join(" ");
}

/** One row -> one fact, or a RowError with the reason. */
function rowToFact(fields: FigureFields, row: number, options: FigureOptions): Fact {
  const lookup = options.lookup ?? BUILT_IN_LOOKUP;
  const get = (name: FigureColumn) => (fields[name] ?? "").trim();
  const region = get("region");
  if (!region) fail("region is missing");
  const kindText = get("kind").toLowerCase();
  if (!KINDS.includes(kindText as FactKind))
    fail(kindText ? `kind "${get("kind")}" is not target, actual or signing` : "kind is missing");
  const kind = kindText as FactKind;
  const code = get("indicator");
  if (!code) fail("indicator is missing");
  const event = lookup.event(code);
  const entry = event ? undefined : lookup.indicator(code, region);
  if (kind === "signing" && !event) fail(`"${code}" is not a signing event (signings name one, such as GIPC2023)`);
  if (kind !== "signing" && event) fail(`${event.code} is a signing event: its rows have kind "signing"`);
  if (!event && !entry)
    fail(
      `unknown indicator "${code}": it is not in the catalog and no definition names it (add it with --catalog or the Indicators sheet)`,
    );

  const yearText = get("year");
  if (!/^\d{4}$/.test(yearText)) fail(yearText ? `year "${yearText}" is not a year` : "year is missing");
  const year = Number(yearText);
  if (year < 1949 || year > 2100) fail(`year ${year} is impossible for a reported figure (1949 to 2100)`);
  const period = parsePeriod(get("period"));

  const unitInfo = parseUnit(get("unit"));
  const raw = parseNumber(get("value"));
  const measureText = get("measure").toLowerCase();
  if (measureText && !MEASURES.includes(measureText as Measure))
    fail(`measure "${get("measure")}" is not level, growth or share`);
  const rate = unitInfo.unit === "ratio";
  let measure: Measure;
  if (measureText) measure = measureText as Measure;
  else if (!rate) measure = "level";
  else if (event || entry?.unitClass === "ratio") measure = "share";
  else fail(`a ${unitInfo.written} figure of ${entry!.code} (counted in ${entry!.unit}) needs measure growth or share`);
  if ((measure === "growth" || measure === "share") && !rate)
    fail(`a ${measure} is a rate: give it in percent or ratio, not ${unitInfo.written}`);
  if (measure === "level" && entry) {
    const fits =
      entry.unitClass === "count"
        ? unitInfo.unit === entry.unit.toLowerCase()
        : entry.unitClass === "money"
          ? unitInfo.unit === entry.unit
          : rate;
    if (!fits) {
      const expected =
        entry.unitClass === "money"
          ? `${entry.unit} bn or ${entry.unit}`
          : entry.unitClass === "ratio"
            ? "percent or ratio"
            : entry.unit;
      fail(`unit "${unitInfo.written}" does not fit ${entry.code}, which is counted in ${expected}`);
    }
  }
  if (measure !== "growth" && raw < 0) fail(`a ${measure} cannot be negative (${raw})`);
  const value = scaled(raw, unitInfo.factor);
  if (measure === "share" && value > 1) fail(`a share above 100 percent (${raw} ${unitInfo.written}) is impossible`);

  const comparatorText = get("comparator") || "=";
  if (!COMPARATORS.includes(comparatorText as Comparator))
    fail(`comparator "${comparatorText}" is not one of > >= < <= ~ (or empty for =)`);

  const url = get("url");
  const publisher = get("publisher");
  const published = get("published");
  if (!url) fail("missing source: url is empty");
  if (!/^https?:\/\/\S+$/i.test(url)) fail(`source url "${url}" is not an http(s) address`);
  if (!publisher) fail("missing source: publisher is empty");
  if (!published) fail("missing source: published (the publication date) is empty");
  if (!isRealDate(published)) fail(`published "${published}" is not a date as YYYY-MM-DD`);
  if (kind === "actual") {
    const lastMonth = period?.to ?? 12;
    const earliest = `${year}-${String(lastMonth).padStart(2, "0")}-01`;
    if (published < earliest)
      fail(
        `an actual for ${formatPeriod(year, period)} cannot have been published on ${published}, before the period ended`,
      );
  }

  const note = get("note");
  const source: FigureSource = {
    url,
    publisher,
    published,
    ...(note ? { note } : {}),
    ...(options.analyst ? { analyst: true } : {}),
  };
  const indicator = event?.code ?? entry!.code;
  const fact: Fact = {
    doc: options.doc,
    region,
    indicator,
    subject: get("subject") || (event ? "" : indicator),
    kind,
    measure,
    year,
    period,
    value,
    // a counted noun as the catalog spells it ("Vehicles" in a row is the catalog's "vehicles")
    unit: entry?.unitClass === "count" && measure === "level" ? entry.unit : unitInfo.unit,
    comparator: comparatorText as Comparator,
    relative: null,
    quote: "",
    start: 0,
    end: 0,
    source,
  };
  fact.quote = describeRow(fact, source, row, options.doc);
  fact.end = fact.quote.length;
  return fact;
}

/**
 * Header and rows of a table (CSV records or sheet rows, as text) -> facts and errors. `rows[i].row` is the row
 * number shown in messages.
 */
export function parseFigureRecords(
  header: string[],
  rows: { row: number; fields: string[] }[],
  given: FigureOptions,
  headerRow = 1,
): FigureImport {
  const options = { ...given, lookup: remembered(given.lookup ?? BUILT_IN_LOOKUP) };
  const errors: FigureError[] = [];
  const columns = header.map((name) => name.trim().toLowerCase());
  const unknown = columns.filter((name) => name && !FIGURE_COLUMNS.includes(name as FigureColumn));
  if (unknown.length)
    errors.push({
      row: headerRow,
      reason: `unknown column${unknown.length > 1 ? "s" : ""} ${unknown.map((u) => `"${u}"`).join(", ")} ignored; columns are ${FIGURE_COLUMNS.join(",")}`,
    });
  const missing = REQUIRED.filter((name) => !columns.includes(name));
  if (missing.length) {
    errors.push({
      row: headerRow,
      reason: `the header lacks the column${missing.length > 1 ? "s" : ""} ${missing.join(", ")}; no row can be read without ${missing.length > 1 ? "them" : "it"}`,
    });
    return { rows: [], errors };
  }
  const facts: Fact[] = [];
  // where each known column is, worked out once for the table
  const positions = FIGURE_COLUMNS.map((name) => [name, columns.indexOf(name)] as const).filter(([, i]) => i >= 0);
  for (const { row, fields } of rows) {
    const named: FigureFields = {};
    for (const [name, i] of positions) named[name] = fields[i] ?? "";
    try {
      facts.push(rowToFact(named, row, options));
    } catch (error) {
      if (!(error instanceof RowError)) throw error;
      errors.push({ row, reason: error.message });
    }
  }
  return { rows: facts, errors };
}
