/* global Excel, Office */
/**
 * Writes the sheet plan into the open workbook in one Excel.run: read what is there (two syncs), then queue
 * every write — whole 2-D ranges, tables after values, formats, frozen headers, conditional formats and the
 * Briefing chart — with calculation suspended, and sync once. A write is split only if its payload would
 * pass 4 MB (Office's request limit is 5 MB).
 */
import {
  columnLetter,
  factsFromTable,
  layoutSheet,
  mergeWithExisting,
  type CellValue,
  type WorkbookPlan,
} from "../core/sheets";
import { checkExcelLimits } from "../core/sheets/limits";
import type { Fact } from "../core/types";

export const REQUEST_LIMIT_BYTES = 4 * 1024 * 1024;
export const CHART_NAME = "PlanTrackerProgress";

export interface SheetWritten {
  name: string;
  table: string;
  rows: number;
  /** set when a sheet of the analyst's had the name, so ours went elsewhere */
  movedBecause?: string;
}

export interface RefreshSummary {
  sheets: SheetWritten[];
  analystRows: number;
  notesKept: number;
  /** facts from rows the analyst keeps in Targets and Actuals, for the shared store */
  workbookFacts: Fact[];
  messages: string[];
  syncs: number;
}

/** Page layout needs ExcelApi 1.9; an older Excel still gets its sheets, just without a print setup. */
function pageLayoutSupported(): boolean {
  const office = (globalThis as { Office?: typeof Office }).Office;
  const requirements = office?.context?.requirements;
  return !requirements || requirements.isSetSupported("ExcelApi", "1.9");
}

function freeName(wanted: string, taken: Set<string>): string {
  for (let n = 2; ; n++) {
    const candidate = `${wanted} (${n})`;
    if (!taken.has(candidate.toLowerCase())) return candidate;
  }
}

/** Size of a range write as JSON on the wire, to split only requests that would pass the limit. */
function payloadBytes(rows: unknown[][]): number {
  let bytes = 2;
  for (const row of rows) {
    bytes += 2;
    for (const cell of row) bytes += typeof cell === "string" ? cell.length + 3 : String(cell).length + 1;
  }
  return bytes;
}

function chunks<T>(rows: T[][], limit: number): [number, T[][]][] {
  const parts: [number, T[][]][] = [];
  let start = 0;
  let size = 0;
  for (let i = 0; i < rows.length; i++) {
    const rowBytes = payloadBytes([rows[i]]);
    if (size + rowBytes > limit && i > start) {
      parts.push([start, rows.slice(start, i)]);
      start = i;
      size = 0;
    }
    size += rowBytes;
  }
  parts.push([start, rows.slice(start)]);
  return parts;
}

export async function refreshTrackingSheets(
  plan: WorkbookPlan,
  context: Excel.RequestContext,
): Promise<RefreshSummary> {
  checkExcelLimits(plan); // before anything is queued: Office.js would reject the write halfway
  let syncs = 0;
  const sync = async () => {
    syncs++;
    await context.sync();
  };
  const workbook = context.workbook;

  // 1. Which sheets and tables exist.
  const worksheets = workbook.worksheets;
  worksheets.load("items/name");
  const tables = plan.sheets.map((spec) => {
    const table = workbook.tables.getItemOrNullObject(spec.table);
    table.load("name");
    return table;
  });
  await sync();

  // 2. What our existing tables hold (to keep analyst rows and notes) and where they are.
  const existing = plan.sheets.map((_spec, i) => {
    const table = tables[i];
    if (table.isNullObject) return null;
    const range = table.getRange();
    range.load("values,formulas,address");
    table.worksheet.load("name");
    const chart = table.worksheet.charts.getItemOrNullObject(CHART_NAME);
    chart.load("name");
    return { table, range, chart };
  });
  if (existing.some(Boolean)) await sync();

  const taken = new Set(worksheets.items.map((w) => w.name.toLowerCase()));
  const names: Record<string, string> = {};
  const written: SheetWritten[] = [];
  const messages: string[] = [];
  plan.sheets.forEach((spec, i) => {
    const found = existing[i];
    if (found) {
      names[spec.name] = found.table.worksheet.name;
    } else if (taken.has(spec.name.toLowerCase())) {
      names[spec.name] = freeName(spec.name, taken);
      taken.add(names[spec.name].toLowerCase());
      messages.push(
        `A sheet named "${spec.name}" is yours, so it was left alone; the tracker's ${spec.table} is on "${names[spec.name]}".`,
      );
    } else {
      names[spec.name] = spec.name;
      taken.add(spec.name.toLowerCase());
    }
  });

  // 3. Queue every write, then sync once (more often only if a request would pass the limit).
  context.application.suspendApiCalculationUntilNextSync();
  let queuedBytes = 0;
  const queue = async (bytes: number) => {
    if (queuedBytes > 0 && queuedBytes + bytes > REQUEST_LIMIT_BYTES) {
      await sync();
      context.application.suspendApiCalculationUntilNextSync();
      queuedBytes = 0;
    }
    queuedBytes += bytes;
  };
  let analystRows = 0;
  let notesKept = 0;
  const workbookFacts: Fact[] = [];
  for (const [i, spec] of plan.sheets.entries()) {
    const found = existing[i];
    const before = (found?.range.values as CellValue[][] | undefined) ?? null;
    const merged = mergeWithExisting(
      spec,
      before,
      plan.documents,
      (found?.range.formulas as CellValue[][] | undefined) ?? null,
    );
    analystRows += merged.analystRows;
    notesKept += merged.notesKept;
    if (spec.name === "Targets" || spec.name === "Actuals") {
      workbookFacts.push(...factsFromTable(spec.name === "Targets" ? "target" : "actual", before, plan.documents));
    }
    const grid = layoutSheet(spec, merged.rows, names);
    const name = names[spec.name];
    let sheet: Excel.Worksheet;
    if (found) {
      sheet = found.table.worksheet;
      const oldAddress = found.range.address.split("!").pop()!;
      found.table.delete();
      const old = sheet.getRange(oldAddress);
      old.conditionalFormats.clearAll();
      old.clear();
      if (!found.chart.isNullObject) found.chart.delete();
    } else {
      sheet = worksheets.add(name);
    }
    const lastColumn = columnLetter(spec.columns.length - 1);
    const rowCount = Math.max(grid.values.length, 1);
    const values = grid.values.length
      ? grid.values.map((row) => row.map((v) => (v === null ? "" : v)))
      : [spec.columns.map(() => "")];
    const formats = grid.formats.length ? grid.formats : [spec.columns.map((c) => c.format)];
    const header = sheet.getRange(`A1:${lastColumn}1`);
    header.numberFormat = [spec.columns.map(() => "@")];
    header.values = [grid.header];
    // Formats before values: text columns are "@", so text starting with = + - @ stays text.
    spec.columns.forEach((_column, c) => {
      const letter = columnLetter(c);
      const range = sheet.getRange(`${letter}2:${letter}${rowCount + 1}`);
      // One format for the whole column where it is uniform, per cell only where units differ.
      range.numberFormat = formats.every((row) => row[c] === formats[0][c])
        ? (formats[0][c] as unknown as string[][])
        : formats.map((row) => [row[c]]);
    });
    for (const [offset, part] of chunks(values, REQUEST_LIMIT_BYTES)) {
      await queue(payloadBytes(part));
      sheet.getRange(`A${offset + 2}:${lastColumn}${offset + part.length + 1}`).values = part;
    }
    // Formulas go where the plan (or the analyst) has them, and nowhere else: a column that is all formulas is
    // written whole, other formula cells one by one, so no text in a mixed column is touched.
    for (const [c] of spec.columns.entries()) {
      const column = grid.formulas.map((row) => row[c]);
      if (!column.some(Boolean)) continue;
      const letter = columnLetter(c);
      if (column.every(Boolean)) {
        const formulas = column.map((f) => [f as string]);
        await queue(payloadBytes(formulas));
        sheet.getRange(`${letter}2:${letter}${formulas.length + 1}`).formulas = formulas;
      } else {
        for (const [r, formula] of column.entries())
          if (formula) sheet.getRange(`${letter}${r + 2}`).formulas = [[formula]];
      }
    }
    const table = sheet.tables.add(`A1:${lastColumn}${rowCount + 1}`, true);
    table.name = spec.table;
    table.style = "TableStyleMedium2";
    spec.columns.forEach((column, c) => {
      sheet.getRange(`${columnLetter(c)}:${columnLetter(c)}`).format.columnWidth = Math.min(column.width, 100) * 6.5;
    });
    sheet.freezePanes.freezeRows(spec.freezeRows);
    if (pageLayoutSupported()) {
      // Printing: landscape, fitted to the page width (Briefing to one page), the header row on every page.
      sheet.pageLayout.orientation = spec.page.orientation === "landscape" ? "Landscape" : "Portrait";
      sheet.pageLayout.zoom = { horizontalFitToPages: spec.page.fitToWidth, verticalFitToPages: spec.page.fitToHeight };
      if (spec.page.repeatRows) sheet.pageLayout.setPrintTitleRows(`$1:$${spec.page.repeatRows}`);
    }
    for (const rule of spec.conditional) {
      const letter = columnLetter(spec.columns.findIndex((c) => c.key === rule.column));
      const format = sheet
        .getRange(`${letter}2:${letter}${rowCount + 1}`)
        .conditionalFormats.add(Excel.ConditionalFormatType.cellValue);
      format.cellValue.format.fill.color = rule.fill;
      format.cellValue.format.font.color = rule.font;
      format.cellValue.rule = { formula1: `="${rule.equals}"`, operator: "EqualTo" };
    }
    if (spec.chart && grid.values.length) {
      const category = columnLetter(spec.columns.findIndex((c) => c.key === spec.chart!.categoryColumn));
      const value = columnLetter(spec.columns.findIndex((c) => c.key === spec.chart!.valueColumn));
      const source = sheet.getRange(`${category}1:${value}${rowCount + 1}`);
      const chart = sheet.charts.add(Excel.ChartType.barClustered, source, Excel.ChartSeriesBy.columns);
      chart.name = CHART_NAME;
      chart.title.text = spec.chart.title;
      chart.setPosition(`${columnLetter(spec.columns.length + 1)}2`);
    }
    written.push({
      name,
      table: spec.table,
      rows: grid.values.length,
      movedBecause: name !== spec.name && !found ? `a sheet named "${spec.name}" already exists` : undefined,
    });
  }
  await sync();
  return { sheets: written, analystRows, notesKept, workbookFacts, messages, syncs };
}
