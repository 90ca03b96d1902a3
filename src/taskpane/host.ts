/* global Office, Excel */
/**
 * What the pane can do where it runs: in Excel it writes the open workbook; stand-alone (a plain browser,
 * or office.js could not load) it builds the same sheet plan into an .xlsx download.
 */
import type { Method } from "../core/progress";
import type { FreezeSummary } from "../excel/freeze";
import type { RefreshSummary } from "../excel/refresh";
import type { Store } from "../functions/store";

export type HostKind = "excel" | "standalone";

export interface Host {
  kind: HostKind;
  /** Excel: writes the tracking sheets. */
  refresh?(store: Store, method: Method): Promise<RefreshSummary>;
  /** Excel: SH formulas to values. */
  freeze?(scope: "selection" | "workbook"): Promise<FreezeSummary>;
  /** Stand-alone: the tracking workbook as a file. */
  download?(store: Store, method: Method): Promise<{ name: string; bytes: number; sheets: number }>;
}

export function excelHost(): Host {
  return {
    kind: "excel",
    async refresh(store, method) {
      const { refreshWorkbook } = await import("../excel/refresh-workbook");
      return refreshWorkbook(store, method);
    },
    async freeze(scope) {
      const { freezeShFormulas } = await import("../excel/freeze");
      return Excel.run((context) => freezeShFormulas(context, scope, new Date().toISOString().slice(0, 10)));
    },
  };
}

export function standaloneHost(save: (name: string, data: Uint8Array) => void = saveFile): Host {
  return {
    kind: "standalone",
    async download(store, method) {
      const [{ writeXlsx }, { buildWorkbookPlan }] = await Promise.all([
        import(/* webpackChunkName: "xlsx" */ "../xlsx/write"),
        import(/* webpackChunkName: "xlsx" */ "../core/sheets"),
      ]);
      const plan = buildWorkbookPlan(store.documentDataset(), method);
      const { data, summary } = await writeXlsx(plan);
      const name = `plan-tracker-${new Date().toISOString().slice(0, 10)}.xlsx`;
      save(name, data);
      return { name, bytes: data.length, sheets: summary.sheets.length };
    },
  };
}

function saveFile(name: string, data: Uint8Array): void {
  const blob = new Blob([data as BlobPart], {
    type: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
  });
  const url = URL.createObjectURL(blob);
  const link = document.createElement("a");
  link.href = url;
  link.download = name;
  document.body.appendChild(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

/** Excel when office.js loaded and says so; stand-alone otherwise (including when office.js never answers). */
export function detectHost(timeoutMs = 3000): Promise<Host> {
  const office = (globalThis as { Office?: typeof Office }).Office;
  if (!office?.onReady) return Promise.resolve(standaloneHost());
  return new Promise((resolve) => {
    const timer = setTimeout(() => resolve(standaloneHost()), timeoutMs);
    office
      .onReady()
      .then((info) => {
        clearTimeout(timer);
        resolve(info.host === office.HostType.Excel ? excelHost() : standaloneHost());
      })
      .catch(() => resolve(standaloneHost()));
  });
}
