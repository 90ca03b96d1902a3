/** The progress maths of DESIGN.md: required and actual CAGR, path values, progress share and status. */
import type { Comparator } from "../types";
import type { PathKind } from "../catalog";

export type Method = "cagr" | "projection";

export const STATUSES = [
  "Achieved",
  "On track",
  "Acceleration needed",
  "Limited progress",
  "Deterioration",
  "Stagnation or regression",
  "Insufficient data",
] as const;
export type Status = (typeof STATUSES)[number];

export interface Point {
  year: number;
  value: number;
}

export interface ProgressInput {
  baseline: Point | null;
  target: Point & { comparator: Comparator };
  /** the latest actual; for cumulative indicators the running sum up to that year */
  actual: Point | null;
  path: PathKind;
  /** first year of a cumulative period (INVEST counts 2021-25) */
  periodStart?: number;
}

export interface ProgressResult {
  status: Status;
  requiredCagr: number | null;
  actualCagr: number | null;
  progress: number | null;
  /** the on-course value in the actual's year */
  pathValue: number | null;
  /** projection method: the actual carried to the target year at its own rate */
  projected: number | null;
  ratio: number | null;
}

function finite(value: number | null): number | null {
  return value !== null && Number.isFinite(value) ? value : null;
}

/** Compound annual growth rate from one point to another. */
export function cagr(from: Point, to: Point): number | null {
  const years = to.year - from.year;
  if (years <= 0 || from.value <= 0 || to.value < 0) return null;
  return finite(Math.pow(to.value / from.value, 1 / years) - 1);
}

/** Growth rate per year needed to go from `from` to the target `to`. */
export function requiredCagr(from: Point, to: Point): number | null {
  return cagr(from, to);
}

/** Where the plan says the indicator should be in `year` to stay on course. */
export function pathValue(
  baseline: Point,
  target: Point,
  year: number,
  path: PathKind,
  periodStart?: number,
): number | null {
  if (path === "cumulative") {
    const start = periodStart ?? baseline.year + 1;
    const years = target.year - start + 1;
    if (years <= 0) return null;
    const elapsed = Math.min(Math.max(year - start + 1, 0), years);
    return (target.value * elapsed) / years;
  }
  if (target.year === baseline.year) return null;
  if (path === "linear") {
    return baseline.value + ((target.value - baseline.value) * (year - baseline.year)) / (target.year - baseline.year);
  }
  const rate = requiredCagr(baseline, target);
  return rate === null ? null : finite(baseline.value * Math.pow(1 + rate, year - baseline.year));
}

/** The share of the baseline-to-target distance covered. */
export function progressShare(baseline: number, target: number, actual: number): number | null {
  if (target === baseline) return null;
  return finite((actual - baseline) / (target - baseline));
}

/** Whether a value satisfies a target with its comparator ("more than 414" is not met by 414). */
export function meets(value: number, target: number, comparator: Comparator): boolean {
  switch (comparator) {
    case ">":
      return value > target;
    case "<":
      return value < target;
    case "<=":
      return value <= target;
    case ">=":
    case "=":
    case "~":
    default:
      return comparator === "~" ? value >= target * 0.995 : value >= target;
  }
}

function cagrStatus(ratio: number): Status {
  if (ratio >= 0.95) return "On track";
  if (ratio >= 0.6) return "Acceleration needed";
  if (ratio >= 0) return "Limited progress";
  return "Deterioration";
}

function projectionStatus(ratio: number): Status {
  if (ratio >= 0.95) return "On track";
  if (ratio >= 0.1) return "Acceleration needed";
  return "Stagnation or regression";
}

/** The result when there is not enough to say anything: no baseline, no later figure, or no target. */
export const INSUFFICIENT: Readonly<ProgressResult> = Object.freeze({
  status: "Insufficient data",
  requiredCagr: null,
  actualCagr: null,
  progress: null,
  pathValue: null,
  projected: null,
  ratio: null,
});

/** Status and figures of one indicator by the chosen method. */
export function assess(input: ProgressInput, method: Method = "cagr"): ProgressResult {
  const { baseline, target, actual, path } = input;
  // One result object, filled in as far as the figures allow (custom functions call this per cell).
  const result: ProgressResult = { ...INSUFFICIENT };
  result.requiredCagr = baseline && path === "compound" ? requiredCagr(baseline, target) : null;
  if (!baseline && path !== "cumulative") return result;
  if (!actual || (baseline && actual.year <= baseline.year)) return result;

  const base: Point = baseline ?? { year: (input.periodStart ?? target.year) - 1, value: 0 };
  result.pathValue = pathValue(base, target, actual.year, path, input.periodStart);
  result.progress = progressShare(base.value, target.value, actual.value);
  const rate = (ratio: number, status: Status) => {
    result.ratio = ratio;
    result.status = status;
    return result;
  };

  if (meets(actual.value, target.value, target.comparator)) return rate(1, "Achieved");

  if (path === "compound") {
    const required = result.requiredCagr;
    const actualCagr = (result.actualCagr = cagr(base, actual));
    if (actualCagr === null) return result;
    if (method === "cagr") {
      if (required === null || required === 0) return result;
      return rate(actualCagr / required, cagrStatus(actualCagr / required));
    }
    const projected = (result.projected = actual.value * Math.pow(1 + actualCagr, target.year - actual.year));
    const ratio = (projected - base.value) / (target.value - base.value);
    return rate(ratio, projectionStatus(ratio));
  }

  // Linear shares and cumulative sums: compare the distance covered with the share of time elapsed.
  if (result.pathValue === null) return result;
  const expected = result.pathValue - base.value;
  const covered = actual.value - base.value;
  if (method === "cagr") return expected === 0 ? result : rate(covered / expected, cagrStatus(covered / expected));
  const elapsedShare = (actual.year - base.year) / (target.year - base.year);
  if (elapsedShare <= 0) return result;
  const projected = (result.projected = base.value + covered / elapsedShare);
  const ratio = (projected - base.value) / (target.value - base.value);
  return rate(ratio, projectionStatus(ratio));
}
