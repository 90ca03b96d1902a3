/* global Office */
/**
 * Ribbon commands. "Refresh sheets" writes the tracking sheets without opening the pane; it runs in the
 * shared runtime, so it uses the same store as the pane and the SH functions.
 */
import { sharedStore } from "../functions/store";

async function refreshSheets(event: Office.AddinCommands.Event): Promise<void> {
  try {
    // The writer loads on first use, so the page's first render does not wait for it.
    const { refreshWorkbook } = await import(/* webpackChunkName: "refresh" */ "../excel/refresh-workbook");
    await refreshWorkbook(sharedStore());
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
