/**
 * What an indicator's chart shows, in plain numbers (no DOM): the plan's path from baseline to target, the
 * reported whole-year actuals, and part-year figures apart. Years sit at their year's end (x = 2024 is the
 * close of 2024), so a January-September 2024 figure sits at 2023.75 and never on the whole-year line.
 */
import type { IndicatorRecord, SigningRecord } from "../../core/dataset";
import { comparatorWords, formatPeriod, formatValue, trimNumber } from "../../core/format";
import { pathValue, type Point } from "../../core/progress";
import type { Comparator, Period } from "../../core/types";

export interface SeriesPoint {
  /** position on the time axis, in (fractional) years */
  x: number;
  /** base units (yuan, counts, fractions) */
  value: number;
  label: string;
}

export interface IndicatorSeries {
  code: string;
  name: string;
  unit: string;
  pathKind: IndicatorRecord["indicator"]["path"];
  /** the plan period (2021-25): the chart shades it */
  periodStart: number;
  periodEnd: number;
  /** the on-course values, one a year, from the baseline (or the period's start) to the target */
  path: SeriesPoint[];
  baseline: SeriesPoint | null;
  target: (SeriesPoint & { comparator: Comparator }) | null;
  /** reported whole-year actuals after the baseline; running sums for cumulative indicators */
  actuals: SeriesPoint[];
  /** figures for part of a year ("Jan-Sep 2024"): never on the path, never the year's actual */
  partYear: (SeriesPoint & { period: Period; year: number })[];
}

function point(year: number, value: number, unit: string, comparator: Comparator = "="): SeriesPoint {
  return { x: year, value, label: `${comparatorWords(comparator)}${formatValue(value, unit)} (${year})` };
}

export function indicatorSeries(record: IndicatorRecord): IndicatorSeries {
  const entry = record.indicator;
  // the plan this record measures against (the 14th for 2021-25, the 15th for 2026-30)
  const { periodStart, periodEnd } = record.plan ?? entry;
  const unit = record.target?.unit ?? record.baseline?.unit ?? entry.unit;
  const whole = record.actuals.filter((a) => !a.source.period);
  const baseline = record.baseline && !record.baseline.source.period ? record.baseline : null;
  const target = record.target;

  let actuals: SeriesPoint[];
  if (entry.path === "cumulative") {
    // The plan counts the period's sum, so the chart shows the running sum year by year.
    let sum = 0;
    actuals = whole
      .filter((a) => a.year >= periodStart && a.year <= periodEnd)
      .map((a) => {
        sum += a.value;
        return { x: a.year, value: sum, label: `${formatValue(sum, unit)} by ${a.year} (sum since ${periodStart})` };
      });
  } else {
    actuals = whole
      .filter((a) => !baseline || a.year > baseline.year)
      .map((a) => point(a.year, a.value, unit, a.comparator));
  }

  const path: SeriesPoint[] = [];
  if (target) {
    const start: Point | null =
      entry.path === "cumulative"
        ? { year: periodStart - 1, value: 0 }
        : baseline
          ? { year: baseline.year, value: baseline.value }
          : null;
    if (start && target.year > start.year) {
      for (let year = start.year; year <= target.year; year++) {
        const value =
          year === start.year
            ? start.value
            : pathValue(start, { year: target.year, value: target.value }, year, entry.path, periodStart);
        if (value !== null) path.push({ x: year, value, label: `on course: ${formatValue(value, unit)} (${year})` });
      }
    }
  }

  const partYear = [...(record.partYear ?? []), ...record.actuals.filter((a) => a.source.period)]
    .filter((p) => p.source.period)
    .map((p) => {
      const period = p.source.period!;
      return {
        x: p.year - 1 + period.to / 12,
        value: p.value,
        year: p.year,
        period,
        label: `${comparatorWords(p.comparator)}${formatValue(p.value, p.unit)} (${formatPeriod(p.year, period)})`,
      };
    })
    .sort((a, b) => a.x - b.x);

  return {
    code: record.code,
    name: entry.name,
    unit,
    pathKind: entry.path,
    periodStart,
    periodEnd,
    path,
    baseline: baseline ? point(baseline.year, baseline.value, unit, baseline.comparator) : null,
    target: target
      ? { ...point(target.year, target.value, unit, target.comparator), comparator: target.comparator }
      : null,
    actuals,
    partYear,
  };
}

const PATH_WORDS: Record<IndicatorSeries["pathKind"], string> = {
  compound: "growing at a steady rate",
  linear: "in equal steps",
  cumulative: "adding up year by year",
};

/** The chart in one or two sentences, for screen readers and for anyone who prefers words. */
export function describeSeries(series: IndicatorSeries): string {
  const parts: string[] = [];
  if (series.baseline && series.target)
    parts.push(`Path from ${series.baseline.label} to ${series.target.label}, ${PATH_WORDS[series.pathKind]}.`);
  else if (series.target && series.path.length)
    parts.push(
      `Path to ${series.target.label} over ${series.periodStart}-${series.periodEnd}, ${PATH_WORDS[series.pathKind]}.`,
    );
  else if (series.target) parts.push(`Target ${series.target.label}; no baseline to draw a path from.`);
  else if (series.baseline) parts.push(`Baseline ${series.baseline.label}; no target stated.`);
  else parts.push("No baseline or target reported.");
  parts.push(
    series.actuals.length
      ? `Reported: ${series.actuals.map((a) => a.label).join(", ")}.`
      : "No whole-year figure reported since the baseline.",
  );
  if (series.partYear.length) parts.push(`Part-year figures: ${series.partYear.map((p) => p.label).join(", ")}.`);
  return `${series.code}: ${parts.join(" ")}`;
}

export interface SigningBar {
  key: string;
  label: string;
  value: number;
  text: string;
}

export interface SigningBars {
  measure: "value" | "projects";
  /** what the bars measure, for the axis and the caption */
  caption: string;
  bars: SigningBar[];
}

/** A signing event's breakdown by segment, by value where most segments give one, else by project count. */
export function signingBars(event: SigningRecord): SigningBars {
  const withValue = event.segments.filter((s) => s.value !== null);
  const withProjects = event.segments.filter((s) => s.projects !== null);
  const measure = withValue.length >= withProjects.length && withValue.length > 0 ? "value" : "projects";
  const bars = (measure === "value" ? withValue : withProjects).map((s) => {
    const value = (measure === "value" ? s.value : s.projects) as number;
    return {
      key: s.key,
      label: s.label,
      value,
      text:
        measure === "value"
          ? `${comparatorWords(s.comparator)}${formatValue(value, "CNY")}`
          : `${trimNumber(value, 3)} projects`,
    };
  });
  return { measure, caption: measure === "value" ? "Signed value by segment" : "Projects signed by segment", bars };
}

export function describeBars(event: SigningRecord, bars: SigningBars): string {
  if (!bars.bars.length) return `${event.code}: no breakdown by segment reported.`;
  return `${event.code}, ${bars.caption.toLowerCase()}: ${bars.bars.map((b) => `${b.label} ${b.text}`).join("; ")}.`;
}
