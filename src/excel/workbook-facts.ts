/* global Excel */
/**
 * Keeps the shared store in step with the rows the analyst keeps in the Targets and Actuals tables and the
 * indicators they define in the Indicators table: reads them once, and again whenever a table changes, so SH
 * formulas follow the analyst's edits (a new indicator row extends the catalog at once).
 */
import { describeProblem } from "../core/catalog";
import { definitionsFromTable, factsFromTable, trackerDefinitionFiles, type CellValue } from "../core/sheets";
import type { Store } from "../functions/store";

const TABLES = [
  ["tblTargets", "target"],
  ["tblActuals", "actual"],
] as const;
const DEFINITIONS_TABLE = "tblIndicators";

/** Reads the tables into the store; returns the problems of the analyst's indicator definitions, in words. */
export async function readWorkbookFacts(context: Excel.RequestContext, store: Store): Promise<string[]> {
  const tables = [...TABLES.map(([name]) => name), DEFINITIONS_TABLE].map((name) => {
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
  // Definitions first: the analyst's Targets and Actuals rows may name an indicator defined there.
  const definitions = definitionsFromTable(
    (ranges[TABLES.length]?.values as CellValue[][] | undefined) ?? null,
    trackerDefinitionFiles(store.baseCatalog()),
  );
  const problems = store.setDefinitions(definitions ? [definitions] : []);
  const documents = store.documentDataset().documents.map((d) => d.file);
  const facts = TABLES.flatMap(([, kind], i) =>
    factsFromTable(kind, (ranges[i]?.values as CellValue[][] | undefined) ?? null, documents),
  );
  store.setWorkbookFacts(facts);
  return problems.map(describeProblem);
}

/** Re-reads the tables after each edit; returns how many tables are watched. */
export async function watchWorkbookTables(store: Store): Promise<number> {
  return Excel.run(async (context) => {
    const tables = [...TABLES.map(([name]) => name), DEFINITIONS_TABLE].map((name) => {
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
