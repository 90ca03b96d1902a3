import {
  Button, Caption1, Card, makeStyles, Radio, RadioGroup, Subtitle2, Table, TableBody, TableCell, TableHeader,
  TableHeaderCell, TableRow, Text, tokens,
} from "@fluentui/react-components";
import * as React from "react";
import type { Dataset, IndicatorRecord } from "../../core/dataset";
import { comparatorWords, formatPercent, formatValue, toDisplay } from "../../core/format";
import type { Method } from "../../core/progress";
import { describeResolved } from "../../core/report";
import { Quote } from "./Quote";
import { StatusBadge } from "./StatusBadge";

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", gap: "12px" },
  table: { fontSize: tokens.fontSizeBase200 },
  code: { fontWeight: tokens.fontWeightSemibold, minWidth: "auto", padding: "0 4px" },
  detail: { display: "flex", flexDirection: "column", gap: "8px", padding: "12px" },
  fact: { borderTop: `1px solid ${tokens.colorNeutralStroke2}`, paddingTop: "6px" },
  events: { display: "grid", gap: "8px" },
});

function Detail({ record, dataset }: { record: IndicatorRecord; dataset: Dataset }) {
  const styles = useStyles();
  const title = (doc: string) => dataset.documents.find((d) => d.file === doc)?.title ?? doc;
  return (
    <Card className={styles.detail} aria-label={`Facts behind ${record.code}`}>
      <Subtitle2 as="h3">
        {record.code} — {record.indicator.name}
      </Subtitle2>
      {record.target?.derived && <Caption1>Target derived: {record.target.derivation}</Caption1>}
      {record.facts.length === 0 && <Text>No figure for {record.code} in the documents yet.</Text>}
      {record.facts.map((fact, i) => (
        <div key={`${fact.doc}-${fact.start}-${i}`} className={styles.fact}>
          <Text weight="semibold">
            {fact.kind} {fact.year ?? ""}: {fact.value === null ? `${comparatorWords(fact.comparator)}${fact.relative?.multiple}× the baseline` : `${comparatorWords(fact.comparator)}${formatValue(fact.value, fact.unit)}`}
            {fact.measure !== "level" ? ` (${fact.measure})` : ""}
          </Text>
          <Quote quote={fact.quote} />
          <Caption1>{title(fact.doc)}</Caption1>
        </div>
      ))}
    </Card>
  );
}

export function Overview({ dataset, method, onMethod }: { dataset: Dataset; method: Method; onMethod: (m: Method) => void }) {
  const styles = useStyles();
  const [selected, setSelected] = React.useState<string | null>(null);
  const record = dataset.indicators.find((r) => `${r.code}|${r.region}` === selected);
  return (
    <div className={styles.root}>
      <RadioGroup layout="horizontal" value={method} onChange={(_, data) => onMethod(data.value as Method)} aria-label="Status method">
        <Radio value="cagr" label="CAGR (Open SDG)" />
        <Radio value="projection" label="Projection (UNSD)" />
      </RadioGroup>
      <Table size="small" className={styles.table} aria-label="Indicators">
        <TableHeader>
          <TableRow>
            <TableHeaderCell>Code</TableHeaderCell>
            <TableHeaderCell>Baseline</TableHeaderCell>
            <TableHeaderCell>Target</TableHeaderCell>
            <TableHeaderCell>Latest</TableHeaderCell>
            <TableHeaderCell>Progress</TableHeaderCell>
            <TableHeaderCell>Status</TableHeaderCell>
          </TableRow>
        </TableHeader>
        <TableBody>
          {dataset.indicators.map((r) => {
            const result = r.progress[method];
            const key = `${r.code}|${r.region}`;
            const latest = r.latest && (!r.baseline || r.latest.year > r.baseline.year) ? r.latest : null;
            return (
              <TableRow key={key} aria-selected={selected === key} data-testid={r.region === r.indicator.region ? `indicator-${r.code}` : `indicator-${r.code}-${r.region}`}>
                <TableCell>
                  <Button
                    appearance="transparent"
                    className={styles.code}
                    title={r.indicator.name}
                    aria-label={`${r.code}: ${r.indicator.name}${r.region !== r.indicator.region ? ` (${r.region})` : ""}, show facts`}
                    aria-expanded={selected === key}
                    onClick={() => setSelected(selected === key ? null : key)}
                  >
                    {r.code}
                    {r.region !== r.indicator.region ? ` (${r.region})` : ""}
                  </Button>
                </TableCell>
                <TableCell>{describeResolved(r.baseline)}</TableCell>
                <TableCell>{describeResolved(r.target)}</TableCell>
                <TableCell>{latest ? `${formatValue(latest.value, latest.unit)} (${latest.year})` : "—"}</TableCell>
                <TableCell>{formatPercent(result.progress, 0)}</TableCell>
                <TableCell>
                  <StatusBadge status={result.status} />
                </TableCell>
              </TableRow>
            );
          })}
        </TableBody>
      </Table>
      {record && <Detail record={record} dataset={dataset} />}
      <Subtitle2 as="h2">Signing events</Subtitle2>
      <div className={styles.events}>
        {dataset.signings.map((event) => (
          <Card key={event.code} aria-label={`${event.code} signings`} data-testid={`event-${event.code}`}>
            <Text weight="semibold">
              {event.code} — {event.name} ({event.region})
            </Text>
            <Text>
              {event.total.projects ?? "?"} projects
              {event.total.value !== null ? `, ${toDisplay(event.total.value, "CNY").toLocaleString("en-US")} bn yuan` : ""}
              {event.total.valueUsd !== null ? `, ${comparatorWords(event.total.usdComparator)}US$${toDisplay(event.total.valueUsd, "USD")} bn` : ""}
            </Text>
            <Caption1>{event.segments.length} breakdowns: {event.segments.map((s) => s.label).join(", ")}</Caption1>
          </Card>
        ))}
      </div>
    </div>
  );
}
