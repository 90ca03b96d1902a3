/**
 * The detail chart: the plan period shaded, the on-course path dashed, reported whole-year actuals as filled
 * points joined by a line, part-year figures as hollow points apart, the target as a diamond; with axes, a
 * legend and the same figures as a table (the chart's text alternative).
 */
import { makeStyles, mergeClasses, tokens } from "@fluentui/react-components";
import * as React from "react";
import { layoutIndicatorChart } from "./geometry";
import { describeSeries, type IndicatorSeries } from "./series";
import { useChartStyles } from "./styles";

const FRAME = { width: 320, height: 180, margin: { top: 12, right: 14, bottom: 24, left: 48 } };

const useStyles = makeStyles({
  figure: { margin: 0, display: "flex", flexDirection: "column", gap: "6px", maxWidth: "560px" },
  svg: { width: "100%", height: "auto" },
  legend: { display: "flex", flexWrap: "wrap", gap: "4px 12px", fontSize: tokens.fontSizeBase200, color: tokens.colorNeutralForeground2, margin: 0, padding: 0, listStyle: "none" },
  key: { display: "inline-flex", alignItems: "center", gap: "4px" },
  table: { borderCollapse: "collapse", fontSize: tokens.fontSizeBase200, width: "100%" },
  cell: { textAlign: "left", padding: "2px 6px 2px 0", borderBottom: `1px solid ${tokens.colorNeutralStroke2}`, overflowWrap: "anywhere" },
});

export function PathChart({ series, title }: { series: IndicatorSeries; title?: string }) {
  const styles = useStyles();
  const chart = useChartStyles();
  const id = React.useId();
  const g = layoutIndicatorChart(series, FRAME);
  const rows = [
    ...(series.baseline ? [{ what: "Baseline", label: series.baseline.label, x: series.baseline.x }] : []),
    ...series.actuals.map((a) => ({ what: "Reported", label: a.label, x: a.x })),
    ...series.partYear.map((p) => ({ what: "Part year", label: p.label, x: p.x })),
    ...(series.target ? [{ what: "Target", label: series.target.label, x: series.target.x }] : []),
  ].sort((a, b) => a.x - b.x);
  return (
    <figure className={styles.figure} data-chart="path" aria-labelledby={`${id}-caption`}>
      <svg className={mergeClasses(chart.svg, styles.svg)} viewBox={`0 0 ${g.width} ${g.height}`} role="img" aria-label={describeSeries(series)}>
        {g.period && <rect className={chart.period} x={g.period.x} y={g.plot.y} width={g.period.width} height={g.plot.height} />}
        {g.yTicks.map((t) => (
          <g key={`y${t.at}`}>
            <line className={chart.grid} x1={g.plot.x} x2={g.plot.x + g.plot.width} y1={t.at} y2={t.at} />
            <text className={chart.tick} x={g.plot.x - 4} y={t.at} textAnchor="end" dominantBaseline="middle">
              {t.label}
            </text>
          </g>
        ))}
        <line className={chart.axis} x1={g.plot.x} x2={g.plot.x + g.plot.width} y1={g.plot.y + g.plot.height} y2={g.plot.y + g.plot.height} />
        {g.xTicks.map((t) => (
          <text key={`x${t.at}`} className={chart.tick} x={t.at} y={g.plot.y + g.plot.height + 14} textAnchor="middle">
            {t.label}
          </text>
        ))}
        {g.path && <path className={chart.path} d={g.path} />}
        {g.actualLine && <path className={chart.actualLine} d={g.actualLine} />}
        {g.target && <rect className={chart.target} x={g.target.cx - 4} y={g.target.cy - 4} width={8} height={8} transform={`rotate(45 ${g.target.cx} ${g.target.cy})`} />}
        {g.baseline && <circle className={chart.baseline} cx={g.baseline.cx} cy={g.baseline.cy} r={3.5} />}
        {g.actuals.map((m) => (
          <circle key={`a${m.cx}`} className={chart.actual} cx={m.cx} cy={m.cy} r={4} />
        ))}
        {g.partYear.map((m) => (
          <circle key={`p${m.cx}-${m.cy}`} className={chart.partYear} cx={m.cx} cy={m.cy} r={4} />
        ))}
      </svg>
      <ul className={styles.legend} aria-hidden="true">
        <li className={styles.key}>
          <svg width="18" height="8"><line className={chart.path} x1="0" x2="18" y1="4" y2="4" /></svg>on course
        </li>
        <li className={styles.key}>
          <svg width="10" height="10"><circle className={chart.actual} cx="5" cy="5" r="4" /></svg>reported
        </li>
        <li className={styles.key}>
          <svg width="10" height="10"><circle className={chart.partYear} cx="5" cy="5" r="3.5" /></svg>part year
        </li>
        <li className={styles.key}>
          <svg width="10" height="10"><rect className={chart.target} x="2" y="2" width="6" height="6" transform="rotate(45 5 5)" /></svg>target
        </li>
        <li className={styles.key}>
          <svg width="14" height="10"><rect className={chart.period} width="14" height="10" /></svg>plan {series.periodStart}-{series.periodEnd}
        </li>
      </ul>
      <figcaption id={`${id}-caption`}>{title ?? `${series.code}: path from baseline to target, with reported figures`}</figcaption>
      <table className={styles.table} aria-label={`Figures of ${series.code}`}>
        <thead>
          <tr>
            <th className={styles.cell} scope="col">Point</th>
            <th className={styles.cell} scope="col">Figure</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((r) => (
            <tr key={`${r.what}${r.x}${r.label}`}>
              <th className={styles.cell} scope="row">{r.what}</th>
              <td className={styles.cell}>{r.label}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </figure>
  );
}
