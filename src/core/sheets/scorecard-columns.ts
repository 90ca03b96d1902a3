/** The Briefing sheet's scorecard columns: the last ended plan's target, final actual, outcome, CAGRs and sources. */
import type { Dataset } from "../dataset";
import { comparatorWords, formatValue } from "../format";
import { defaultScorecardPlan, scorecard, type ScorecardRow } from "../scorecard";
import { FORMAT } from "./formats";
import type { ColumnSpec, PlanCell } from "./types";

export const SCORECARD_COLUMNS: ColumnSpec[] = [
  { key: "scorecardPlan", header: "Plan scored", width: 10, format: FORMAT.text },
  { key: "scorecardTarget", header: "Plan target", width: 24, format: FORMAT.text },
  { key: "scorecardActual", header: "Final actual", width: 18, format: FORMAT.text },
  { key: "scorecardYear", header: "Actual year", width: 8, format: FORMAT.year },
  { key: "scorecardResult", header: "Result", width: 60, format: FORMAT.text },
  { key: "scorecardRequired", header: "Required CAGR", width: 10, format: FORMAT.percent2 },
  { key: "scorecardActualCagr", header: "Actual CAGR", width: 10, format: FORMAT.percent2 },
  { key: "scorecardSources", header: "Sources (target; actual)", width: 60, format: FORMAT.text },
];

function cells(planId: string, row: ScorecardRow | undefined): PlanCell[] {
  if (!row) return [planId, "", "", "", "not in this plan", "", "", ""];
  const { target, actual } = row;
  return [
    planId,
    target ? `${comparatorWords(target.comparator)}${formatValue(target.value, target.unit)} (${target.year})` : "",
    actual ? formatValue(actual.value, actual.unit) : "",
    actual?.year ?? "",
    `${row.outcome}: ${row.result}`,
    row.requiredCagr ?? "",
    row.actualCagr ?? "",
    `target: ${row.sources.target}; actual: ${row.sources.actual}`,
  ];
}

/** Scorecard cells by indicator code, for the region's last plan that has ended (none when it has no plans). */
export function scorecardCells(dataset: Dataset, region: string): (code: string) => PlanCell[] {
  const plan = defaultScorecardPlan(dataset, region);
  if (!plan) return () => SCORECARD_COLUMNS.map(() => "");
  const card = scorecard(dataset, plan.id, region);
  const byCode = new Map(card.rows.map((r) => [r.code, r]));
  return (code) => cells(plan.id, byCode.get(code));
}
