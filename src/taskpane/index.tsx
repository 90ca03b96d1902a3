/* global Office */
import { createRoot } from "react-dom/client";
import seedData from "../generated/seed-data.json";
import { initSharedStore, type SeedData } from "../functions/store";
import { App } from "./App";
import { detectHost } from "./host";

function prefersDark(): boolean {
  const office = (globalThis as { Office?: typeof Office }).Office;
  const theme = office?.context?.officeTheme;
  if (theme?.bodyBackgroundColor) {
    const hex = theme.bodyBackgroundColor.replace("#", "");
    const [r, g, b] = [0, 2, 4].map((i) => parseInt(hex.slice(i, i + 2), 16));
    return 0.299 * r + 0.587 * g + 0.114 * b < 128;
  }
  return typeof window.matchMedia === "function" && window.matchMedia("(prefers-color-scheme: dark)").matches;
}

async function start() {
  const store = initSharedStore(seedData as unknown as SeedData);
  const host = await detectHost();
  const root = createRoot(document.getElementById("root")!);
  root.render(<App store={store} host={host} dark={prefersDark()} />);
  if (host.kind === "excel") {
    // Analyst rows already in the workbook feed the SH functions from the start.
    import("../excel/workbook-facts").then(({ watchWorkbookTables }) => watchWorkbookTables(store)).catch(() => undefined);
  }
}

void start();
