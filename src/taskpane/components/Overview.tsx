/**
 * The overview: every indicator with latest against target, a status badge and a small path chart — a list
 * in a narrow pane (320 px first), a table in a wide one — the status method, and the signing events.
 */
import { Button, Caption1, makeStyles, Radio, RadioGroup, Subtitle2, Text, tokens } from "@fluentui/react-components";
import * as React from "react";
import type { Dataset, IndicatorRecord } from "../../core/dataset";
import { formatPercent, formatValue } from "../../core/format";
import type { Method } from "../../core/progress";
import { describeResolved } from "../../core/report";
import { indicatorSeries } from "../charts/series";
import { Sparkline } from "../charts/Sparkline";
import { useMedia, WIDE } from "../useMedia";
import { SigningEvents } from "./SigningEvents";
import { StatusBadge } from "./StatusBadge";

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", gap: "12px", minWidth: 0 },
  methods: { flexWrap: "wrap" },
  heading: { margin: 0 },
  list: { listStyle: "none", margin: 0, padding: 0, display: "flex", flexDirection: "column" },
  item: {
    display: "grid",
    gridTemplateColumns: "minmax(0, 1fr) auto",
    gap: "2px 8px",
    padding: "8px 0",
    borderBottom: `1px solid ${tokens.colorNeutralStroke2}`,
  },
  name: { gridColumn: "1 / -1", justifyContent: "flex-start", textAlign: "left", minWidth: 0, padding: "2px 0", height: "auto" },
  figures: { display: "flex", flexDirection: "column", gap: "2px", minWidth: 0, fontSize: tokens.fontSizeBase200 },
  side: { display: "flex", flexDirection: "column", alignItems: "flex-end", gap: "4px" },
  table: { width: "100%", borderCollapse: "collapse", fontSize: tokens.fontSizeBase200 },
  cell: { textAlign: "left", verticalAlign: "middle", padding: "6px 8px 6px 0", borderBottom: `1px solid ${tokens.colorNeutralStroke2}` },
  code: { fontWeight: tokens.fontWeightSemibold, minWidth: "auto", padding: "0 4px", height: "auto", justifyContent: "flex-start", textAlign: "left" },
});

function latestOf(r: IndicatorRecord) {
  return r.latest && !r.latest.source.period && (!r.baseline || r.latest.year > r.baseline.year) ? r.latest : null;
}

function testId(r: IndicatorRecord): string {
  return r.region === r.indicator.region ? `indicator-${r.code}` : `indicator-${r.code}-${r.region}`;
}

function title(r: IndicatorRecord): string {
  return `${r.code}${r.region !== r.indicator.region ? ` (${r.region})` : ""}`;
}

interface RowProps {
  record: IndicatorRecord;
  method: Method;
  onOpen: (key: string) => void;
  focus: boolean;
}

function useOpenButton(focus: boolean) {
  const ref = React.useRef<HTMLButtonElement>(null);
  React.useEffect(() => {
    if (focus) ref.current?.focus();
  }, [focus]);
  return ref;
}

function ListItem({ record: r, method, onOpen, focus }: RowProps) {
  const styles = useStyles();
  const ref = useOpenButton(focus);
  const latest = latestOf(r);
  const result = r.progress[method];
  return (
    <li className={styles.item} data-testid={testId(r)}>
      <Button ref={ref} appearance="transparent" className={styles.name} onClick={() => onOpen(`${r.code}|${r.region}`)} aria-label={`${title(r)}: ${r.indicator.name}, show chart and facts`}>
        <Text weight="semibold">{title(r)}</Text>&nbsp;<Text>{r.indicator.name}</Text>
      </Button>
      <div className={styles.figures}>
        <span>
          Latest: {latest ? `${formatValue(latest.value, latest.unit)} (${latest.year})` : "—"}
          {result.progress !== null ? ` · ${formatPercent(result.progress, 0)} of the way` : ""}
        </span>
        <span>Target: {describeResolved(r.target)}</span>
        <Caption1>Baseline: {describeResolved(r.baseline)}</Caption1>
      </div>
      <div className={styles.side}>
        <StatusBadge status={result.status} />
        <Sparkline series={indicatorSeries(r)} />
      </div>
    </li>
  );
}

function TableRow({ record: r, method, onOpen, focus }: RowProps) {
  const styles = useStyles();
  const ref = useOpenButton(focus);
  const latest = latestOf(r);
  const result = r.progress[method];
  return (
    <tr data-testid={testId(r)}>
      <td className={styles.cell}>
        <Button ref={ref} appearance="transparent" className={styles.code} title={r.indicator.name} onClick={() => onOpen(`${r.code}|${r.region}`)} aria-label={`${title(r)}: ${r.indicator.name}, show chart and facts`}>
          {title(r)}
        </Button>
      </td>
      <td className={styles.cell}>{describeResolved(r.baseline)}</td>
      <td className={styles.cell}>{describeResolved(r.target)}</td>
      <td className={styles.cell}>{latest ? `${formatValue(latest.value, latest.unit)} (${latest.year})` : "—"}</td>
      <td className={styles.cell}>{formatPercent(result.progress, 0)}</td>
      <td className={styles.cell}>
        <StatusBadge status={result.status} />
      </td>
      <td className={styles.cell}>
        <Sparkline series={indicatorSeries(r)} />
      </td>
    </tr>
  );
}

export function Overview({
  dataset, method, onMethod, onOpen, returnTo = null,
}: { dataset: Dataset; method: Method; onMethod: (m: Method) => void; onOpen: (key: string) => void; returnTo?: string | null }) {
  const styles = useStyles();
  const wide = useMedia(WIDE);
  const rows = dataset.indicators.map((r) => {
    const key = `${r.code}|${r.region}`;
    const Row = wide ? TableRow : ListItem;
    return <Row key={key} record={r} method={method} onOpen={onOpen} focus={key === returnTo} />;
  });
  return (
    <div className={styles.root}>
      <RadioGroup className={styles.methods} layout="horizontal" value={method} onChange={(_, data) => onMethod(data.value as Method)} aria-label="Status method">
        <Radio value="cagr" label="CAGR (Open SDG)" />
        <Radio value="projection" label="Projection (UNSD)" />
      </RadioGroup>
      <Subtitle2 as="h2" className={styles.heading}>
        Indicators
      </Subtitle2>
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
      <SigningEvents signings={dataset.signings} />
    </div>
  );
}
