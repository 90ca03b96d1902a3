/**
 * Facts from all documents and figure tables -> resolved targets, baselines, actuals, signings, conflicts and
 * cross-checks, per indicator series and plan.
 *
 * `indicators` holds one record per series and region: the plan in force on the dataset's date when it has a
 * target, else the latest plan with one (what today's callers and sheets show). `recordsByPlan` holds every
 * (series, region, plan) record; `findPlanRecord` and `recordForYear` look them up.
 */
import { defaultCatalog, type Catalog, type DateLike, type Indicator, type Plan } from "../catalog";
import type { DocumentInfo, Fact } from "../types";
import { crossChecks, type CrossCheck } from "./checks";
import { findConflicts, type Conflict } from "./conflicts";
import { recordInForce, seriesRecords, type IndicatorRecord } from "./records";
import { publicationDates } from "./rule";
import { signingRecord, type SigningRecord } from "./signings";

export { segmentOf, matchSegment, SEGMENT_RULES } from "./segments";
export type { Segment } from "./segments";
export type { CrossCheck } from "./checks";
export type { Conflict } from "./conflicts";
export type { IndicatorRecord, Resolved } from "./records";
export type { SegmentFigures, SigningRecord } from "./signings";
export { FIGURE_RULE, publicationDates, rankFigures, sourceLabel, whyItCounts } from "./rule";

export interface Dataset {
  documents: DocumentInfo[];
  facts: Fact[];
  /** one record per series and region: the plan in force (with a target), else the latest plan with a target */
  indicators: IndicatorRecord[];
  /** one record per series, region and plan */
  recordsByPlan: IndicatorRecord[];
  signings: SigningRecord[];
  conflicts: Conflict[];
  checks: CrossCheck[];
  catalog: Catalog;
  /** the date the plan in force is read from (YYYY-MM-DD) */
  date: string;
}

export interface SourceDocument {
  info: DocumentInfo;
  text: string;
}

export interface DatasetOptions {
  /** the catalog with the analyst's definitions; the shipped one by default */
  catalog?: Catalog;
  /** the workbook's date, which picks the plan in force; today by default */
  date?: DateLike;
}

function isoDate(date: DateLike): string {
  if (date instanceof Date) return date.toISOString().slice(0, 10);
  if (typeof date === "number") return `${date}-12-31`;
  if (typeof date === "string" && /^\d{4}/.test(date.trim())) return date.trim();
  return new Date().toISOString().slice(0, 10);
}

/** A stand-in plan for a series the catalog gives no plan (its own period). */
function ownPeriod(entry: Indicator): Plan {
  return {
    id: entry.plans?.[0] ?? "",
    name: entry.plan,
    region: entry.region,
    periodStart: entry.periodStart,
    periodEnd: entry.periodEnd,
    baselineYear: entry.periodStart - 1,
    definedIn: entry.definedIn ?? "",
  };
}

/** Table figures name a table, not a document: list each table as a source document (so the sheets know it). */
function withTables(documents: DocumentInfo[], facts: Fact[]): DocumentInfo[] {
  const known = new Set(documents.map((d) => d.file));
  const tables = new Map<string, string>();
  for (const fact of facts) {
    if (!fact.source || known.has(fact.doc)) continue;
    const latest = tables.get(fact.doc);
    if (latest === undefined || fact.source.published > latest) tables.set(fact.doc, fact.source.published);
  }
  return [
    ...documents,
    ...[...tables.entries()].map(([file, date]) => ({
      file,
      title: `Reported figures (${file})`,
      outlet: null,
      date,
      region: "",
    })),
  ];
}

/** Builds the dataset from facts already extracted (seeds, reported figures, what the analyst added). */
export function datasetFromFacts(facts: Fact[], documents: DocumentInfo[], options: DatasetOptions = {}): Dataset {
  const catalog = options.catalog ?? defaultCatalog();
  const date = isoDate(options.date);
  const year = Number(date.slice(0, 4));
  const allDocuments = withTables(documents, facts);
  const dateOf = publicationDates(allDocuments);

  // Group once: a dataset of 10,000 rows and 1,000 indicators must not scan every fact per indicator.
  const bySeries = new Map<string, Fact[]>();
  // One lookup per code and region (the catalog's own cache holds 1,000 names, fewer than a big table has).
  const entries = new Map<string, Indicator | undefined>();
  for (const fact of facts) {
    if (!fact.indicator || fact.kind === "signing") continue;
    const lookupKey = `${fact.indicator}\u0000${fact.region}`;
    let entry = entries.get(lookupKey);
    if (entry === undefined && !entries.has(lookupKey)) {
      entry = catalog.findIndicator(fact.indicator, fact.region);
      entries.set(lookupKey, entry);
    }
    if (!entry) continue;
    const key = `${entry.code}\u0000${fact.region}`;
    const list = bySeries.get(key);
    if (list) list.push(fact);
    else bySeries.set(key, [fact]);
  }
  const indicators: IndicatorRecord[] = [];
  const recordsByPlan: IndicatorRecord[] = [];
  const regionsOf = new Map<string, Set<string>>();
  for (const key of bySeries.keys()) {
    const [code, region] = key.split("\u0000");
    regionsOf.set(code, (regionsOf.get(code) ?? new Set()).add(region));
  }
  for (const entry of catalog.indicators) {
    const regions = [entry.region, ...[...(regionsOf.get(entry.code) ?? [])].filter((r) => r !== entry.region)];
    const plans = catalog.plansOf(entry);
    for (const region of regions) {
      const own = bySeries.get(`${entry.code}\u0000${region}`) ?? [];
      if (region !== entry.region && !own.length) continue;
      const records = seriesRecords(entry, region, plans.length ? plans : [ownPeriod(entry)], own, dateOf);
      recordsByPlan.push(...records);
      indicators.push(recordInForce(records, year));
    }
  }

  const signingFacts = new Map<string, Fact[]>();
  for (const fact of facts) {
    if (fact.kind !== "signing" || !fact.indicator) continue;
    const event = catalog.findEvent(fact.indicator);
    if (!event) continue;
    signingFacts.set(event.code, [...(signingFacts.get(event.code) ?? []), fact]);
  }
  const order = (code: string) => {
    const event = catalog.findEvent(code)!;
    return `${String(catalog.events.indexOf(event.series)).padStart(4, "0")}-${event.year}`;
  };
  const signings = [...signingFacts.keys()]
    .sort((a, b) => (order(a) < order(b) ? -1 : order(a) > order(b) ? 1 : 0)) // ASCII keys: no ICU collator needed
    .map((code) => signingRecord(code, signingFacts.get(code)!, dateOf, catalog));
  return {
    documents: allDocuments,
    facts,
    indicators,
    recordsByPlan,
    signings,
    conflicts: findConflicts(facts, dateOf),
    checks: signings.flatMap((record) => crossChecks(record)),
    catalog,
    date,
  };
}

// Lookups by code and region, built once per dataset: custom functions ask thousands of times a second.
const recordIndex = new WeakMap<Dataset, Map<string, Map<string, IndicatorRecord>>>();

export function findRecord(dataset: Dataset, code: string, region?: string): IndicatorRecord | undefined {
  const entry = (dataset.catalog ?? defaultCatalog()).findIndicator(code, region);
  if (!entry) return undefined;
  let index = recordIndex.get(dataset);
  if (!index) {
    index = new Map();
    for (const record of dataset.indicators) {
      const byRegion = index.get(record.code) ?? new Map<string, IndicatorRecord>();
      byRegion.set(record.region, record);
      byRegion.set(record.region.toLowerCase(), record);
      index.set(record.code, byRegion);
    }
    recordIndex.set(dataset, index);
  }
  const byRegion = index.get(entry.code);
  if (!byRegion) return undefined;
  if (region === undefined) return byRegion.get(entry.region);
  return byRegion.get(region) ?? byRegion.get(region.trim().toLowerCase());
}

/** The record of a series for one plan ("14FYP", case-insensitive), in the series' region by default. */
export function findPlanRecord(
  dataset: Dataset,
  code: string,
  planId: string,
  region?: string,
): IndicatorRecord | undefined {
  const current = findRecord(dataset, code, region);
  if (!current) return undefined;
  const wanted = planId.trim().toLowerCase();
  return dataset.recordsByPlan.find(
    (r) => r.code === current.code && r.region === current.region && r.plan.id.toLowerCase() === wanted,
  );
}

/** The record of the plan whose period contains the year (the plan a target of that year belongs to). */
export function recordForYear(
  dataset: Dataset,
  code: string,
  year: number,
  region?: string,
): IndicatorRecord | undefined {
  const current = findRecord(dataset, code, region);
  if (!current) return undefined;
  return dataset.recordsByPlan.find(
    (r) =>
      r.code === current.code && r.region === current.region && r.plan.periodStart <= year && year <= r.plan.periodEnd,
  );
}

export function findSigning(dataset: Dataset, code: string): SigningRecord | undefined {
  const event = (dataset.catalog ?? defaultCatalog()).findEvent(code);
  return event ? dataset.signings.find((s) => s.code === event.code) : undefined;
}
