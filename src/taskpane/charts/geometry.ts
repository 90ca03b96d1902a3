/** Chart geometry with no DOM: scales, tick marks, SVG path data and marker positions, in pixels. */
import { isMoney } from "../../core/format";
import type { IndicatorSeries, SigningBars } from "./series";

export interface Margin {
  top: number;
  right: number;
  bottom: number;
  left: number;
}

export interface Frame {
  width: number;
  height: number;
  margin: Margin;
}

export interface Scale {
  (value: number): number;
  domain: [number, number];
  range: [number, number];
}

/** Maps [d0, d1] onto [r0, r1]; a domain of one point maps to the middle of the range. */
export function linearScale(domain: [number, number], range: [number, number]): Scale {
  const [d0, d1] = domain;
  const [r0, r1] = range;
  const scale = ((value: number) => (d1 === d0 ? (r0 + r1) / 2 : r0 + ((value - d0) / (d1 - d0)) * (r1 - r0))) as Scale;
  scale.domain = domain;
  scale.range = range;
  return scale;
}

/** Round tick values (1, 2 or 5 times a power of ten) covering [min, max] in about `count` steps. */
export function niceTicks(min: number, max: number, count = 4): number[] {
  if (!Number.isFinite(min) || !Number.isFinite(max)) return [];
  if (max === min) return [min];
  const rough = (max - min) / Math.max(count, 1);
  const power = Math.pow(10, Math.floor(Math.log10(rough)));
  const error = rough / power;
  const step = power * (error >= Math.sqrt(50) ? 10 : error >= Math.sqrt(10) ? 5 : error >= Math.sqrt(2) ? 2 : 1);
  const ticks: number[] = [];
  for (let t = Math.ceil(min / step - 1e-9) * step; t <= max + step * 1e-9; t += step)
    ticks.push(Number(t.toPrecision(12)));
  return ticks;
}

/** A short axis label in display units: "400 bn", "1.2 m", "4.5 %". */
export function tickLabel(value: number, unit: string): string {
  if (unit === "ratio") return `${Number((value * 100).toPrecision(3))} %`;
  const money = isMoney(unit);
  const abs = Math.abs(value);
  if (money && abs >= 1e12) return `${Number((value / 1e12).toPrecision(3))} trn`;
  if (money && abs >= 1e9) return `${Number((value / 1e9).toPrecision(4))} bn`;
  if (abs >= 1e6) return `${Number((value / 1e6).toPrecision(3))} m`;
  if (abs >= 1e4) return `${Number((value / 1e3).toPrecision(3))} k`;
  return String(Number(value.toPrecision(4)));
}

export interface Marker {
  cx: number;
  cy: number;
  label: string;
}

export interface Tick {
  at: number;
  label: string;
}

export interface IndicatorChartGeometry {
  width: number;
  height: number;
  plot: { x: number; y: number; width: number; height: number };
  /** the plan period, shaded */
  period: { x: number; width: number } | null;
  /** SVG path data of the on-course path, "" when there is none */
  path: string;
  baseline: Marker | null;
  target: Marker | null;
  actuals: Marker[];
  /** SVG path data joining the actuals (with the baseline first), "" for fewer than two points */
  actualLine: string;
  partYear: Marker[];
  xTicks: Tick[];
  yTicks: Tick[];
}

const round = (n: number) => Math.round(n * 10) / 10;

function line(points: { x: number; y: number }[]): string {
  return points.length < 2 ? "" : points.map((p, i) => `${i ? "L" : "M"}${round(p.x)} ${round(p.y)}`).join(" ");
}

/** Lays the series out in the frame: the y axis starts at zero (levels never look steeper than they are). */
export function layoutIndicatorChart(series: IndicatorSeries, frame: Frame): IndicatorChartGeometry {
  const { width, height, margin } = frame;
  const plot = {
    x: margin.left,
    y: margin.top,
    width: Math.max(width - margin.left - margin.right, 1),
    height: Math.max(height - margin.top - margin.bottom, 1),
  };
  const all = [
    ...series.path,
    ...series.actuals,
    ...series.partYear,
    ...(series.baseline ? [series.baseline] : []),
    ...(series.target ? [series.target] : []),
  ];
  const xs = [...all.map((p) => p.x), series.periodStart - 1, series.periodEnd];
  const values = all.map((p) => p.value);
  const xMin = Math.floor(Math.min(...xs));
  const xMax = Math.ceil(Math.max(...xs));
  const yMax = values.length ? Math.max(...values, 0) : 1;
  const yMin = values.length ? Math.min(...values, 0) : 0;
  const yTicksRaw = niceTicks(yMin, yMax === yMin ? yMin + 1 : yMax, 3);
  const yTop = Math.max(yMax, yTicksRaw[yTicksRaw.length - 1] ?? yMax);
  const x = linearScale([xMin, xMax], [plot.x, plot.x + plot.width]);
  const y = linearScale([yMin, yTop === yMin ? yMin + 1 : yTop], [plot.y + plot.height, plot.y]);
  const marker = (p: { x: number; value: number; label: string }): Marker => ({
    cx: round(x(p.x)),
    cy: round(y(p.value)),
    label: p.label,
  });

  const years = xMax - xMin;
  const yearStep = years <= 6 ? 1 : years <= 12 ? 2 : 5;
  const xTicks: Tick[] = [];
  for (let year = xMin; year <= xMax; year += yearStep) xTicks.push({ at: round(x(year)), label: String(year) });

  const actualPoints = [
    ...(series.baseline && series.pathKind !== "cumulative" ? [series.baseline] : []),
    ...series.actuals,
  ];
  return {
    width,
    height,
    plot,
    period: { x: round(x(series.periodStart - 1)), width: round(x(series.periodEnd) - x(series.periodStart - 1)) },
    path: line(series.path.map((p) => ({ x: x(p.x), y: y(p.value) }))),
    baseline: series.baseline ? marker(series.baseline) : null,
    target: series.target ? marker(series.target) : null,
    actuals: series.actuals.map(marker),
    actualLine: line(actualPoints.map((p) => ({ x: x(p.x), y: y(p.value) }))),
    partYear: series.partYear.map(marker),
    xTicks,
    yTicks: yTicksRaw.filter((t) => t <= yTop).map((t) => ({ at: round(y(t)), label: tickLabel(t, series.unit) })),
  };
}

export interface BarGeometry {
  key: string;
  label: string;
  text: string;
  /** the bar's length as a share of the widest (0-1), so the bars stretch with the pane */
  share: number;
}

/** Horizontal bars, one per segment, in the order the event reports them. */
export function layoutBars(bars: SigningBars): BarGeometry[] {
  const max = Math.max(...bars.bars.map((b) => b.value), 0);
  return bars.bars.map((b) => ({
    key: b.key,
    label: b.label,
    text: b.text,
    share: max > 0 ? Math.max(b.value / max, 0) : 0,
  }));
}
