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
  heading: { margin: 0 },
  controls: { display: "flex", flexWrap: "wrap", gap: "8px", alignItems: "flex-end" },
  // a plan's long name must not widen a narrow pane: the list shrinks and its options wrap in the menu
  plan: { flexGrow: 1, flexBasis: "16em", minWidth: 0, maxWidth: "100%" },
  select: { width: "100%", minWidth: 0 },
  list: {
    listStyle: "none",
    margin: 0,
    padding: 0,
    display: "flex",
    flexDirection: "column",
    "@media print": { display: "block", columnCount: 2, columnGap: "8mm" },
  },
  untargeted: { fontSize: tokens.fontSizeBase200, "@media print": { fontSize: "7.5pt" } },
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
    // on paper: two columns of compact rows, so a whole plan fits one landscape page
    "@media print": {
      gridTemplateColumns: "minmax(0, 1fr) auto 84px",
      gridTemplateAreas: '"name status chart" "sentence sentence chart"',
      alignItems: "center",
      gap: "1px 6px",
      padding: "3px 0",
      fontSize: "7.5pt",
      lineHeight: "1.2",
    },
  },
  name: { gridArea: "name", minWidth: 0, "@media print": { fontSize: "7.5pt", lineHeight: "1.2" } },
  status: { gridArea: "status", display: "flex", flexWrap: "wrap", gap: "4px" },
  chart: { gridArea: "chart", alignSelf: "center" },
  sentence: { gridArea: "sentence", minWidth: 0, fontSize: tokens.fontSizeBase200, "@media print": { fontSize: "7.5pt" } },
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

/** The status beside the outcome only where it says something more ("Achieved" twice, or no data twice, does not). */
function informative(status: string, outcome: Outcome): boolean {
  return status !== outcome && !(status === "Insufficient data" && outcome === "No figure reported");
}

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
  // series the plan tracks but sets no target for are listed in one line, not scored row by row
  const scored = card.rows.filter((row) => row.outcome !== "Target not published");
  const untargeted = card.rows.filter((row) => row.outcome === "Target not published");
  const recordOf = (code: string, region: string) => dataset.recordsByPlan.find((r) => r.code === code && r.region === region && r.plan.id === card.plan.id);
  return (
    <article className={styles.root} aria-labelledby="scorecard-title" data-testid="scorecard">
      <Subtitle1 as="h2" id="scorecard-title" className={styles.heading}>
        Scorecard: {card.plan.name}
      </Subtitle1>
      <Caption1>
        {card.region} · {card.plan.periodStart}-{card.plan.periodEnd} · status by {method === "cagr" ? "CAGR (Open SDG)" : "projection (UNSD)"} · {dataset.documents.length} documents · as of {dataset.date}
      </Caption1>
      <Text>{tally(card)}</Text>
      <div className={mergeClasses(styles.controls, "pt-no-print")}>
        {choices.length > 1 && (
          <Field label="Plan" className={styles.plan}>
            <Select className={styles.select} value={choice.key} onChange={(_, d) => setKey(d.value)}>
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
        {scored.map((row) => {
          const record = recordOf(row.code, row.region);
          return (
            <li key={`${row.code}|${row.region}`} className={styles.item} data-testid={`score-${row.code}`}>
              <Text className={styles.name}>
                <b>{row.code}</b> {row.name}
              </Text>
              <span className={styles.status}>
                <Badge size="small" appearance="tint" color={OUTCOME_COLOURS[row.outcome]} aria-label={`Outcome: ${row.outcome}`}>
                  {row.outcome}
                </Badge>{" "}
                {record && informative(record.progress[method].status, row.outcome) && (
                  <StatusBadge size="small" status={record.progress[method].status} />
                )}
              </span>
              <span className={styles.chart}>{record && <Sparkline series={indicatorSeries(record)} />}</span>
              <span className={styles.sentence}>
                {row.code}: {row.result}.
              </span>
            </li>
          );
        })}
      </ol>
      {untargeted.length > 0 && (
        <Text className={styles.untargeted} data-testid="score-untargeted">
          Tracked without a published target ({untargeted.length}): {untargeted.map((row) => row.code).join(", ")}.
        </Text>
      )}
    </article>
  );
}
