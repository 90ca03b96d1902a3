/** Dataset -> sheet plan: Targets, Actuals, Progress, Signings, Sources, Checks, Briefing. */
import type { Dataset, IndicatorRecord, Resolved } from "../dataset";
import { formatPeriod, toDisplay } from "../format";
import type { Method } from "../progress";
import { briefingSentence } from "../report";
import { displayUnit, FORMAT, formatForUnit } from "./formats";
import { indicatorsSheet, trackerDefinitionFiles } from "./indicators";
import { PROGRESS_COLUMNS, progressFormulas } from "./progress-formulas";
import { checksSheet, sourcesSheet } from "./evidence";
import { SCORECARD_COLUMNS, scorecardCells } from "./scorecard-columns";
import { blank, column, sheet } from "./spec";
import type { ColumnSpec, ConditionalRule, PlanCell, RowSpec, SheetSpec, WorkbookPlan } from "./types";

const STATUS_COLOURS: ConditionalRule[] = [
  { column: "status", equals: "Achieved", fill: "#C6EFCE", font: "#006100" },
  { column: "status", equals: "On track", fill: "#C6EFCE", font: "#006100" },
  { column: "status", equals: "Acceleration needed", fill: "#FFEB9C", font: "#9C5700" },
  { column: "status", equals: "Limited progress", fill: "#FFC7CE", font: "#9C0006" },
  { column: "status", equals: "Deterioration", fill: "#FFC7CE", font: "#9C0006" },
  { column: "status", equals: "Stagnation or regression", fill: "#FFC7CE", font: "#9C0006" },
  { column: "status", equals: "Insufficient data", fill: "#EDEDED", font: "#595959" },
];

function value(resolved: Resolved): number {
  return toDisplay(resolved.value, resolved.unit);
}

const KEY_FORMULA = '=A{row}&"|"&B{row}&"|"&D{row}';
// Actuals keys carry a part year's period (L), so no lookup of a year's actual ever finds a part-year row.
const ACTUAL_KEY_FORMULA = '=A{row}&"|"&B{row}&"|"&D{row}&IF(L{row}="","","|"&L{row})';

/** The columns Targets and Actuals share (the Progress formulas read them by these letters, A to G). */
const FIGURE_COLUMNS: ColumnSpec[] = [
  column("code", "Code", 11),
  column("region", "Region", 11),
  column("indicator", "Indicator", 40),
  column("year", "Year", 7, FORMAT.year),
  column("comparator", "Comparator", 11),
  column("value", "Value", 14, FORMAT.general),
  column("unit", "Unit", 10),
];
const SOURCE_COLUMNS: ColumnSpec[] = [
  column("source", "Source document", 28),
  column("quote", "Quote", 80),
  column("notes", "Notes", 30),
];

/** One figure as a Targets or Actuals row: the shared columns, then the sheet's own, then its source. */
function figureRow(record: IndicatorRecord, figure: Resolved, own: PlanCell[]): RowSpec {
  return {
    cells: [
      record.code,
      record.region,
      record.indicator.name,
      figure.year,
      figure.comparator,
      value(figure),
      displayUnit(figure.unit),
      ...own,
      figure.source.doc,
      figure.source.quote,
      "",
    ],
    formats: [null, null, null, null, null, formatForUnit(figure.unit)],
  };
}

function keyCell(record: IndicatorRecord, year: number): PlanCell {
  return { formula: KEY_FORMULA, result: `${record.code}|${record.region}|${year}` };
}

function actualKeyCell(record: IndicatorRecord, figure: Resolved): PlanCell {
  const period = figure.period ? `|${formatPeriod(figure.year, figure.period)}` : "";
  return { formula: ACTUAL_KEY_FORMULA, result: `${record.code}|${record.region}|${figure.year}${period}` };
}

const FIGURE_SHEET = { keyColumns: ["code", "region", "year"], keepAnalystRows: true, sourceColumn: "source" };

function targetsSheet(records: IndicatorRecord[], dataset: Dataset): SheetSpec {
  // Each target is measured from the baseline of its own plan (2020 for the 14th, 2025 for the 15th).
  const planRecord = (record: IndicatorRecord, target: Resolved) =>
    dataset.recordsByPlan.find(
      (r) => r.code === record.code && r.region === record.region && r.plan.id === target.plan,
    ) ?? record;
  const rows = records.flatMap((record) =>
    record.targets.map((target) =>
      figureRow(record, target, [
        planRecord(record, target).baseline?.year ?? planRecord(record, target).plan.baselineYear,
        record.indicator.path,
        planRecord(record, target).plan.periodStart,
        keyCell(record, target.year),
        target.derived ? "yes" : "no",
        target.derivation ?? "",
      ]),
    ),
  );
  const own = [
    column("baselineYear", "Baseline year", 13, FORMAT.year),
    column("path", "Path", 11),
    column("periodStart", "Period start", 12, FORMAT.year),
    column("key", "Key", 22, FORMAT.general),
    column("derived", "Derived", 9),
    column("derivation", "Derivation", 40),
  ];
  return sheet("Targets", [...FIGURE_COLUMNS, ...own, ...SOURCE_COLUMNS], rows, FIGURE_SHEET);
}

function actualsSheet(records: IndicatorRecord[]): SheetSpec {
  // Whole-year actuals, then the part-year figures with their period (Jan-Sep 2024): the Progress formulas
  // read only rows without a period, as the core does.
  const rows = records.flatMap((record) =>
    [...record.actuals, ...record.partYear.filter((p) => p.source.kind === "actual")].map((actual) => {
      const row = figureRow(record, actual, [actualKeyCell(record, actual)]);
      row.cells.push(actual.period ? formatPeriod(actual.year, actual.period) : "");
      return row;
    }),
  );
  return sheet(
    "Actuals",
    [
      ...FIGURE_COLUMNS,
      column("key", "Key", 22, FORMAT.general),
      ...SOURCE_COLUMNS,
      column("period", "Period (part year)", 12),
    ],
    rows,
    { ...FIGURE_SHEET, keyColumns: ["code", "region", "year", "period"] },
  );
}

function progressSheet(records: IndicatorRecord[], method: Method): SheetSpec {
  const rows: RowSpec[] = records.map((record) => {
    const entry = record.indicator;
    const formulas = progressFormulas(entry.path, method, record.plan.periodStart);
    const result = record.progress[method];
    const unit = record.target?.unit ?? record.baseline?.unit ?? entry.unit;
    const shown = (v: number | null | undefined) => (v === null || v === undefined ? "" : toDisplay(v, unit));
    const cumulative = entry.path === "cumulative";
    const latestAfterBase =
      record.latest && (cumulative || (record.baseline && record.latest.year > record.baseline.year));
    const cells: PlanCell[] = [
      record.code,
      entry.name,
      record.region,
      {
        formula: formulas.baselineYear,
        result: record.target ? (record.baseline?.year ?? record.plan.baselineYear) : "",
      },
      { formula: formulas.baseline, result: cumulative ? "" : shown(record.baseline?.value) },
      { formula: formulas.targetYear, result: record.target?.year ?? "" },
      { formula: formulas.comparator, result: record.target?.comparator ?? "" },
      { formula: formulas.target, result: shown(record.target?.value) },
      {
        formula: formulas.latestYear,
        result: record.actuals.length ? Math.max(...record.actuals.map((a) => a.year)) : "",
      },
      { formula: formulas.latest, result: shown(record.latest?.value) },
      formulas.requiredCagr ? { formula: formulas.requiredCagr, result: blank(result.requiredCagr) } : "",
      formulas.actualCagr
        ? { formula: formulas.actualCagr, result: latestAfterBase ? blank(result.actualCagr) : "" }
        : "",
      { formula: formulas.pathValue, result: result.pathValue === null ? "" : shown(result.pathValue) },
      { formula: formulas.progress, result: blank(result.progress) },
      { formula: formulas.status, result: result.status },
      displayUnit(unit),
      "",
    ];
    const money = formatForUnit(unit);
    return {
      cells,
      formats: [
        null,
        null,
        null,
        null,
        money,
        null,
        null,
        money,
        null,
        money,
        FORMAT.percent2,
        FORMAT.percent2,
        money,
        FORMAT.percent,
      ],
    };
  });
  const widths: Record<string, number> = { indicator: 40, status: 22, pathValue: 16, notes: 30 };
  const formats: Record<string, string> = {
    baselineYear: FORMAT.year,
    targetYear: FORMAT.year,
    latestYear: FORMAT.year,
  };
  const columns = PROGRESS_COLUMNS.map(([key, header]) =>
    column(
      key,
      header,
      widths[key] ?? Math.max(10, header.length + 2),
      ["code", "indicator", "region", "unit", "notes", "comparator", "status"].includes(key)
        ? FORMAT.text
        : (formats[key] ?? FORMAT.general),
    ),
  );
  return sheet("Progress", columns, rows, {
    conditional: STATUS_COLOURS,
    keyColumns: ["code", "region"],
    chart: {
      title: "Progress by indicator (share of baseline-to-target distance)",
      categoryColumn: "code",
      valueColumn: "progress",
    },
  });
}

function signingsSheet(dataset: Dataset): SheetSpec {
  const rows: RowSpec[] = [];
  for (const event of dataset.signings) {
    for (const segment of [event.total, ...event.segments]) {
      const source = segment.facts[0];
      rows.push({
        cells: [
          event.code,
          event.name,
          event.region,
          segment.label,
          segment.dimension,
          segment.comparator,
          blank(segment.projects),
          segment.value === null ? "" : toDisplay(segment.value, "CNY"),
          segment.valueUsd === null ? "" : toDisplay(segment.valueUsd, "USD"),
          blank(segment.share),
          source?.doc ?? "",
          source?.quote ?? "",
          "",
        ],
      });
    }
  }
  return sheet(
    "Signings",
    [
      column("event", "Event", 11),
      column("name", "Event name", 44),
      column("region", "Region", 11),
      column("segment", "Segment", 34),
      column("dimension", "Breakdown", 11),
      column("comparator", "Comparator", 11),
      column("projects", "Projects", 10, FORMAT.count),
      column("value", "Value (CNY bn)", 15, FORMAT.money),
      column("valueUsd", "Value (USD bn)", 15, FORMAT.money),
      column("share", "Share", 9, FORMAT.percent),
      column("source", "Source document", 28),
      column("quote", "Quote", 80),
      column("notes", "Notes", 30),
    ],
    rows,
    { keyColumns: ["event", "segment"] },
  );
}

function briefingSheet(records: IndicatorRecord[], method: Method, dataset: Dataset): SheetSpec {
  const lookup = (column: string) =>
    `=IFERROR(INDEX({Progress}!$${column}:$${column},MATCH($A{row},{Progress}!$A:$A,0)),"")`;
  const scored = new Map<string, (code: string) => PlanCell[]>();
  const scoreOf = (region: string) => {
    if (!scored.has(region)) scored.set(region, scorecardCells(dataset, region));
    return scored.get(region)!;
  };
  const rows: RowSpec[] = records
    .filter((record) => record.region === record.indicator.region)
    .map((record) => ({
      cells: [
        record.code,
        { formula: lookup("N"), result: blank(record.progress[method].progress) },
        { formula: lookup("O"), result: record.progress[method].status },
        briefingSentence(record, method),
        record.target?.source.doc ?? record.baseline?.source.doc ?? "",
        ...scoreOf(record.region)(record.code),
      ],
    }));
  // Code and Progress side by side: the chart Excel draws reads them as one range.
  return sheet(
    "Briefing",
    [
      column("code", "Code", 11),
      column("progress", "Progress", 10, FORMAT.percent),
      column("status", "Status", 22),
      column("summary", "Summary", 110),
      column("source", "Source document", 28),
      ...SCORECARD_COLUMNS,
    ],
    rows,
    {
      conditional: STATUS_COLOURS,
      // A briefing is handed round as one sheet of paper.
      page: { orientation: "landscape", fitToWidth: 1, fitToHeight: 1, repeatRows: 1 },
      chart: {
        title: "Progress by indicator (share of baseline-to-target distance)",
        categoryColumn: "code",
        valueColumn: "progress",
      },
    },
  );
}

/** Builds the plan of every tracking sheet from a dataset. */
export function buildWorkbookPlan(dataset: Dataset, method: Method = "cagr"): WorkbookPlan {
  const records = dataset.indicators;
  return {
    method,
    // the definition files the Indicators rows come from count as known sources: their rows are refreshed
    documents: [...dataset.documents.map((d) => d.file), ...trackerDefinitionFiles(dataset.catalog)],
    sheets: [
      targetsSheet(records, dataset),
      actualsSheet(records),
      progressSheet(records, method),
      signingsSheet(dataset),
      sourcesSheet(dataset.facts),
      checksSheet(dataset),
      briefingSheet(records, method, dataset),
      indicatorsSheet(dataset.catalog),
    ],
  };
}
