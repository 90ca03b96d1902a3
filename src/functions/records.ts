/**
 * Which record a function answers from: the plan named in its last argument, else the plan whose period (or
 * baseline year) holds the year asked about, else the plan in force on the dataset's date (else the latest
 * plan with a target) — `dataset.indicators`.
 */
import type { Indicator } from "../core/catalog";
import { findRecord, type Dataset, type IndicatorRecord } from "../core/dataset";
import { FunctionError, textArg } from "./args";

const INDICATORS_HINT = "see =SH.INDICATORS() for the codes";

// (series, region, plan) -> record, built once per dataset: functions ask thousands of times a second.
const byPlan = new WeakMap<Dataset, Map<string, IndicatorRecord>>();

function planKey(code: string, region: string, planId: string): string {
  return `${code}\u0000${region.toLowerCase()}\u0000${planId.toLowerCase()}`;
}

export function planRecord(
  dataset: Dataset,
  code: string,
  region: string,
  planId: string,
): IndicatorRecord | undefined {
  let index = byPlan.get(dataset);
  if (!index) {
    index = new Map();
    for (const record of dataset.recordsByPlan ?? [])
      index.set(planKey(record.code, record.region, record.plan.id), record);
    byPlan.set(dataset, index);
  }
  return index.get(planKey(code, region, planId));
}

export function indicatorArg(dataset: Dataset, value: unknown): Indicator {
  const code = textArg(value, "code");
  const entry = dataset.catalog.findIndicator(code);
  if (!entry) throw new FunctionError("#N/A", `unknown indicator "${code}"; ${INDICATORS_HINT}`);
  return entry;
}

// code -> the record in force in the series' own region: what a call without a region asks for, every time.
const inForce = new WeakMap<Dataset, Map<string, IndicatorRecord>>();

function ownRegionRecord(dataset: Dataset, entry: Indicator): IndicatorRecord | undefined {
  let index = inForce.get(dataset);
  if (!index) {
    index = new Map();
    for (const record of dataset.indicators)
      if (record.region === record.indicator.region && !index.has(record.code)) index.set(record.code, record);
    inForce.set(dataset, index);
  }
  const record = index.get(entry.code);
  return record && record.indicator === entry ? record : undefined;
}

/** The series' record in force (the region's, Shanghai's by default). */
export function recordOf(dataset: Dataset, entry: Indicator, regionValue?: unknown): IndicatorRecord {
  const region = textArg(regionValue, "region", true);
  const record = (region === undefined && ownRegionRecord(dataset, entry)) || findRecord(dataset, entry.code, region);
  if (!record) {
    const regions = dataset.indicators.filter((r) => r.code === entry.code).map((r) => r.region);
    throw new FunctionError(
      "#N/A",
      `no figures for ${entry.code} in ${region}; regions with figures: ${regions.join(", ")}`,
    );
  }
  return record;
}

function plansList(dataset: Dataset, region: string): string {
  const plans = dataset.catalog.plansOfRegion(region);
  return plans.length ? plans.map((p) => `${p.id} (${p.periodStart}-${p.periodEnd})`).join(", ") : "none";
}

/**
 * The record to answer from. `planValue` is the optional plan id argument ("14FYP"); `year` the year the call
 * is about, which picks the plan whose period contains it (or whose baseline year it is).
 */
export function chooseRecord(
  dataset: Dataset,
  entry: Indicator,
  regionValue: unknown,
  planValue: unknown,
  year?: number,
): IndicatorRecord {
  const current = recordOf(dataset, entry, regionValue);
  const planId = textArg(planValue, "plan", true);
  if (planId !== undefined) {
    const plan = dataset.catalog.findPlan(planId, current.region);
    if (!plan)
      throw new FunctionError(
        "#N/A",
        `unknown plan "${planId}" for ${current.region}; plans: ${plansList(dataset, current.region)}; see =SH.PLANS()`,
      );
    const record = planRecord(dataset, current.code, current.region, plan.id);
    if (!record)
      throw new FunctionError(
        "#N/A",
        `${current.code} is not tracked in ${plan.id}; its plans: ${entry.plans.join(", ") || "none"}`,
      );
    return record;
  }
  if (year !== undefined && !(current.plan.periodStart <= year && year <= current.plan.periodEnd)) {
    const plan =
      dataset.catalog.planOf(current.region, year) ??
      dataset.catalog.plansOfRegion(current.region).find((p) => p.baselineYear === year);
    const record = plan && plan.id !== current.plan.id && planRecord(dataset, current.code, current.region, plan.id);
    if (record) return record;
  }
  return current;
}

/** Checks that a year lies in the plan a record measures against (its baseline year included). */
export function yearInPlan(record: IndicatorRecord, year: number, what: string): void {
  const plan = record.plan;
  if (plan && (year < plan.periodStart || year > plan.periodEnd))
    throw new FunctionError(
      "#N/A",
      `${year} is not in ${plan.id} (${plan.periodStart}-${plan.periodEnd}); a ${what} of ${year} belongs to another plan, see =SH.PLANS()`,
    );
}
