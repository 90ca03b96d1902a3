/* global Excel */
/**
 * Keeps the shared store in step with the rows the analyst keeps in the Targets and Actuals tables: reads
 * them once, and again whenever either table changes, so SH formulas follow the analyst's edits.
 */
import { factsFromTable, type CellValue } from "../core/sheets";
import type { Store } from "../functions/store";

const TABLES = [
  ["tblTargets", "target"],
  ["tblActuals", "actual"],
] as const;

export async function readWorkbookFacts(context: Excel.RequestContext, store: Store): Promise<void> {
  const tables = TABLES.map(([name]) => {
    const table = context.workbook.tables.getItemOrNullObject(name);
    table.load("name");
    return table;
  });
  await context.sync();
  const ranges = tables.map((table) => {
    if (table.isNullObject) return null;
    const range = table.getRange();
    range.load("values");
    return range;
  });
  if (ranges.some(Boolean)) await context.sync();
  const documents = store.documentDataset().documents.map((d) => d.file);
  const facts = TABLES.flatMap(([, kind], i) =>
    factsFromTable(kind, (ranges[i]?.values as CellValue[][] | undefined) ?? null, documents),
  );
  store.setWorkbookFacts(facts);
}

/** Re-reads the tables after each edit; returns how many tables are watched. */
export async function watchWorkbookTables(store: Store): Promise<number> {
  return Excel.run(async (context) => {
    const tables = TABLES.map(([name]) => {
      const table = context.workbook.tables.getItemOrNullObject(name);
      table.load("name");
      return table;
    });
    await context.sync();
    let watched = 0;
    for (const table of tables) {
      if (table.isNullObject) continue;
      table.onChanged.add(async () => {
        await Excel.run((inner) => readWorkbookFacts(inner, store));
      });
      watched++;
    }
    await context.sync();
    await readWorkbookFacts(context, store);
    return watched;
  });
}
