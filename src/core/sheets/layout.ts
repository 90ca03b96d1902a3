/**
 * Turns a sheet of the plan into the exact grid a writer puts down: rows merged with what the analyst
 * added, formulas with their sheet names and row numbers filled in, and a number format for every cell.
 */
import { fromDisplay, parsePeriodLabel } from "../format";
import type { Fact } from "../types";
import { isFormula, type CellValue, type PlanCell, type RowSpec, type SheetSpec } from "./types";

/** A sheet name as a formula reference: Targets, 'Targets (2)'. */
export function sheetReference(name: string): string {
  return /^[A-Za-z_][A-Za-z0-9_.]*$/.test(name) ? name : `'${name.replace(/'/g, "''")}'`;
}

export function resolveFormula(formula: string, row: number, names: Record<string, string>): string {
  return formula
    .replace(/\{row\}/g, String(row))
    .replace(/\{(Targets|Actuals|Progress|Signings|Sources|Checks|Briefing)\}/g, (_, sheet: string) =>
      sheetReference(names[sheet] ?? sheet),
    );
}

function textOf(value: CellValue | undefined): string {
  return value === null || value === undefined ? "" : String(value).trim();
}

export interface Merged {
  rows: RowSpec[];
  /** rows the analyst added that were kept */
  analystRows: number;
  /** notes carried over to refreshed rows */
  notesKept: number;
}

/**
 * Merges fresh plan rows with the table already in the workbook: rows from known documents are replaced
 * (their notes carried over by key); rows the analyst added are kept after them.
 */
export function mergeWithExisting(
  sheet: SheetSpec,
  existing: CellValue[][] | null,
  documents: string[],
  /** the same table's formulas: an analyst's own formula (=F5*2) is kept as a formula, not frozen to its value */
  existingFormulas: (CellValue | undefined)[][] | null = null,
): Merged {
  if (!existing || existing.length < 2) return { rows: sheet.rows, analystRows: 0, notesKept: 0 };
  const cellAt = (r: number, c: number): PlanCell => {
    const value = existing[r][c];
    const formula = existingFormulas?.[r]?.[c];
    // Text such as "=abc" reads back the same as value and formula; a real formula reads back its result.
    if (typeof formula === "string" && formula.startsWith("=") && formula !== value) return { formula, result: value };
    return value;
  };
  const header = existing[0].map((h) => textOf(h));
  const at = (key: string) => {
    const spec = sheet.columns.find((c) => c.key === key);
    return spec ? header.indexOf(spec.header) : -1;
  };
  const keyOf = (read: (key: string) => CellValue | undefined) =>
    sheet.keyColumns.map((k) => textOf(read(k))).join("|");
  const known = new Set(documents);
  const sourceAt = sheet.sourceColumn ? at(sheet.sourceColumn) : -1;
  const kept = new Map<string, PlanCell[]>();
  const analyst: RowSpec[] = [];
  for (const [offset, row] of existing.slice(1).entries()) {
    if (row.every((cell) => textOf(cell) === "")) continue;
    const read = (key: string) => (at(key) >= 0 ? row[at(key)] : undefined);
    const readCell = (key: string): PlanCell | undefined => (at(key) >= 0 ? cellAt(offset + 1, at(key)) : undefined);
    const fromDocument = sourceAt >= 0 ? known.has(textOf(row[sourceAt])) : true;
    if (fromDocument || !sheet.keepAnalystRows) {
      const own = sheet.keepColumns.map((k) => readCell(k) ?? "");
      if (own.some((v) => isFormula(v) || textOf(v) !== "")) kept.set(keyOf(read), own);
      continue;
    }
    analyst.push({
      cells: sheet.columns.map((spec, index) => {
        const template = sheet.rows[0]?.cells[index];
        if (template !== undefined && isFormula(template)) return { formula: template.formula };
        const value = readCell(spec.key);
        return value === undefined ? "" : value;
      }),
    });
  }
  let notesKept = 0;
  const rows = sheet.rows.map((row) => {
    const key = keyOf((k) => {
      const cell = row.cells[sheet.columns.findIndex((c) => c.key === k)];
      return isFormula(cell) ? (cell.result ?? "") : cell;
    });
    const own = kept.get(key);
    if (!own) return row;
    notesKept++;
    const cells = [...row.cells];
    sheet.keepColumns.forEach((k, i) => (cells[sheet.columns.findIndex((c) => c.key === k)] = own[i]));
    return { ...row, cells };
  });
  return { rows: [...rows, ...analyst], analystRows: analyst.length, notesKept };
}

export interface Grid {
  header: string[];
  /** values; formula cells hold their resolved formula text in `formulas` and their result here */
  values: CellValue[][];
  /** resolved formula per cell, or null for plain values */
  formulas: (string | null)[][];
  formats: string[][];
}

export function layoutSheet(sheet: SheetSpec, rows: RowSpec[], names: Record<string, string>): Grid {
  const values: CellValue[][] = [];
  const formulas: (string | null)[][] = [];
  const formats: string[][] = [];
  rows.forEach((row, index) => {
    const excelRow = index + 2;
    values.push(row.cells.map((cell: PlanCell) => (isFormula(cell) ? (cell.result ?? null) : cell)));
    formulas.push(
      row.cells.map((cell: PlanCell) => (isFormula(cell) ? resolveFormula(cell.formula, excelRow, names) : null)),
    );
    // A formula cell is never formatted as text: Excel would keep a formula typed into a text cell as text.
    formats.push(
      sheet.columns.map((spec, i) => {
        const format = row.formats?.[i] ?? spec.format;
        return format === "@" && isFormula(row.cells[i]) ? "General" : format;
      }),
    );
  });
  return { header: sheet.columns.map((c) => c.header), values, formulas, formats };
}

/** Facts the analyst typed into the Targets or Actuals table (rows without a known source document). */
export function factsFromTable(kind: "target" | "actual", table: CellValue[][] | null, documents: string[]): Fact[] {
  if (!table || table.length < 2) return [];
  const header = table[0].map((h) => textOf(h).toLowerCase());
  const col = (name: string) => header.indexOf(name);
  const known = new Set(documents);
  const facts: Fact[] = [];
  table.slice(1).forEach((row, index) => {
    const code = textOf(row[col("code")]).toUpperCase();
    const source = textOf(row[col("source document")]);
    const year = Number(row[col("year")]);
    const shown =
      typeof row[col("value")] === "number" ? (row[col("value")] as number) : Number(textOf(row[col("value")]));
    if (!code || known.has(source) || !Number.isInteger(year) || !Number.isFinite(shown)) return;
    // a part-year row (Period "Jan-Sep 2024") stays a part year; a Period that is no period keeps the row out
    const period = parsePeriodLabel(textOf(row[col("period (part year)")]));
    if (period === undefined) return;
    const unitText = textOf(row[col("unit")]);
    const unit = unitText.replace(/\s*bn$/i, "") || "count";
    const comparator = textOf(row[col("comparator")]) || "=";
    const sheetName = kind === "target" ? "Targets" : "Actuals";
    const quote = `${sheetName} row ${index + 2}: ${code} ${year} ${comparator} ${shown} ${unitText}`.trim();
    facts.push({
      doc: `workbook:${sheetName}`,
      region: textOf(row[col("region")]) || "Shanghai",
      indicator: code,
      subject: textOf(row[col("notes")]) || code,
      kind,
      measure: unit === "ratio" ? "share" : "level",
      year,
      period,
      value: fromDisplay(shown, unit),
      unit,
      comparator: ([">", ">=", "<", "<=", "~", "="].includes(comparator) ? comparator : "=") as Fact["comparator"],
      relative: null,
      quote,
      start: 0,
      end: quote.length,
    });
  });
  return facts;
}
