/** A small path chart laid out as plain data: what the Sparkline draws, and its text alternative. */
import { layoutIndicatorChart, type IndicatorChartGeometry } from "./geometry";
import { describeSeries, type IndicatorSeries } from "./series";

const FRAME = { width: 96, height: 32, margin: { top: 4, right: 5, bottom: 4, left: 4 } };

type Dot = { cx: number; cy: number };

export interface SparklineChart extends Pick<
  IndicatorChartGeometry,
  "width" | "height" | "plot" | "period" | "path" | "actualLine"
> {
  /** the chart in words (describeSeries) */
  label: string;
  baseline: Dot | null;
  target: Dot | null;
  actuals: Dot[];
  partYear: Dot[];
}

const dot = (m: Dot): Dot => ({ cx: m.cx, cy: m.cy });

export function sparklineChart(series: IndicatorSeries): SparklineChart {
  const g = layoutIndicatorChart(series, FRAME);
  return {
    label: describeSeries(series),
    width: g.width,
    height: g.height,
    plot: g.plot,
    period: g.period,
    path: g.path,
    actualLine: g.actualLine,
    baseline: g.baseline && dot(g.baseline),
    target: g.target && dot(g.target),
    actuals: g.actuals.map(dot),
    partYear: g.partYear.map(dot),
  };
}
