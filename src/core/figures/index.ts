/**
 * Reported figures and the analyst's own: the table format of data/reported.csv, read from CSV text or from the
 * rows of a sheet. Pure (no Node, no Office), so the command line, the task pane and the build share it.
 *
 * For the task pane's *Import figures*:
 *   - CSV:   parseFiguresCsv(text, { doc: file.name, analyst: true })        -> { rows: Fact[], errors }
 *   - sheet: parseFigureSheet(cells, { doc: file.name, analyst: true })      -> { rows: Fact[], errors }
 *   - .xlsx: readFiguresXlsx(bytes, { doc, analyst: true }) in src/xlsx/read-figures.ts (async, ExcelJS)
 * `errors` lists each bad row with its row number (the header is row 1) and the reason; `rows` are the good ones.
 * Pass `lookup: figureLookup(catalog)` when the analyst has definitions of their own (the shipped catalog otherwise).
 */
import type { Fact } from "../types";
import { CsvError, parseCsv } from "./csv";
import { parseFigureRecords, type FigureImport, type FigureOptions } from "./table";

export { parseCsv, csvField, CsvError, type CsvRecord } from "./csv";
export {
  BUILT_IN_LOOKUP,
  figureLookup,
  FIGURE_COLUMNS,
  parseFigureRecords,
  parsePeriod,
  type FigureError,
  type FigureImport,
  type FigureLookup,
  type FigureOptions,
} from "./table";

/** The header line of the table, for a template file and for messages. */
export const FIGURE_HEADER =
  "region,indicator,kind,year,period,value,unit,comparator,measure,subject,url,publisher,published,note";

/** CSV text in the table format -> facts and row errors. */
export function parseFiguresCsv(text: string, options: FigureOptions): FigureImport {
  let records;
  try {
    records = parseCsv(text);
  } catch (error) {
    if (error instanceof CsvError) return { rows: [], errors: [{ row: error.line, reason: error.message }] };
    throw error;
  }
  if (!records.length)
    return { rows: [], errors: [{ row: 1, reason: `the file is empty; the header is ${FIGURE_HEADER}` }] };
  const [header, ...rows] = records;
  return parseFigureRecords(
    header.fields,
    rows.map((r) => ({ row: r.line, fields: r.fields })),
    options,
    header.line,
  );
}

/** A cell as text: numbers as written, dates as YYYY-MM-DD. */
function cellText(value: unknown, column: string): string {
  if (value === null || value === undefined) return "";
  if (value instanceof Date) {
    // A period typed as 1-6 becomes 6 January in a spreadsheet: read its month and day back as the months.
    if (column === "period") return `${value.getUTCMonth() + 1}-${value.getUTCDate()}`;
    return value.toISOString().slice(0, 10);
  }
  if (typeof value === "number") return Number.isFinite(value) ? String(value) : "";
  if (typeof value === "object") {
    // ExcelJS hyperlink and rich-text cells
    const cell = value as { text?: unknown; hyperlink?: unknown; richText?: { text: string }[]; result?: unknown };
    if (column === "url" && typeof cell.hyperlink === "string") return cell.hyperlink;
    if (typeof cell.text === "string") return cell.text;
    if (Array.isArray(cell.richText)) return cell.richText.map((r) => r.text).join("");
    if (cell.result !== undefined) return cellText(cell.result, column);
    return "";
  }
  return String(value);
}

/**
 * Rows of a sheet (the first non-empty row is the header) -> facts and row errors. `firstRow` is the sheet row
 * number of `cells[0]`, so messages name the rows as the spreadsheet shows them.
 */
export function parseFigureSheet(cells: unknown[][], options: FigureOptions, firstRow = 1): FigureImport {
  const numbered = cells
    .map((row, i) => ({ row: firstRow + i, values: row }))
    .filter((r) => r.values.some((v) => cellText(v, "").trim() !== ""));
  if (!numbered.length)
    return { rows: [], errors: [{ row: firstRow, reason: `the sheet is empty; the header is ${FIGURE_HEADER}` }] };
  const [header, ...rows] = numbered;
  const columns = header.values.map((v) => cellText(v, "").trim().toLowerCase());
  return parseFigureRecords(
    columns,
    rows.map((r) => ({ row: r.row, fields: columns.map((column, i) => cellText(r.values[i], column)) })),
    options,
    header.row,
  );
}

/** Whether a fact came from a table of figures rather than a document's text. */
export function isTableFigure(fact: Fact): boolean {
  return fact.source !== undefined;
}

/** Whether a fact is the analyst's own: typed into the workbook's tables, or imported by them. */
export function isAnalystFigure(fact: Fact): boolean {
  return fact.source?.analyst === true || fact.doc.startsWith("workbook:");
}
