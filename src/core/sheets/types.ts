/** The sheet plan: a plain description of every tracking sheet, written by both writers (Excel and .xlsx). */

export type CellValue = string | number | boolean | null;

export interface FormulaCell {
  /** A1 formula; {Targets}, {Actuals}, {Progress} stand for sheet names and {row} for the row's own number */
  formula: string;
  /** the value the core computes for it, written as the cached result */
  result?: CellValue;
}

export type PlanCell = CellValue | FormulaCell;

export function isFormula(cell: PlanCell): cell is FormulaCell {
  return typeof cell === "object" && cell !== null && "formula" in cell;
}

export interface ColumnSpec {
  key: string;
  header: string;
  /** width in characters */
  width: number;
  /** Excel number format; "@" makes the column text, so nothing typed or written there becomes a formula */
  format: string;
}

export interface RowSpec {
  cells: PlanCell[];
  /** per-cell number formats that differ from the column's (money in bn vs counts vs percentages) */
  formats?: (string | null)[];
}

export interface ConditionalRule {
  column: string;
  /** the cell text the rule colours */
  equals: string;
  fill: string;
  font: string;
}

export interface ChartSpec {
  title: string;
  /** columns of the sheet plotted: the category column and the value column */
  categoryColumn: string;
  valueColumn: string;
}

/** How a sheet prints: every sheet fitted to the page width with its header row repeated; Briefing on one page. */
export interface PageSetup {
  orientation: "portrait" | "landscape";
  /** pages across the sheet is scaled to fit */
  fitToWidth: number;
  /** pages down it is scaled to fit; 0 means as many as the rows need */
  fitToHeight: number;
  /** rows at the top repeated on every printed page (the header row) */
  repeatRows: number;
}

export interface SheetSpec {
  name: string;
  table: string;
  columns: ColumnSpec[];
  rows: RowSpec[];
  freezeRows: number;
  conditional: ConditionalRule[];
  /** columns that identify a row across refreshes (for carrying notes over) */
  keyColumns: string[];
  /** columns the analyst owns: their contents survive a refresh */
  keepColumns: string[];
  /** whether rows the analyst added (no known source document) are kept */
  keepAnalystRows: boolean;
  /** the column naming the document a row came from */
  sourceColumn?: string;
  chart?: ChartSpec;
  page: PageSetup;
}

export interface WorkbookPlan {
  method: "cagr" | "projection";
  sheets: SheetSpec[];
  /** file names of the documents the plan was built from; rows naming another source are the analyst's */
  documents: string[];
}

export const SHEET_NAMES = [
  "Targets",
  "Actuals",
  "Progress",
  "Signings",
  "Sources",
  "Checks",
  "Briefing",
  "Indicators",
] as const;
export type SheetName = (typeof SHEET_NAMES)[number];
