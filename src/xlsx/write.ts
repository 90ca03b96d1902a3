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

function cellFor(value: CellValue, formula: string | null): ExcelJS.CellValue {
  // Only plan formulas become formulas; every string, whatever it starts with, is written as text.
  if (formula) {
    const result = value === null || value === "" ? undefined : (value as number | string | boolean);
    return {
      formula: formula.replace(/^=/, "").replace(FUTURE_FUNCTIONS, "_xlfn.$1("),
      result,
    } as ExcelJS.CellFormulaValue;
  }
  return value === null ? "" : value;
}

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
  const rows = grid.values.length ? grid.values : [spec.columns.map(() => "")];
  const formulas = grid.formulas.length ? grid.formulas : [spec.columns.map(() => null)];
  sheet.addTable({
    name: spec.table,
    ref: "A1",
    headerRow: true,
    style: { theme: "TableStyleMedium2", showRowStripes: true },
    columns: spec.columns.map((c) => ({ name: c.header, filterButton: true })),
    rows: rows.map((row, r) => row.map((value, c) => cellFor(value, formulas[r][c]))),
  });
  spec.columns.forEach((c, i) => {
    sheet.getColumn(i + 1).width = c.width;
  });
  // One shared style object per number format: ExcelJS copies less, and the file gets one style per format.
  const styles = new Map<string, Partial<ExcelJS.Style>>();
  const styleFor = (format: string) => {
    let style = styles.get(format);
    if (!style) styles.set(format, (style = { numFmt: format }));
    return style;
  };
  grid.formats.forEach((row, r) => {
    const excelRow = sheet.getRow(r + 2);
    row.forEach((format, c) => {
      excelRow.getCell(c + 1).style = styleFor(format);
    });
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
