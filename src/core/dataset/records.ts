/**
 * One indicator series in one region -> a record per plan: the plan's baseline (the actual of the year before its
 * period), its targets, the series' whole-year actuals, its part-year figures (kept apart: never an actual), and
 * the progress of the plan. A target belongs to the plan whose period contains its year.
 */
import { measureOfSeries, type Indicator, type Plan } from "../catalog";
import { comparatorWords, formatValue } from "../format";
import { assess, INSUFFICIENT, type Method, type Point, type ProgressResult } from "../progress";
import type { Comparator, Fact, Period } from "../types";
import { rankFigures, whyItCounts, type DateOf } from "./rule";

/** A value the dataset settled on, with the fact (or facts) it comes from. */
export interface Resolved {
  year: number;
  /** the months of `year` a part-year figure covers; absent or null for a whole year */
  period?: Period | null;
  value: number;
  unit: string;
  comparator: Comparator;
  /** true when computed (a relative target resolved against its baseline, a cumulative sum) */
  derived: boolean;
  derivation?: string;
  source: Fact;
  /** for targets: the id of the plan whose period contains the year */
  plan?: string;
  /** other sources of the same figure, ranked below `source` by the rule (README "Which figure counts") */
  others?: Fact[];
  /** why `source` counts over `others` ("the most recent publication (2025-01-20)") */
  rule?: string;
}

export interface IndicatorRecord {
  code: string;
  region: string;
  indicator: Indicator;
  /** the plan this record measures against */
  plan: Plan;
  /** the actual of the year before the plan's period (or the nearest earlier one) */
  baseline: Resolved | null;
  /** the plan's final target */
  target: Resolved | null;
  /** every target of the series, each with the plan it belongs to (so a year finds its target in any record) */
  targets: Resolved[];
  /** whole-year actuals of the series, by year */
  actuals: Resolved[];
  /** part-year figures (Jan-Jun 2024, ...), by year and period: shown, never used as a year's actual */
  partYear: Resolved[];
  growth: Fact[];
  /** the latest whole-year actual up to the plan's last year (for cumulative series, the sum over the period) */
  latest: Resolved | null;
  facts: Fact[];
  progress: Record<Method, ProgressResult>;
}

function resolved(ranked: Fact[], year: number, dateOf: DateOf): Resolved {
  const fact = ranked[0];
  const result: Resolved = {
    year,
    value: fact.value as number,
    unit: fact.unit,
    comparator: fact.comparator,
    derived: false,
    source: fact,
  };
  if (fact.period) result.period = fact.period;
  if (ranked.length > 1) {
    result.others = ranked.slice(1);
    result.rule = whyItCounts(ranked, dateOf);
  }
  return result;
}

function groupBy<T>(items: T[], key: (item: T) => string): Map<string, T[]> {
  const groups = new Map<string, T[]>();
  for (const item of items) {
    const k = key(item);
    const list = groups.get(k);
    if (list) list.push(item);
    else groups.set(k, [item]);
  }
  return groups;
}

function combineComparators(relative: Comparator, base: Comparator): Comparator {
  if (relative === "=" || relative === "~") return base === "=" ? relative : base;
  if (base === "=" || base === "~") return relative;
  return relative === base ? relative : ">";
}

/** The plan a target of this year belongs to. */
function planOfYear(plans: Plan[], year: number): Plan | undefined {
  return plans.find((p) => p.periodStart <= year && year <= p.periodEnd);
}

/**
 * A plan's baseline: the actual of its baseline year, else the nearest earlier one — for a later plan only from
 * the years of the plan before it (the 15th plan's baseline is never a 2020 figure). The series' first plan falls
 * back to its earliest actual in the period (a level first reported mid-plan, as RD_GDP's 2023 figure in the seeds).
 */
function baselineOf(plan: Plan, actuals: Resolved[], path: Indicator["path"], first: boolean): Resolved | null {
  const earliest = first ? -Infinity : plan.baselineYear - (plan.periodEnd - plan.periodStart);
  return (
    actuals.find((a) => a.year === plan.baselineYear) ??
    [...actuals].reverse().find((a) => a.year < plan.baselineYear && a.year >= earliest) ??
    (first && path !== "cumulative" ? (actuals.find((a) => a.year <= plan.periodEnd) ?? null) : null)
  );
}

/** The plan's final target: the one of its last year, else its latest. */
function finalTarget(plan: Plan, targets: Resolved[]): Resolved | null {
  const own = targets.filter((t) => t.plan === plan.id);
  return own.find((t) => t.year === plan.periodEnd) ?? own[own.length - 1] ?? null;
}

/**
 * The latest actual of a plan: never older than its baseline (the 15th plan's latest is never a 2020 figure). A lower bound below an earlier exact figure ("over 1 trn" after 1.3 trn) says
 * nothing new, so the exact figure stays the latest rather than reading as a fall.
 */
function latestOf(
  plan: Plan,
  actuals: Resolved[],
  path: Indicator["path"],
  first: boolean,
  baseline: Resolved | null,
): Resolved | null {
  const earliest = baseline?.year ?? (first ? -Infinity : plan.baselineYear - (plan.periodEnd - plan.periodStart));
  const upToEnd = actuals.filter((a) => a.year <= plan.periodEnd && a.year >= earliest);
  if (path !== "cumulative") {
    for (let i = upToEnd.length - 1; i >= 0; i--) {
      const candidate = upToEnd[i];
      const isLowerBound = candidate.comparator === ">" || candidate.comparator === ">=";
      const exactAbove = upToEnd
        .slice(0, i)
        .some((a) => (a.comparator === "=" || a.comparator === "~") && a.value > candidate.value);
      if (!isLowerBound || !exactAbove) return candidate;
    }
    return null;
  }
  // Cumulative targets compare the running sum of the period's yearly figures.
  const inPeriod = upToEnd.filter((a) => a.year >= plan.periodStart);
  if (!inPeriod.length) return null;
  return {
    ...inPeriod[inPeriod.length - 1],
    value: inPeriod.reduce((sum, a) => sum + a.value, 0),
    derived: inPeriod.length > 1,
    derivation: `sum of ${inPeriod.map((a) => a.year).join(", ")}`,
  };
}

function progressOf(
  record: Pick<IndicatorRecord, "baseline" | "target" | "latest" | "plan" | "indicator">,
  method: Method,
): ProgressResult {
  const { baseline, target, latest, plan } = record;
  if (!target) return { ...INSUFFICIENT };
  return assess(
    {
      baseline: baseline ? ({ year: baseline.year, value: baseline.value } as Point) : null,
      target: { year: target.year, value: target.value, comparator: target.comparator },
      actual: latest ? { year: latest.year, value: latest.value } : null,
      path: record.indicator.path,
      periodStart: plan.periodStart,
    },
    method,
  );
}

/** The records of one series in one region, one per plan (oldest first). */
export function seriesRecords(
  entry: Indicator,
  region: string,
  plans: Plan[],
  facts: Fact[],
  dateOf: DateOf,
): IndicatorRecord[] {
  const measure = measureOfSeries(entry);
  const own = facts.filter((f) => f.measure === measure && f.value !== null);
  const dated = own.filter((f) => f.kind === "actual" && f.year !== null);
  const actuals = [
    ...groupBy(
      dated.filter((f) => !f.period),
      (f) => String(f.year),
    ).values(),
  ]
    .map((list) => resolved(rankFigures(list, dateOf), list[0].year!, dateOf))
    .sort((a, b) => a.year - b.year);
  const partYear = [
    ...groupBy(
      own.filter((f) => f.period && f.year !== null),
      (f) => `${f.kind}|${f.year}|${f.period!.from}-${f.period!.to}`,
    ).values(),
  ]
    .map((list) => resolved(rankFigures(list, dateOf), list[0].year!, dateOf))
    .sort((a, b) => a.year - b.year || a.period!.to - b.period!.to);

  const baselines = new Map(plans.map((plan, i) => [plan.id, baselineOf(plan, actuals, entry.path, i === 0)]));

  // A target with no year is the final target of the plan in force when its document was published.
  const targetYear = (fact: Fact) => {
    if (fact.year !== null) return fact.year;
    const published = Number(dateOf(fact).slice(0, 4));
    return (planOfYear(plans, published) ?? plans[0]).periodEnd;
  };
  const targetFacts = [...facts.filter((f) => f.kind === "target" && f.measure === measure && !f.period)];
  const targets: Resolved[] = [];
  const byYear = groupBy(targetFacts, (f) => String(targetYear(f)));
  for (const [yearText, list] of [...byYear.entries()].sort(([a], [b]) => Number(a) - Number(b))) {
    const year = Number(yearText);
    const plan = planOfYear(plans, year);
    const absolute = list.filter((f) => f.value !== null);
    if (absolute.length) {
      targets.push({ ...resolved(rankFigures(absolute, dateOf), year, dateOf), ...(plan ? { plan: plan.id } : {}) });
      continue;
    }
    const fact = rankFigures(list, dateOf)[0];
    if (!fact.relative) continue;
    // "1.5 times the 2022 level" is a multiple of that year's actual; "more than double" of the plan's baseline
    const of = fact.relative.of;
    const base = of !== undefined ? actuals.find((a) => a.year === of) : plan ? baselines.get(plan.id) : undefined;
    if (!base) continue;
    const multiple = fact.relative.multiple;
    targets.push({
      year,
      value: base.value * multiple,
      unit: base.unit,
      comparator: combineComparators(fact.comparator, base.comparator),
      derived: true,
      derivation: `${comparatorWords(fact.comparator)}${multiple} × the ${base.year} ${of !== undefined ? "level" : "baseline"} of ${comparatorWords(base.comparator)}${formatValue(base.value, base.unit)}`,
      source: fact,
      ...(plan ? { plan: plan.id } : {}),
    });
  }

  const growth = facts.filter((f) => f.measure === "growth");
  return plans.map((plan, index) => {
    const base = {
      code: entry.code,
      region,
      indicator: entry,
      plan,
      baseline: baselines.get(plan.id) ?? null,
      target: finalTarget(plan, targets),
      targets,
      actuals,
      partYear,
      growth,
      latest: latestOf(plan, actuals, entry.path, index === 0, baselines.get(plan.id) ?? null),
      facts,
    };
    return { ...base, progress: { cagr: progressOf(base, "cagr"), projection: progressOf(base, "projection") } };
  });
}

/**
 * The record today's callers see for a series: the plan in force on the date when it has a target, else the
 * latest plan with a target, else the plan in force, else the series' last plan.
 */
export function recordInForce(records: IndicatorRecord[], year: number): IndicatorRecord {
  const inForce = records.find((r) => r.plan.periodStart <= year && year <= r.plan.periodEnd);
  if (inForce?.target) return inForce;
  const withTarget = records.filter((r) => r.target);
  return withTarget[withTarget.length - 1] ?? inForce ?? records[records.length - 1];
}
