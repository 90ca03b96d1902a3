/**
 * The overview: every indicator with latest against target, a status badge and a small path chart — a list
 * in a narrow pane (320 px first), a table in a wide one — the status method, and the signing events.
 * It is the pane's first render, so it is plain markup styled with Fluent's tokens: Fluent's Button, Text,
 * Badge and RadioGroup for 35 rows cost more script and render time than the whole pane may take to appear.
 * It draws an OverviewModel (../overview-model), which on the first render was worked out at build time.
 */
import { tokens, typographyStyles } from "@fluentui/react-components";
import * as React from "react";
import { formatPercent } from "../../core/format";
import type { Method } from "../../core/progress";
import { afterPaint } from "../after-paint";
import { SparklineSvg } from "../charts/Sparkline";
import type { OverviewModel, OverviewRow } from "../overview-model";
import { cx, staticStyles } from "../staticStyles";
import { useMedia, WIDE } from "../useMedia";
import { SigningEvents } from "./SigningEvents";
import { StatusBadge } from "./StatusBadge";

const useStyles = staticStyles("overview", {
  root: { display: "flex", flexDirection: "column", gap: "12px", minWidth: 0 },
  methods: { display: "flex", flexWrap: "wrap", columnGap: "12px", rowGap: "4px", border: "none", margin: 0, padding: 0 },
  method: { display: "inline-flex", alignItems: "center", gap: "6px", padding: "4px 0", cursor: "pointer" },
  radio: { width: "16px", height: "16px", margin: 0, accentColor: tokens.colorCompoundBrandForeground1, cursor: "pointer" },
  heading: { ...typographyStyles.subtitle2, margin: 0 },
  list: { listStyle: "none", margin: 0, padding: 0, display: "flex", flexDirection: "column" },
  item: {
    // rows below the fold are laid out and painted only when scrolled to (still in the page, found by find-in-page)
    contentVisibility: "auto",
    containIntrinsicSize: "auto 112px",
    display: "grid",
    gridTemplateColumns: "minmax(0, 1fr) auto",
    gap: "2px 8px",
    padding: "8px 0",
    borderBottom: `1px solid ${tokens.colorNeutralStroke2}`,
  },
  // a transparent button (Fluent's look): the row's name, which opens the indicator's detail
  open: {
    appearance: "none",
    border: "none",
    background: "none",
    cursor: "pointer",
    fontFamily: tokens.fontFamilyBase,
    fontSize: tokens.fontSizeBase300,
    lineHeight: tokens.lineHeightBase300,
    color: tokens.colorNeutralForeground2,
    borderRadius: tokens.borderRadiusMedium,
    textAlign: "left",
    ":hover": { color: tokens.colorNeutralForeground2BrandHover },
    ":hover:active": { color: tokens.colorNeutralForeground2BrandPressed },
    ":focus-visible": { outline: `2px solid ${tokens.colorStrokeFocus2}`, outlineOffset: "1px" },
  },
  name: { gridColumn: "1 / -1", minWidth: 0, padding: "2px 0" },
  strong: { fontWeight: tokens.fontWeightSemibold },
  caption: { ...typographyStyles.caption1 },
  figures: { display: "flex", flexDirection: "column", gap: "2px", minWidth: 0, fontSize: tokens.fontSizeBase200 },
  side: { display: "flex", flexDirection: "column", alignItems: "flex-end", gap: "4px" },
  table: { width: "100%", borderCollapse: "collapse", fontSize: tokens.fontSizeBase200 },
  cell: { textAlign: "left", verticalAlign: "middle", padding: "6px 8px 6px 0", borderBottom: `1px solid ${tokens.colorNeutralStroke2}` },
  code: { fontWeight: tokens.fontWeightSemibold, padding: "0 4px", fontSize: tokens.fontSizeBase200 },
});

const METHODS: { value: Method; label: string }[] = [
  { value: "cagr", label: "CAGR (Open SDG)" },
  { value: "projection", label: "Projection (UNSD)" },
];

interface RowProps {
  row: OverviewRow;
  method: Method;
  onOpen: (key: string) => void;
  focus: boolean;
  /** false for a row below the fold on the first render: its small chart is drawn right after */
  chart: boolean;
}

/** Rows whose small charts are drawn in the first render: more than a tall pane shows (about 100 px a row). */
const CHARTS_FIRST = 10;

/** False for the first render, true from the next frame on: the pane is painted before the rest of its charts. */
function useAfterFirstPaint(): boolean {
  const [ready, setReady] = React.useState(false);
  React.useEffect(() => afterPaint(() => setReady(true)), []);
  return ready;
}

function useOpenButton(focus: boolean) {
  const ref = React.useRef<HTMLButtonElement>(null);
  React.useEffect(() => {
    if (focus) ref.current?.focus();
  }, [focus]);
  return ref;
}

function ListItem({ row: r, method, onOpen, focus, chart }: RowProps) {
  const styles = useStyles();
  const ref = useOpenButton(focus);
  const result = r.progress[method];
  return (
    <li className={styles.item} data-testid={r.testId}>
      <button ref={ref} type="button" className={cx(styles.open, styles.name)} onClick={() => onOpen(r.key)} aria-label={`${r.title}: ${r.name}, show chart and facts`}>
        <span className={styles.strong}>{r.title}</span>&nbsp;<span>{r.name}</span>
      </button>
      <div className={styles.figures}>
        <span>
          Latest: {r.latest ?? "—"}
          {result.progress !== null ? ` · ${formatPercent(result.progress, 0)} of the way` : ""}
        </span>
        <span>Target: {r.target}</span>
        <span className={styles.caption}>Baseline: {r.baseline}</span>
      </div>
      <div className={styles.side}>
        <StatusBadge status={result.status} />
        {chart && <SparklineSvg chart={r.chart} />}
      </div>
    </li>
  );
}

function TableRow({ row: r, method, onOpen, focus, chart }: RowProps) {
  const styles = useStyles();
  const ref = useOpenButton(focus);
  const result = r.progress[method];
  return (
    <tr data-testid={r.testId}>
      <td className={styles.cell}>
        <button ref={ref} type="button" className={cx(styles.open, styles.code)} title={r.name} onClick={() => onOpen(r.key)} aria-label={`${r.title}: ${r.name}, show chart and facts`}>
          {r.title}
        </button>
      </td>
      <td className={styles.cell}>{r.baseline}</td>
      <td className={styles.cell}>{r.target}</td>
      <td className={styles.cell}>{r.latest ?? "—"}</td>
      <td className={styles.cell}>{formatPercent(result.progress, 0)}</td>
      <td className={styles.cell}>
        <StatusBadge status={result.status} />
      </td>
      <td className={styles.cell}>{chart && <SparklineSvg chart={r.chart} />}</td>
    </tr>
  );
}

export function Overview({
  model, method, onMethod, onOpen, returnTo = null,
}: { model: OverviewModel; method: Method; onMethod: (m: Method) => void; onOpen: (key: string) => void; returnTo?: string | null }) {
  const styles = useStyles();
  const wide = useMedia(WIDE);
  // false on the first render: the charts of rows below the fold, and the signing events, come a frame later
  const allCharts = useAfterFirstPaint();
  const rows = model.rows.map((r, i) => {
    const Row = wide ? TableRow : ListItem;
    return <Row key={r.key} row={r} method={method} onOpen={onOpen} focus={r.key === returnTo} chart={allCharts || i < CHARTS_FIRST} />;
  });
  return (
    <div className={styles.root}>
      <div role="radiogroup" className={styles.methods} aria-label="Status method">
        {METHODS.map(({ value, label }) => (
          <label key={value} className={styles.method}>
            <input type="radio" className={styles.radio} name="status-method" value={value} checked={method === value} onChange={() => onMethod(value)} />
            {label}
          </label>
        ))}
      </div>
      <h2 className={styles.heading}>Indicators</h2>
      {wide ? (
        <table className={styles.table} aria-label="Indicators">
          <thead>
            <tr>
              {["Code", "Baseline", "Target", "Latest", "Progress", "Status", "Path"].map((h) => (
                <th key={h} className={styles.cell} scope="col">
                  {h}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>{rows}</tbody>
        </table>
      ) : (
        <ul className={styles.list} aria-label="Indicators">
          {rows}
        </ul>
      )}
      {/* far below the rows: drawn with the rest of the charts, after the first paint */}
      {allCharts && <SigningEvents events={model.events} />}
    </div>
  );
}
