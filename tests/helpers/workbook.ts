import ExcelJS from "exceljs";
import { HyperFormula } from "hyperformula";
import type { CellValue } from "../../src/core/sheets";

export async function readBack(data: Uint8Array): Promise<ExcelJS.Workbook> {
  const book = new ExcelJS.Workbook();
  await book.xlsx.load(Buffer.from(data) as unknown as ArrayBuffer);
  return book;
}

/** A sheet as a grid of what a spreadsheet would compute from: formulas as "=…", values as they are. */
export function sheetGrid(sheet: ExcelJS.Worksheet): (CellValue | string)[][] {
  const grid: (CellValue | string)[][] = [];
  sheet.eachRow({ includeEmpty: true }, (row, rowNumber) => {
    const cells: (CellValue | string)[] = [];
    for (let c = 1; c <= sheet.columnCount; c++) {
      const value = row.getCell(c).value as ExcelJS.CellValue;
      // Excel reads _xlfn.MAXIFS as MAXIFS; so does this grid
      if (value && typeof value === "object" && "formula" in value)
        cells.push(`=${(value as ExcelJS.CellFormulaValue).formula.replace(/_xlfn\./g, "")}`);
      else cells.push((value as CellValue) ?? null);
    }
    grid[rowNumber - 1] = cells;
  });
  return grid;
}

/** Evaluates the workbook's formulas with HyperFormula, a spreadsheet engine independent of our code. */
export function evaluate(book: ExcelJS.Workbook, sheets: string[]): Record<string, unknown[][]> {
  const input = Object.fromEntries(sheets.map((name) => [name, sheetGrid(book.getWorksheet(name)!)]));
  const engine = HyperFormula.buildFromSheets(input as never, { licenseKey: "gpl-v3" });
  return Object.fromEntries(sheets.map((name) => [name, engine.getSheetValues(engine.getSheetId(name)!)]));
}
