/** A small path chart for the overview list: the plan's path, the reported points, the target. */
import type { IndicatorSeries } from "./series";
import { sparklineChart, type SparklineChart } from "./sparkline-chart";
import { useChartStyles } from "./styles";

/** Draws a chart already laid out (the overview's come from its model). */
export function SparklineSvg({ chart: g }: { chart: SparklineChart }) {
  const styles = useChartStyles();
  return (
    <svg className={styles.svg} width={g.width} height={g.height} viewBox={`0 0 ${g.width} ${g.height}`} role="img" aria-label={g.label} data-chart="sparkline">
      {g.period && <rect className={styles.period} x={g.period.x} y={g.plot.y} width={g.period.width} height={g.plot.height} />}
      {g.path && <path className={styles.path} d={g.path} />}
      {g.actualLine && <path className={styles.actualLine} d={g.actualLine} />}
      {g.target && <rect className={styles.target} x={g.target.cx - 3} y={g.target.cy - 3} width={6} height={6} transform={`rotate(45 ${g.target.cx} ${g.target.cy})`} />}
      {g.baseline && <circle className={styles.baseline} cx={g.baseline.cx} cy={g.baseline.cy} r={2} />}
      {g.actuals.map((m) => (
        <circle key={`a${m.cx}`} className={styles.actual} cx={m.cx} cy={m.cy} r={2.5} />
      ))}
      {g.partYear.map((m) => (
        <circle key={`p${m.cx}-${m.cy}`} className={styles.partYear} cx={m.cx} cy={m.cy} r={2.5} />
      ))}
    </svg>
  );
}

export function Sparkline({ series }: { series: IndicatorSeries }) {
  return <SparklineSvg chart={sparklineChart(series)} />;
}
