/** One indicator: its full-size path chart (the plan period shaded), its status, and every fact with its quote. */
import { Button, Caption1, makeStyles, Subtitle2, Text, tokens } from "@fluentui/react-components";
import * as React from "react";
import type { Dataset, IndicatorRecord } from "../../core/dataset";
import { comparatorWords, formatPercent, formatPeriod, formatValue } from "../../core/format";
import type { Method } from "../../core/progress";
import { briefingSentence } from "../../core/report";
import type { Fact } from "../../core/types";
import { PathChart } from "../charts/PathChart";
import { indicatorSeries } from "../charts/series";
import { Quote } from "./Quote";
import { StatusBadge } from "./StatusBadge";

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", gap: "10px", minWidth: 0 },
  back: { alignSelf: "flex-start" },
  heading: { margin: 0, fontSize: tokens.fontSizeBase400, lineHeight: tokens.lineHeightBase400, fontWeight: tokens.fontWeightSemibold },
  status: { display: "flex", flexWrap: "wrap", alignItems: "center", gap: "8px" },
  facts: { listStyle: "none", margin: 0, padding: 0, display: "flex", flexDirection: "column", gap: "8px" },
  fact: { borderTop: `1px solid ${tokens.colorNeutralStroke2}`, paddingTop: "6px", display: "flex", flexDirection: "column", gap: "2px" },
});

function figure(fact: Fact): string {
  const value = fact.value === null ? `${comparatorWords(fact.comparator)}${fact.relative?.multiple}× the baseline` : `${comparatorWords(fact.comparator)}${formatValue(fact.value, fact.unit)}`;
  const when = fact.period ? `${formatPeriod(fact.year, fact.period)} (part of the year)` : (fact.year ?? "");
  return `${fact.kind} ${when}: ${value}${fact.measure !== "level" ? ` (${fact.measure})` : ""}`;
}

export default function IndicatorDetail({ record, dataset, method, onBack }: { record: IndicatorRecord; dataset: Dataset; method: Method; onBack: () => void }) {
  const styles = useStyles();
  const heading = React.useRef<HTMLHeadingElement>(null);
  React.useEffect(() => heading.current?.focus(), [record.code, record.region]);
  const docTitle = (doc: string) => dataset.documents.find((d) => d.file === doc)?.title ?? doc;
  const result = record.progress[method];
  const series = indicatorSeries(record);
  return (
    <section className={styles.root} aria-label={`Facts behind ${record.code}`} data-testid="indicator-detail">
      <Button className={styles.back} onClick={onBack}>
        Back to the overview
      </Button>
      <h2 ref={heading} tabIndex={-1} className={styles.heading}>
        {record.code}
        {record.region !== record.indicator.region ? ` (${record.region})` : ""} — {record.indicator.name}
      </h2>
      <div className={styles.status}>
        <StatusBadge status={result.status} />
        {result.progress !== null && <Text>{formatPercent(result.progress, 0)} of the way from baseline to target</Text>}
      </div>
      <Text>{briefingSentence(record, method)}</Text>
      <PathChart series={series} title={`${record.code}: ${record.indicator.plan}, path from baseline to target with reported figures`} />
      {record.target?.derived && <Caption1>Target derived: {record.target.derivation}</Caption1>}
      <Subtitle2 as="h3" className={styles.heading}>
        Facts and sources
      </Subtitle2>
      {record.facts.length === 0 && <Text>No figure for {record.code} in the documents yet.</Text>}
      <ul className={styles.facts} aria-label={`Facts of ${record.code}`}>
        {record.facts.map((fact, i) => (
          <li key={`${fact.doc}-${fact.start}-${i}`} className={styles.fact}>
            <Text weight="semibold">{figure(fact)}</Text>
            {fact.quote ? <Quote quote={fact.quote} /> : null}
            {fact.source ? (
              <Caption1>
                {fact.source.publisher}, {fact.source.published}
                {fact.source.note ? ` — ${fact.source.note}` : ""}
              </Caption1>
            ) : (
              <Caption1>{docTitle(fact.doc)}</Caption1>
            )}
          </li>
        ))}
      </ul>
    </section>
  );
}
