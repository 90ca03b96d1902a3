/**
 * The Indicators sheet (tblIndicators): the catalog's definitions, one row an indicator, in the columns of the
 * definitions file (so rows copy between a CSV and the sheet). Rows the analyst adds there — any row whose
 * "definedIn" is not a file the tracker wrote it from — extend the catalog, and survive refreshes.
 */
import { definitionRow, INDICATOR_COLUMNS, INDICATOR_OPTIONAL_COLUMNS, type Catalog } from "../catalog";
import type { DefinitionSource, Indicator } from "../catalog";
import { FORMAT } from "./formats";
import type { CellValue, ColumnSpec, SheetSpec } from "./types";

/** How analyst rows are named in catalog messages: "Indicators sheet row 15, field "unit": ..." */
export const INDICATORS_SHEET_SOURCE = "Indicators sheet";

const WIDTHS: Record<string, number> = { name: 40, aliases: 50, nameZh: 24, plan: 13, definedIn: 24 };
const COLUMNS: ColumnSpec[] = [...INDICATOR_COLUMNS, ...INDICATOR_OPTIONAL_COLUMNS].map((key) => ({
  key,
  header: key,
  width: WIDTHS[key] ?? (key.startsWith("period") ? 11 : 10),
  format: key.startsWith("period") ? FORMAT.year : FORMAT.text,
}));
const NOTES: ColumnSpec = { key: "notes", header: "notes", width: 30, format: FORMAT.text };

/** The file a definition came from, without its row ("data/indicators.csv"): the sheet's "definedIn". */
function fileOf(indicator: Indicator): string {
  return indicator.definedIn.replace(/ row \d+$/, "");
}

function fromSheet(indicator: Indicator): boolean {
  return indicator.definedIn.startsWith(INDICATORS_SHEET_SOURCE);
}

/** The "definedIn" values of rows the tracker writes (refreshed); every other row of the sheet is the analyst's. */
export function trackerDefinitionFiles(catalog: Catalog): string[] {
  return [...new Set(catalog.indicators.filter((i) => !fromSheet(i)).map(fileOf))];
}

export function indicatorsSheet(catalog: Catalog): SheetSpec {
  const rows = catalog.indicators
    .filter((indicator) => !fromSheet(indicator))
    .map((indicator) => {
      const row = definitionRow(indicator);
      return {
        cells: COLUMNS.map((c): CellValue => {
          if (c.key === "definedIn") return fileOf(indicator);
          if (c.key.startsWith("period")) return Number(row[c.key]);
          return row[c.key] ?? "";
        }).concat(""),
      };
    });
  return {
    name: "Indicators",
    table: "tblIndicators",
    columns: [...COLUMNS, NOTES],
    rows,
    freezeRows: 1,
    conditional: [],
    keyColumns: ["code", "region"],
    keepColumns: ["notes"],
    keepAnalystRows: true,
    sourceColumn: "definedIn",
    page: { orientation: "landscape", fitToWidth: 1, fitToHeight: 0, repeatRows: 1 },
  };
}

/**
 * A definition row (`store.addDefinition(draft).row`) as the cells of one tblIndicators row, in the sheet's column
 * order: what the pane appends to the table in Excel (`definedIn` left empty: the row is the analyst's).
 */
export function indicatorsTableRow(row: Record<string, string>): CellValue[] {
  return [...COLUMNS, NOTES].map((c): CellValue => {
    const value = c.key === "definedIn" ? "" : (row[c.key] ?? "");
    return c.key.startsWith("period") && /^\d{4}$/.test(value) ? Number(value) : value;
  });
}

function csvField(value: CellValue | undefined): string {
  const text = value === null || value === undefined ? "" : String(value).trim();
  return /[",\n\r]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/**
 * The analyst's rows of a tblIndicators table (header row first), as a definitions source whose row numbers are
 * the sheet's; rows defined in one of `trackerFiles` are skipped (the tracker writes those). Null when there are none.
 */
export function definitionsFromTable(
  table: CellValue[][] | null,
  trackerFiles: string[],
  sheetName = INDICATORS_SHEET_SOURCE,
): DefinitionSource | null {
  if (!table || table.length < 2) return null;
  const known = new Set([...INDICATOR_COLUMNS, ...INDICATOR_OPTIONAL_COLUMNS].map((c) => c.toLowerCase()));
  const header = table[0].map((h) => (h === null ? "" : String(h).trim()));
  const used = header.map((h, i) => (known.has(h.toLowerCase()) ? i : -1)).filter((i) => i >= 0);
  const definedAt = header.findIndex((h) => h.toLowerCase() === "definedin");
  const skip = new Set(trackerFiles);
  let analystRows = 0;
  // Skipped rows stay as empty lines, so every row keeps its sheet row number in messages.
  const lines = table.slice(1).map((row) => {
    const definedIn = definedAt >= 0 ? String(row[definedAt] ?? "").trim() : "";
    if (skip.has(definedIn) || row.every((cell) => cell === null || String(cell).trim() === "")) return "";
    analystRows++;
    return used.map((i) => csvField(row[i])).join(",");
  });
  if (!analystRows) return null;
  const head = used.map((i) => header[i]).join(",");
  return { file: sheetName, text: [head, ...lines].join("\n") + "\n" };
}
