/* global Excel */
/**
 * The whole refresh as the pane and the ribbon both run it: the sheet plan of the documents (seeds and added),
 * written into the workbook, then the analyst's table rows handed to the shared store and watched for edits.
 */
import type { Method } from "../core/progress";
import { buildWorkbookPlan } from "../core/sheets";
import type { Store } from "../functions/store";
import { refreshTrackingSheets, type RefreshSummary } from "./refresh";
import { readWorkbookFacts, watchWorkbookTables } from "./workbook-facts";

export async function refreshWorkbook(store: Store, method: Method = "cagr"): Promise<RefreshSummary> {
  // The analyst's Indicators rows first, so the sheets written now carry the indicators they define.
  const definitionProblems = await Excel.run((context) => readWorkbookFacts(context, store));
  const plan = buildWorkbookPlan(store.documentDataset(), method);
  const summary = await Excel.run((context) => refreshTrackingSheets(plan, context));
  store.setWorkbookFacts(summary.workbookFacts);
  await watchWorkbookTables(store);
  for (const problem of definitionProblems)
    summary.messages.push(`Indicators: ${problem}. The catalog was left as it was.`);
  return summary;
}
