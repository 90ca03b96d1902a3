import { createRoot } from "react-dom/client";
import seedData from "../generated/seed-data.json";
import { initSharedStore, type SeedData } from "../functions/store";
import { App } from "./App";
import { detectHost } from "./host";
import { themeKind, watchTheme } from "./theme";

async function start() {
  const store = initSharedStore(seedData as unknown as SeedData);
  const host = await detectHost();
  const root = createRoot(document.getElementById("root")!);
  const render = () => root.render(<App store={store} host={host} theme={themeKind()} />);
  render();
  watchTheme(render);
  if (host.kind === "excel") {
    // Analyst rows already in the workbook feed the SH functions from the start.
    import("../excel/workbook-facts").then(({ watchWorkbookTables }) => watchWorkbookTables(store)).catch(() => undefined);
  }
}

void start();
