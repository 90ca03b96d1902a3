/** Facts from all documents -> resolved targets, baselines, actuals, signings, conflicts and cross-checks. */
import { baselineYear, EVENT_SERIES, findEvent, findIndicator, INDICATORS, type Indicator } from "../catalog";
import { comparatorWords, formatValue } from "../format";
import { assess, INSUFFICIENT, type Method, type Point, type ProgressResult } from "../progress";
import type { Comparator, DocumentInfo, Fact } from "../types";
import { crossChecks, type CrossCheck } from "./checks";
import { findConflicts, type Conflict } from "./conflicts";
import { segmentOf, type Segment } from "./segments";

export { segmentOf, matchSegment, SEGMENT_RULES } from "./segments";
export type { Segment } from "./segments";
export type { CrossCheck } from "./checks";
export type { Conflict } from "./conflicts";

/** A value the dataset settled on, with the fact (or facts) it comes from. */
export interface Resolved {
  year: number;
  value: number;
  unit: string;
  comparator: Comparator;
  /** true when computed (a relative target resolved against its baseline, a cumulative sum) */
  derived: boolean;
  derivation?: string;
  source: Fact;
}

export interface IndicatorRecord {
  code: string;
  region: string;
  indicator: Indicator;
  baseline: Resolved | null;
  /** the plan's final target */
  target: Resolved | null;
  targets: Resolved[];
  actuals: Resolved[];
  growth: Fact[];
  latest: Resolved | null;
  facts: Fact[];
  progress: Record<Method, ProgressResult>;
}

export interface SegmentFigures extends Segment {
  projects: number | null;
  /** CNY */
  value: number | null;
  valueUsd: number | null;
  share: number | null;
  comparator: Comparator;
  usdComparator: Comparator;
  facts: Fact[];
}

export interface SigningRecord {
  code: string;
  name: string;
  region: string;
  year: number;
  total: SegmentFigures;
  segments: SegmentFigures[];
  facts: Fact[];
}

export interface Dataset {
  documents: DocumentInfo[];
  facts: Fact[];
  indicators: IndicatorRecord[];
  signings: SigningRecord[];
  conflicts: Conflict[];
  checks: CrossCheck[];
}

export interface SourceDocument {
  info: DocumentInfo;
  text: string;
}

function docOrder(documents: DocumentInfo[]): (fact: Fact) => string {
  const dates = new Map(documents.map((d) => [d.file, d.date]));
  return (fact) => dates.get(fact.doc) ?? "";
}

/** Among facts for one slot, the one to show: from the latest document, then the most precise. */
function pick(facts: Fact[], dateOf: (fact: Fact) => string): Fact {
  return [...facts].sort((a, b) => {
    const byDate = dateOf(b).localeCompare(dateOf(a));
    if (byDate) return byDate;
    const exactA = a.comparator === "=" ? 0 : 1;
    const exactB = b.comparator === "=" ? 0 : 1;
    return exactA - exactB || a.start - b.start;
  })[0];
}

function resolved(fact: Fact, year: number): Resolved {
  return {
    year,
    value: fact.value as number,
    unit: fact.unit,
    comparator: fact.comparator,
    derived: false,
    source: fact,
  };
}

function measureOf(entry: Indicator): Fact["measure"] {
  return entry.unitClass === "ratio" ? "share" : "level";
}

function combineComparators(relative: Comparator, base: Comparator): Comparator {
  if (relative === "=" || relative === "~") return base === "=" ? relative : base;
  if (base === "=" || base === "~") return relative;
  return relative === base ? relative : ">";
}

function indicatorRecord(
  entry: Indicator,
  region: string,
  facts: Fact[],
  dateOf: (fact: Fact) => string,
): IndicatorRecord {
  const measure = measureOf(entry);
  const own = facts.filter((f) => f.measure === measure);
  const actualFacts = own.filter((f) => f.kind === "actual" && f.value !== null && f.year !== null);
  const byYear = new Map<number, Fact[]>();
  for (const fact of actualFacts) byYear.set(fact.year!, [...(byYear.get(fact.year!) ?? []), fact]);
  const actuals = [...byYear.entries()]
    .sort(([a], [b]) => a - b)
    .map(([year, list]) => resolved(pick(list, dateOf), year));

  const baseYear = baselineYear(entry);
  const baseline =
    actuals.find((a) => a.year === baseYear) ??
    [...actuals].reverse().find((a) => a.year < baseYear) ??
    (entry.path === "cumulative" ? null : (actuals[0] ?? null));

  const targetFacts = own.filter((f) => f.kind === "target");
  const targetsByYear = new Map<number, Fact[]>();
  for (const fact of targetFacts) {
    const year = fact.year ?? entry.periodEnd;
    targetsByYear.set(year, [...(targetsByYear.get(year) ?? []), fact]);
  }
  const targets: Resolved[] = [];
  for (const [year, list] of [...targetsByYear.entries()].sort(([a], [b]) => a - b)) {
    const absolute = list.filter((f) => f.value !== null);
    if (absolute.length) {
      targets.push(resolved(pick(absolute, dateOf), year));
    } else if (baseline) {
      const fact = pick(list, dateOf);
      const multiple = fact.relative!.multiple;
      targets.push({
        year,
        value: baseline.value * multiple,
        unit: baseline.unit,
        comparator: combineComparators(fact.comparator, baseline.comparator),
        derived: true,
        derivation: `${comparatorWords(fact.comparator)}${multiple} × the ${baseline.year} baseline of ${comparatorWords(baseline.comparator)}${formatValue(baseline.value, baseline.unit)}`,
        source: fact,
      });
    }
  }
  const target = targets.find((t) => t.year === entry.periodEnd) ?? targets[targets.length - 1] ?? null;

  let latest: Resolved | null = actuals.length ? actuals[actuals.length - 1] : null;
  if (entry.path === "cumulative") {
    // Cumulative targets compare the running sum of the period's yearly figures.
    const inPeriod = actuals.filter((a) => a.year >= entry.periodStart && a.year <= entry.periodEnd);
    latest = inPeriod.length
      ? {
          ...inPeriod[inPeriod.length - 1],
          value: inPeriod.reduce((sum, a) => sum + a.value, 0),
          derived: inPeriod.length > 1,
          derivation: `sum of ${inPeriod.map((a) => a.year).join(", ")}`,
        }
      : null;
  }
  const input = (method: Method): ProgressResult =>
    assess(
      {
        baseline: baseline ? ({ year: baseline.year, value: baseline.value } as Point) : null,
        target: target
          ? { year: target.year, value: target.value, comparator: target.comparator }
          : { year: entry.periodEnd, value: NaN, comparator: "=" },
        actual: latest ? { year: latest.year, value: latest.value } : null,
        path: entry.path,
        periodStart: entry.periodStart,
      },
      method,
    );
  return {
    code: entry.code,
    region,
    indicator: entry,
    baseline,
    target,
    targets,
    actuals,
    growth: facts.filter((f) => f.measure === "growth"),
    latest,
    facts,
    progress: {
      cagr: target ? input("cagr") : { ...INSUFFICIENT },
      projection: target ? input("projection") : { ...INSUFFICIENT },
    },
  };
}

function signingRecord(code: string, facts: Fact[], dateOf: (fact: Fact) => string): SigningRecord {
  const event = findEvent(code);
  const bySegment = new Map<string, { segment: Segment; facts: Fact[] }>();
  for (const fact of facts) {
    const segment = segmentOf(fact.subject);
    const slot = bySegment.get(segment.key) ?? { segment, facts: [] };
    slot.facts.push(fact);
    bySegment.set(segment.key, slot);
  }
  const figures = (segment: Segment, list: Fact[]): SegmentFigures => {
    const of = (test: (f: Fact) => boolean): Fact | undefined => {
      const matching = list.filter((f) => test(f) && f.value !== null);
      return matching.length ? pick(matching, dateOf) : undefined;
    };
    const projects = of((f) => f.unit === "projects" && f.measure === "level");
    const value = of((f) => f.unit === "CNY" && f.measure === "level");
    const usd = of((f) => f.unit === "USD" && f.measure === "level");
    const share = of((f) => f.measure === "share");
    return {
      ...segment,
      projects: projects?.value ?? null,
      value: value?.value ?? null,
      valueUsd: usd?.value ?? null,
      share: share?.value ?? null,
      comparator: value?.comparator ?? projects?.comparator ?? "=",
      usdComparator: usd?.comparator ?? "=",
      facts: list,
    };
  };
  const segments = [...bySegment.values()].map(({ segment, facts: list }) => figures(segment, list));
  const total =
    segments.find((s) => s.key === "total") ?? figures({ key: "total", label: "Total", dimension: "total" }, []);
  return {
    code,
    name: event?.name ?? code,
    region: event?.series.region ?? facts[0]?.region ?? "",
    year: event?.year ?? facts[0]?.year ?? 0,
    total,
    segments: segments.filter((s) => s.key !== "total"),
    facts,
  };
}

/** Builds the dataset from facts already extracted (seeds plus what the analyst added). */
export function datasetFromFacts(facts: Fact[], documents: DocumentInfo[]): Dataset {
  const dateOf = docOrder(documents);
  const indicators: IndicatorRecord[] = [];
  const regions = new Set<string>(INDICATORS.map((e) => e.region));
  for (const fact of facts) if (fact.indicator && findIndicator(fact.indicator)) regions.add(fact.region);
  for (const entry of INDICATORS) {
    for (const region of regions) {
      const own = facts.filter((f) => f.indicator === entry.code && f.region === region && f.kind !== "signing");
      if (region !== entry.region && !own.length) continue;
      indicators.push(indicatorRecord(entry, region, own, dateOf));
    }
  }
  const eventCodes = [
    ...new Set(
      facts.filter((f) => f.kind === "signing" && f.indicator && findEvent(f.indicator)).map((f) => f.indicator!),
    ),
  ];
  const order = (code: string) => {
    const event = findEvent(code)!;
    return `${EVENT_SERIES.indexOf(event.series)}-${event.year}`;
  };
  const signings = eventCodes
    .sort((a, b) => order(a).localeCompare(order(b)))
    .map((code) =>
      signingRecord(
        code,
        facts.filter((f) => f.kind === "signing" && f.indicator === code),
        dateOf,
      ),
    );
  return {
    documents,
    facts,
    indicators,
    signings,
    conflicts: findConflicts(facts),
    checks: signings.flatMap((record) => crossChecks(record)),
  };
}

// Lookups by code and region, built once per dataset: custom functions ask thousands of times a second.
const recordIndex = new WeakMap<Dataset, Map<string, Map<string, IndicatorRecord>>>();

export function findRecord(dataset: Dataset, code: string, region?: string): IndicatorRecord | undefined {
  const entry = findIndicator(code);
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

export function findSigning(dataset: Dataset, code: string): SigningRecord | undefined {
  const event = findEvent(code);
  return event ? dataset.signings.find((s) => s.code === event.code) : undefined;
}
