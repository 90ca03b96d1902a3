/**
 * What the overview shows, as plain data (no DOM, no React): each indicator row's words, figures and small chart,
 * and each signing event's totals and bars. The overview renders only this, so the pane's first render can come
 * from a model worked out at build time (scripts/embed-overview.js, from the same seeds and the same code) instead
 * of building the dataset in the browser first; once the dataset is built, the model comes from it.
 */
import type { Dataset, IndicatorRecord, SigningRecord } from "../core/dataset";
import { comparatorWords, formatValue, toDisplay, trimNumber } from "../core/format";
import type { Method, Status } from "../core/progress";
import { describeResolved } from "../core/report";
import { layoutBars, type BarGeometry } from "./charts/geometry";
import { describeBars, indicatorSeries, signingBars } from "./charts/series";
import { sparklineChart, type SparklineChart } from "./charts/sparkline-chart";

export interface OverviewRow {
  /** `${code}|${region}`: what opens the indicator's detail */
  key: string;
  testId: string;
  /** the code, with the region when it is not the indicator's own */
  title: string;
  name: string;
  /** the latest whole-year figure after the baseline, "1.5 bn yuan (2024)", or null */
  latest: string | null;
  target: string;
  baseline: string;
  progress: Record<Method, { progress: number | null; status: Status }>;
  chart: SparklineChart;
}

export interface OverviewEvent {
  code: string;
  heading: string;
  totals: string;
  caption: string;
  /** the bars in words, for screen readers */
  description: string;
  bars: BarGeometry[];
}

export interface OverviewModel {
  documents: number;
  facts: number;
  rows: OverviewRow[];
  events: OverviewEvent[];
}

function latestOf(r: IndicatorRecord) {
  return r.latest && !r.latest.source.period && (!r.baseline || r.latest.year > r.baseline.year) ? r.latest : null;
}

export function overviewRow(r: IndicatorRecord): OverviewRow {
  const own = r.region === r.indicator.region;
  const latest = latestOf(r);
  const result = (method: Method) => ({ progress: r.progress[method].progress, status: r.progress[method].status });
  return {
    key: `${r.code}|${r.region}`,
    testId: own ? `indicator-${r.code}` : `indicator-${r.code}-${r.region}`,
    title: own ? r.code : `${r.code} (${r.region})`,
    name: r.indicator.name,
    latest: latest ? `${formatValue(latest.value, latest.unit)} (${latest.year})` : null,
    target: describeResolved(r.target),
    baseline: describeResolved(r.baseline),
    progress: { cagr: result("cagr"), projection: result("projection") },
    chart: sparklineChart(indicatorSeries(r)),
  };
}

export function overviewEvent(event: SigningRecord): OverviewEvent {
  const bars = signingBars(event);
  const { projects, value, valueUsd, usdComparator } = event.total;
  return {
    code: event.code,
    heading: `${event.code} — ${event.name} (${event.region})`,
    totals:
      `${projects ?? "?"} projects` +
      (value !== null ? `, ${trimNumber(toDisplay(value, "CNY"), 3)} bn yuan` : "") +
      (valueUsd !== null ? `, ${comparatorWords(usdComparator)}US$${toDisplay(valueUsd, "USD")} bn` : ""),
    caption: bars.caption,
    description: describeBars(event, bars),
    bars: layoutBars(bars),
  };
}

export function overviewModel(dataset: Dataset): OverviewModel {
  return {
    documents: dataset.documents.length,
    facts: dataset.facts.length,
    rows: dataset.indicators.map(overviewRow),
    events: dataset.signings.map(overviewEvent),
  };
}

/**
 * The overview of the embedded seeds worked out at build time. Which plan's record an indicator shows depends on
 * the year (the plan in force), so rows are kept for several years: `years` lists each year's rows by index.
 */
export interface PrecomputedOverview {
  documents: number;
  facts: number;
  rows: OverviewRow[];
  events: OverviewEvent[];
  years: Record<string, number[]>;
}

/** The build-time overview for a year, or null when it was not worked out for that year. */
export function precomputedModel(data: PrecomputedOverview, year: number): OverviewModel | null {
  const rows = data.years[String(year)];
  if (!rows) return null;
  return { documents: data.documents, facts: data.facts, rows: rows.map((i) => data.rows[i]), events: data.events };
}

/** Gathers the overview of each year's dataset into one PrecomputedOverview, keeping each distinct row once. */
export function precomputeOverview(datasetOfYear: (year: number) => Dataset, years: number[]): PrecomputedOverview {
  const rows: OverviewRow[] = [];
  const indexOf = new Map<string, number>();
  const byYear: Record<string, number[]> = {};
  let first: OverviewModel | null = null;
  for (const year of years) {
    const model = overviewModel(datasetOfYear(year));
    first ??= model;
    byYear[String(year)] = model.rows.map((row) => {
      const json = JSON.stringify(row);
      let index = indexOf.get(json);
      if (index === undefined) {
        index = rows.push(row) - 1;
        indexOf.set(json, index);
      }
      return index;
    });
  }
  if (!first) throw new Error("precomputeOverview: no year given");
  return { documents: first.documents, facts: first.facts, rows, events: first.events, years: byYear };
}
