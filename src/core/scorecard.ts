/**
 * A plan's scorecard: per indicator the target, the actual of the plan's last year (or the latest whole-year one,
 * with its year), whether the target was reached or by how much it fell short, the required and actual CAGR, and
 * each figure's source. `plan-tracker scorecard`, the Briefing sheet and the task pane show it.
 *
 * For the task pane: `scorecard(dataset, defaultScorecardPlan(dataset, "Shanghai")!.id, "Shanghai")` -> { plan, rows,
 * counts }; each row has `outcome`, `result` (a sentence), `target`, `actual` (with `year`), `final`, `shortfall`,
 * `requiredCagr`, `actualCagr` and `sources` (text for the baseline, target and actual).
 */
import type { Plan } from "./catalog";
import type { Dataset, IndicatorRecord, Resolved } from "./dataset";
import { comparatorWords, formatPercent, formatValue } from "./format";
import { cagr, meets } from "./progress";
import { describeResolvedSource } from "./report";

export type Outcome = "Achieved" | "Fell short" | "Short so far" | "No figure reported" | "Target not published";

export interface ScorecardRow {
  code: string;
  name: string;
  region: string;
  unit: string;
  baseline: Resolved | null;
  target: Resolved | null;
  /** the actual of the plan's last year, else the latest whole-year actual in the plan's period */
  actual: Resolved | null;
  /** true when `actual` is of the target's year (the outcome is final) */
  final: boolean;
  outcome: Outcome;
  /** how far below the target the actual is: a share of the target (levels) or percentage points (shares) */
  shortfall: number | null;
  requiredCagr: number | null;
  actualCagr: number | null;
  /** the outcome in words: "fell short by 9.1 % (400 bn yuan in 2025 against more than 440 bn yuan)" */
  result: string;
  sources: { baseline: string; target: string; actual: string };
}

export interface Scorecard {
  plan: Plan;
  region: string;
  rows: ScorecardRow[];
  counts: Record<Outcome, number>;
}

/** The plan a scorecard is for by default: the region's latest plan that has ended by the dataset's date. */
export function defaultScorecardPlan(dataset: Dataset, region: string): Plan | undefined {
  const year = Number(dataset.date.slice(0, 4));
  const plans = dataset.catalog.plansOfRegion(region);
  const ended = plans.filter((p) => p.periodEnd < year);
  return ended[ended.length - 1] ?? plans[0];
}

function shown(value: Resolved): string {
  return `${comparatorWords(value.comparator)}${formatValue(value.value, value.unit)}`;
}

function scoreRow(record: IndicatorRecord, dataset: Dataset): ScorecardRow {
  const { plan, baseline, target, indicator } = record;
  const cumulative = indicator.path === "cumulative";
  const actual = record.latest && record.latest.year >= plan.periodStart ? record.latest : null;
  // final once the target's own year is reported (the plan's last year for most targets)
  const final = actual !== null && actual.year >= (target?.year ?? plan.periodEnd);
  const source = (value: Resolved | null) => (value ? describeResolvedSource(value, dataset.documents, false) : "—");
  const compound = indicator.path === "compound";
  const row: ScorecardRow = {
    code: record.code,
    name: indicator.name,
    region: record.region,
    unit: target?.unit ?? baseline?.unit ?? indicator.unit,
    baseline,
    target,
    actual,
    final,
    outcome: "No figure reported",
    shortfall: null,
    requiredCagr: compound && baseline && target ? cagr(baseline, target) : null,
    actualCagr: compound && baseline && actual ? cagr(baseline, actual) : null,
    result: "",
    sources: { baseline: source(baseline), target: source(target), actual: source(actual) },
  };
  if (!target) {
    row.outcome = "Target not published";
    row.result = "target not yet published";
    return row;
  }
  if (!actual) {
    row.result = `no figure reported for ${plan.periodStart}-${plan.periodEnd} (target ${shown(target)} by ${target.year})`;
    return row;
  }
  const against = `${cumulative ? `${shown(actual)} over ${plan.periodStart}-${actual.year}` : `${shown(actual)} in ${actual.year}`} against ${shown(target)}`;
  if (meets(actual.value, target.value, target.comparator)) {
    row.outcome = "Achieved";
    row.result = `achieved${final ? "" : ` by ${actual.year}`} (${against})`;
    return row;
  }
  const share = indicator.unitClass === "ratio";
  row.shortfall = share ? target.value - actual.value : (target.value - actual.value) / target.value;
  const gap = share
    ? `${((target.value - actual.value) * 100).toFixed(2)} percentage points`
    : formatPercent(row.shortfall, 1);
  row.outcome = final ? "Fell short" : "Short so far";
  row.result = final
    ? `fell short by ${gap} (${against})`
    : `${gap} short as of ${actual.year}, the latest whole-year figure; ${target.year} not yet reported (${against})`;
  return row;
}

/** The scorecard of one plan in one region (plan ids as "14FYP", case-insensitive). */
export function scorecard(dataset: Dataset, planId: string, region: string): Scorecard {
  const plan = dataset.catalog.findPlan(planId, region);
  if (!plan) {
    const known = dataset.catalog.plansOfRegion(region).map((p) => p.id);
    throw new Error(
      `no plan "${planId}" in ${region}; plans: ${known.length ? known.join(", ") : "none (see the regions with plans)"}`,
    );
  }
  const wanted = region.trim().toLowerCase();
  const rows = dataset.recordsByPlan
    .filter((r) => r.plan.id === plan.id && r.region.toLowerCase() === wanted)
    .map((r) => scoreRow(r, dataset));
  const counts: Record<Outcome, number> = {
    Achieved: 0,
    "Fell short": 0,
    "Short so far": 0,
    "No figure reported": 0,
    "Target not published": 0,
  };
  for (const row of rows) counts[row.outcome]++;
  return { plan, region: plan.region, rows, counts };
}
