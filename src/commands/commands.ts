/* global Office, Excel */
/**
 * Ribbon commands. "Refresh sheets" writes the tracking sheets without opening the pane; it runs in the
 * shared runtime, so it uses the same store as the pane and the SH functions.
 */
import { buildWorkbookPlan } from "../core/sheets";
import { refreshTrackingSheets } from "../excel/refresh";
import { watchWorkbookTables } from "../excel/workbook-facts";
import { sharedStore } from "../functions/store";

export async function refreshFromStore(method: "cagr" | "projection" = "cagr") {
  const store = sharedStore();
  const plan = buildWorkbookPlan(store.documentDataset(), method);
  const summary = await Excel.run((context) => refreshTrackingSheets(plan, context));
  store.setWorkbookFacts(summary.workbookFacts);
  await watchWorkbookTables(store);
  return summary;
}

async function refreshSheets(event: Office.AddinCommands.Event): Promise<void> {
  try {
    await refreshFromStore();
  } catch (error) {
    console.error("Plan Tracker: refresh failed:", error);
  } finally {
    event.completed();
  }
}

// The page also runs outside Office (stand-alone), where there is no ribbon to serve.
if (typeof Office !== "undefined" && Office.onReady) {
  Office.onReady(() => {
    Office.actions?.associate("refreshSheets", refreshSheets);
  });
}
