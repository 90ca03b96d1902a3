/**
 * Starts the pane in a container: finds where it runs (Excel or stand-alone), renders it, and re-renders in
 * another theme when the system's colour scheme or, inside Office, Office's theme changes.
 */
import { createRoot } from "react-dom/client";
import type { Store } from "../functions/store";
import { App } from "./App";
import { detectHost, type Host } from "./host";
import { precomputedModel, type PrecomputedOverview } from "./overview-model";
import { themeKind, watchOfficeTheme, watchTheme, type OfficeColours } from "./theme";

/** `overview`: the overview of the store's seeds worked out at build time, shown first while nothing has changed. */
export async function mountPane(container: HTMLElement, store: Store, overview?: PrecomputedOverview): Promise<Host> {
  const host = await detectHost();
  const root = createRoot(container);
  // it holds for the seeds alone (no document, workbook row, definition or date yet) and the years it was made for
  const start =
    overview && store.changeCount === 0 ? precomputedModel(overview, new Date().getUTCFullYear()) : null;
  // the theme the last OfficeThemeChanged event carried; until one comes, what office.js says at render time
  let officeTheme: OfficeColours | undefined;
  const render = () =>
    root.render(<App store={store} host={host} theme={themeKind(undefined, officeTheme)} start={start} />);
  render();
  watchTheme(render);
  if (host.kind === "excel") {
    watchOfficeTheme((theme) => {
      officeTheme = theme;
      render();
    });
    // Analyst rows already in the workbook feed the SH functions from the start.
    import("../excel/workbook-facts").then(({ watchWorkbookTables }) => watchWorkbookTables(store)).catch(() => undefined);
  }
  return host;
}
