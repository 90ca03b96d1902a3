/**
 * Excel's limits, checked over the sheet plan before either writer puts anything down: Excel repairs or refuses a
 * file with a longer cell, and Office.js rejects the write, so a plan past them is refused whole, with the sheet
 * and cell named.
 */
import { columnLetter } from "./address";
import { isFormula, type PlanCell, type WorkbookPlan } from "./types";

export const EXCEL_LIMITS = {
  /** characters in one cell */
  cellCharacters: 32_767,
  /** characters in one formula */
  formulaCharacters: 8_192,
  rows: 1_048_576,
  columns: 16_384,
} as const;

export class SheetLimitError extends Error {
  constructor(
    message: string,
    readonly sheet: string,
    /** A1 address of the first cell past a limit, or null for a sheet too large as a whole */
    readonly cell: string | null,
  ) {
    super(message);
  }
}

function thousands(n: number): string {
  return n.toLocaleString("en-US");
}

function cellProblem(cell: PlanCell): string | null {
  if (isFormula(cell)) {
    if (cell.formula.length > EXCEL_LIMITS.formulaCharacters)
      return `its formula has ${thousands(cell.formula.length)} characters, over Excel's limit of ${thousands(EXCEL_LIMITS.formulaCharacters)}`;
    cell = cell.result ?? null;
  }
  if (typeof cell === "string" && cell.length > EXCEL_LIMITS.cellCharacters)
    return `it holds ${thousands(cell.length)} characters, over Excel's limit of ${thousands(EXCEL_LIMITS.cellCharacters)} in a cell`;
  return null;
}

/**
 * Throws a SheetLimitError for the first cell, row count or column count of the plan past Excel's limits (the
 * header is row 1, data from row 2). Returns normally when the whole plan fits.
 */
export function checkExcelLimits(plan: WorkbookPlan): void {
  for (const sheet of plan.sheets) {
    if (sheet.columns.length > EXCEL_LIMITS.columns)
      throw new SheetLimitError(
        `Sheet "${sheet.name}" has ${thousands(sheet.columns.length)} columns, over Excel's limit of ${thousands(EXCEL_LIMITS.columns)}; nothing was written.`,
        sheet.name,
        null,
      );
    if (sheet.rows.length + 1 > EXCEL_LIMITS.rows)
      throw new SheetLimitError(
        `Sheet "${sheet.name}" needs ${thousands(sheet.rows.length + 1)} rows, over Excel's limit of ${thousands(EXCEL_LIMITS.rows)}; nothing was written.`,
        sheet.name,
        null,
      );
    // one pass over every cell with plain loops: a 10,000-fact plan has some 300,000 cells
    const headers: PlanCell[] = sheet.columns.map((c) => c.header);
    for (let r = 0; r <= sheet.rows.length; r++) {
      const cells = r === 0 ? headers : sheet.rows[r - 1].cells;
      for (let c = 0; c < cells.length; c++) {
        const problem = cellProblem(cells[c]);
        if (!problem) continue;
        const address = `${columnLetter(c)}${r + 1}`;
        const column = sheet.columns[c]?.header ?? `column ${c + 1}`;
        throw new SheetLimitError(
          `Cell ${sheet.name}!${address} (${column}): ${problem}; nothing was written.`,
          sheet.name,
          address,
        );
      }
    }
  }
}
