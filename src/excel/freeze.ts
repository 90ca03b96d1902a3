/* global Excel */
/**
 * "Freeze for sharing": replaces SH formulas with their current values and leaves a note naming the formula,
 * so a colleague without the add-in sees numbers, not #NAME?.
 */
import { columnLetter } from "../core/sheets";

const SH_CALL = /(^|[^A-Za-z0-9_.])SH\.[A-Za-z]+\s*\(/i;
const ERROR_VALUE = /^#(N\/A|VALUE!|NUM!|NAME\?|REF!|DIV\/0!|NULL!|BUSY!|CALC!|SPILL!)/;

export interface FrozenCell {
  sheet: string;
  address: string;
  formula: string;
  value: string | number | boolean;
}

function topLeft(address: string): { row: number; column: number } {
  const match = /([A-Z]+)(\d+)/.exec(address.split("!").pop()!.replace(/\$/g, ""));
  if (!match) return { row: 0, column: 0 };
  const column = match[1].split("").reduce((n, ch) => n * 26 + ch.charCodeAt(0) - 64, 0) - 1;
  return { row: Number(match[2]) - 1, column };
}

/** Which cells of a block hold SH formulas, and the values to freeze them at (error results are left alone). */
export function cellsToFreeze(
  sheet: string,
  address: string,
  formulas: unknown[][],
  values: unknown[][],
): { cells: FrozenCell[]; skipped: number } {
  const origin = topLeft(address);
  const cells: FrozenCell[] = [];
  let skipped = 0;
  formulas.forEach((row, r) =>
    row.forEach((formula, c) => {
      if (typeof formula !== "string" || !formula.startsWith("=") || !SH_CALL.test(formula)) return;
      const value = values[r]?.[c];
      if (typeof value === "string" && ERROR_VALUE.test(value)) {
        skipped++;
        return;
      }
      cells.push({
        sheet,
        address: `${columnLetter(origin.column + c)}${origin.row + r + 1}`,
        formula,
        value: value as FrozenCell["value"],
      });
    }),
  );
  return { cells, skipped };
}

export interface FreezeSummary {
  frozen: number;
  skippedErrors: number;
  notes: boolean;
}

export async function freezeShFormulas(
  context: Excel.RequestContext,
  scope: "selection" | "workbook",
  today: string,
): Promise<FreezeSummary> {
  const blocks: { sheet: Excel.Worksheet; range: Excel.Range }[] = [];
  if (scope === "selection") {
    const range = context.workbook.getSelectedRange();
    range.load("formulas,values,address");
    const sheet = context.workbook.worksheets.getActiveWorksheet();
    sheet.load("name");
    blocks.push({ sheet, range });
  } else {
    const sheets = context.workbook.worksheets;
    sheets.load("items/name");
    await context.sync();
    for (const sheet of sheets.items) {
      const range = sheet.getUsedRangeOrNullObject(true);
      range.load("formulas,values,address");
      blocks.push({ sheet, range });
    }
  }
  await context.sync();
  const notes = Office.context.requirements.isSetSupported("ExcelApi", "1.10");
  let frozen = 0;
  let skippedErrors = 0;
  for (const { sheet, range } of blocks) {
    if (range.isNullObject) continue;
    const { cells, skipped } = cellsToFreeze(sheet.name, range.address, range.formulas, range.values);
    skippedErrors += skipped;
    for (const cell of cells) {
      const target = sheet.getRange(cell.address);
      if (typeof cell.value === "string" && /^[=+\-@]/.test(cell.value)) target.numberFormat = [["@"]];
      target.values = [[cell.value]];
      if (notes)
        context.workbook.comments.add(
          `${sheet.name}!${cell.address}`,
          `Frozen by Plan Tracker on ${today} from ${cell.formula}`,
        );
      frozen++;
    }
  }
  await context.sync();
  return { frozen, skippedErrors, notes };
}
