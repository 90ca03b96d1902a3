/** Writes the sheet plan to an .xlsx file with ExcelJS: real tables, formats, frozen headers, conditional formats. */
import ExcelJS from "exceljs";
import { columnLetter, layoutSheet, type CellValue, type SheetSpec, type WorkbookPlan } from "../core/sheets";
import { checkExcelLimits } from "../core/sheets/limits";

export interface XlsxSummary {
  sheets: { name: string; table: string; rows: number; range: string }[];
}

function argb(hex: string): string {
  return `FF${hex.replace("#", "").toUpperCase()}`;
}

// Functions newer than Excel 2007 are stored with the _xlfn. prefix in the file, or Excel and LibreOffice show #NAME?.
const FUTURE_FUNCTIONS = /\b(MAXIFS|MINIFS|IFS|SWITCH|CONCAT|TEXTJOIN|XLOOKUP|IFNA)\(/g;

function isBlank(value: CellValue): boolean {
  return value === null || value === "";
}

function cellFor(value: CellValue, formula: string | null): ExcelJS.CellValue {
  // Only plan formulas become formulas; every string, whatever it starts with, is written as text.
  if (formula) {
    return {
      formula: formula.replace(/^=/, "").replace(FUTURE_FUNCTIONS, "_xlfn.$1("),
      result: isBlank(value) ? undefined : (value as number | string | boolean),
    } as ExcelJS.CellFormulaValue;
  }
  // A blank is no cell at all, as Excel keeps a cell Office.js sets to "": its column's style formats it.
  return isBlank(value) ? null : value;
}

/** The default style, shared: ExcelJS caches a style by its object. */
const NO_STYLE: Partial<ExcelJS.Style> = {};

function addSheet(
  book: ExcelJS.Workbook,
  spec: SheetSpec,
  names: Record<string, string>,
): XlsxSummary["sheets"][number] {
  const sheet = book.addWorksheet(spec.name, {
    views: [{ state: "frozen", ySplit: spec.freezeRows, xSplit: 0 }],
    pageSetup: {
      orientation: spec.page.orientation,
      fitToPage: true,
      fitToWidth: spec.page.fitToWidth,
      fitToHeight: spec.page.fitToHeight,
    },
  });
  if (spec.page.repeatRows) sheet.pageSetup.printTitlesRow = `1:${spec.page.repeatRows}`;
  const grid = layoutSheet(spec, spec.rows, names);
  // One shared style object per number format: ExcelJS caches a style by its object, and the file gets one per format.
  const styles = new Map<string, Partial<ExcelJS.Style>>();
  const styleFor = (format: string) => {
    let style = styles.get(format);
    if (!style) styles.set(format, (style = { numFmt: format }));
    return style;
  };
  const columnFormats = spec.columns.map((c) => c.format);
  // A blank in its column's format is a hole in its row: ExcelJS's table skips holes, so no cell is made for it
  // (Excel keeps none either when Office.js writes ""); its column's style formats it. A blank formatted otherwise
  // is an empty cell with its own format.
  const rows: ExcelJS.CellValue[][] = grid.values.map((row, r) => {
    const cells = new Array<ExcelJS.CellValue>(row.length);
    row.forEach((value, c) => {
      const cell = cellFor(value, grid.formulas[r][c]);
      if (cell !== null || grid.formats[r][c] !== columnFormats[c]) cells[c] = cell;
    });
    return cells;
  });
  if (!rows.length) rows.push(new Array<ExcelJS.CellValue>(spec.columns.length)); // a table needs a data row
  sheet.addTable({
    name: spec.table,
    ref: "A1",
    headerRow: true,
    style: { theme: "TableStyleMedium2", showRowStripes: true },
    columns: spec.columns.map((c) => ({ name: c.header, filterButton: true })),
    rows,
  });
  rows.forEach((row, r) => {
    const excelRow = sheet.getRow(r + 2);
    // one shared object (ExcelJS's typings omit a row's style), so ExcelJS looks it up once, not once a row
    (excelRow as unknown as { style: Partial<ExcelJS.Style> }).style = NO_STYLE;
    row.forEach((_, c) => (excelRow.getCell(c + 1).style = styleFor(grid.formats[r][c])));
  });
  // Set after the cells, so the header row keeps the default style and no cell copies the column's.
  spec.columns.forEach((c, i) => {
    const column = sheet.getColumn(i + 1);
    column.width = c.width;
    column.style = styleFor(c.format);
  });
  const lastRow = rows.length + 1;
  for (const rule of spec.conditional) {
    const index = spec.columns.findIndex((c) => c.key === rule.column);
    const letter = columnLetter(index);
    sheet.addConditionalFormatting({
      ref: `${letter}2:${letter}${lastRow}`,
      rules: [
        {
          type: "cellIs",
          operator: "equal",
          formulae: [`"${rule.equals}"`],
          priority: 1,
          style: {
            fill: { type: "pattern", pattern: "solid", bgColor: { argb: argb(rule.fill) } },
            font: { color: { argb: argb(rule.font) } },
          },
        },
      ],
    });
  }
  return {
    name: spec.name,
    table: spec.table,
    rows: grid.values.length,
    range: `A1:${columnLetter(spec.columns.length - 1)}${lastRow}`,
  };
}

/** The whole tracking workbook as .xlsx bytes. */
export async function writeXlsx(plan: WorkbookPlan): Promise<{ data: Uint8Array; summary: XlsxSummary }> {
  checkExcelLimits(plan); // a cell past Excel's limits would make a file Excel repairs or refuses
  const book = new ExcelJS.Workbook();
  book.creator = "Plan Tracker";
  book.calcProperties.fullCalcOnLoad = true;
  const names = Object.fromEntries(plan.sheets.map((s) => [s.name, s.name]));
  const summary: XlsxSummary = { sheets: plan.sheets.map((spec) => addSheet(book, spec, names)) };
  // Fast deflate: a tracking workbook is written often and is small either way.
  const buffer = await book.xlsx.writeBuffer({
    zip: { compression: "DEFLATE", compressionOptions: { level: 1 } },
  } as ExcelJS.XlsxWriteOptions);
  return { data: new Uint8Array(buffer as ArrayBuffer), summary };
}
