/**
 * The scorecard of one plan (src/core/scorecard), as a briefing: every indicator's outcome and status, its small
 * path chart and one sentence.
 * Stand-alone it prints (or saves as PDF) on one landscape page: the print stylesheet drops the tabs and
 * buttons and lays the indicators out as rows.
 */
import {
  Badge, type BadgeProps, Button, Caption1, Field, makeStyles, mergeClasses, Select, Subtitle1, Text, tokens,
} from "@fluentui/react-components";
import * as React from "react";
import type { Dataset } from "../../core/dataset";
import type { Method } from "../../core/progress";
import { defaultScorecardPlan, scorecard, type Outcome, type Scorecard as ScorecardResult } from "../../core/scorecard";
import { indicatorSeries } from "../charts/series";
import { Sparkline } from "../charts/Sparkline";
import type { Host } from "../host";
import { StatusBadge } from "./StatusBadge";

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", gap: "10px", minWidth: 0, "@media print": { gap: "4px" } },
  controls: { display: "flex", flexWrap: "wrap", gap: "8px", alignItems: "flex-end" },
  list: { listStyle: "none", margin: 0, padding: 0, display: "flex", flexDirection: "column" },
  item: {
    display: "grid",
    gridTemplateColumns: "minmax(0, 1fr) auto",
    gridTemplateAreas: '"name chart" "status chart" "sentence sentence"',
    gap: "4px 8px",
    padding: "8px 0",
    borderBottom: `1px solid ${tokens.colorNeutralStroke2}`,
    breakInside: "avoid",
    "@media (min-width: 700px)": {
      gridTemplateColumns: "minmax(9em, 1.2fr) 13em 100px minmax(0, 4fr)",
      gridTemplateAreas: '"name status chart sentence"',
      alignItems: "center",
    },
    "@media print": {
      gridTemplateColumns: "15em 13em 100px minmax(0, 1fr)",
      gridTemplateAreas: '"name status chart sentence"',
      alignItems: "center",
      padding: "2px 0",
      fontSize: "8pt",
      lineHeight: "1.25",
    },
  },
  name: { gridArea: "name", minWidth: 0 },
  status: { gridArea: "status", display: "flex", flexWrap: "wrap", gap: "4px" },
  chart: { gridArea: "chart", alignSelf: "center" },
  sentence: { gridArea: "sentence", minWidth: 0, fontSize: tokens.fontSizeBase200, "@media print": { fontSize: "8pt" } },
});

export interface PlanChoice {
  key: string;
  planId: string;
  region: string;
  title: string;
}

/** Every plan of every region the dataset tracks, the default plan (the latest that has ended) first. */
export function planChoices(dataset: Dataset): PlanChoice[] {
  const regions = [...new Set(dataset.indicators.map((r) => r.region))];
  return regions.flatMap((region) => {
    const plans = dataset.catalog.plansOfRegion(region);
    const first = defaultScorecardPlan(dataset, region);
    return [...plans].sort((a, b) => (a === first ? -1 : b === first ? 1 : 0)).map((plan) => ({ key: `${plan.id}|${region}`, planId: plan.id, region, title: plan.name }));
  });
}

const OUTCOME_COLOURS: Record<Outcome, BadgeProps["color"]> = {
  Achieved: "success",
  "Short so far": "warning",
  "Fell short": "danger",
  "No figure reported": "informative",
  "Target not published": "informative",
};

function tally(card: ScorecardResult): string {
  const counts = (Object.entries(card.counts) as [Outcome, number][]).filter(([, n]) => n > 0);
  return `${card.rows.length} indicators: ${counts.map(([outcome, n]) => `${n} ${outcome.toLowerCase()}`).join(", ")}.`;
}

export default function Scorecard({ dataset, method, host }: { dataset: Dataset; method: Method; host: Host }) {
  const styles = useStyles();
  const choices = planChoices(dataset);
  const [key, setKey] = React.useState(choices[0]?.key ?? "");
  const choice = choices.find((c) => c.key === key) ?? choices[0];
  if (!choice) return <Text>No plan to score yet.</Text>;
  const card = scorecard(dataset, choice.planId, choice.region);
  const recordOf = (code: string, region: string) => dataset.recordsByPlan.find((r) => r.code === code && r.region === region && r.plan.id === card.plan.id);
  return (
    <article className={styles.root} aria-labelledby="scorecard-title" data-testid="scorecard">
      <Subtitle1 as="h2" id="scorecard-title">
        Scorecard: {card.plan.name}
      </Subtitle1>
      <Caption1>
        {card.region} · {card.plan.periodStart}-{card.plan.periodEnd} · status by {method === "cagr" ? "CAGR (Open SDG)" : "projection (UNSD)"} · {dataset.documents.length} documents · as of {dataset.date}
      </Caption1>
      <Text>{tally(card)}</Text>
      <div className={mergeClasses(styles.controls, "pt-no-print")}>
        {choices.length > 1 && (
          <Field label="Plan">
            <Select value={choice.key} onChange={(_, d) => setKey(d.value)}>
              {choices.map((c) => (
                <option key={c.key} value={c.key}>
                  {c.title} ({c.region})
                </option>
              ))}
            </Select>
          </Field>
        )}
        {host.kind === "standalone" && (
          <Button appearance="primary" onClick={() => window.print()}>
            Print / Save as PDF
          </Button>
        )}
      </div>
      <ol className={styles.list} aria-label="Indicators and their outcome">
        {card.rows.map((row) => {
          const record = recordOf(row.code, row.region);
          return (
            <li key={`${row.code}|${row.region}`} className={styles.item} data-testid={`score-${row.code}`}>
              <Text className={styles.name} weight="semibold">
                {row.code} <Text weight="regular">{row.name}</Text>
              </Text>
              <span className={styles.status}>
                <Badge appearance="tint" color={OUTCOME_COLOURS[row.outcome]} aria-label={`Outcome: ${row.outcome}`}>
                  {row.outcome}
                </Badge>{" "}
                {record && <StatusBadge status={record.progress[method].status} />}
              </span>
              <span className={styles.chart}>{record && <Sparkline series={indicatorSeries(record)} />}</span>
              <span className={styles.sentence}>
                {row.code}: {row.result}.
              </span>
            </li>
          );
        })}
      </ol>
    </article>
  );
}
