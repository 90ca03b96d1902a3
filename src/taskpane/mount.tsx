/**
 * Starts the pane in a container: finds where it runs (Excel or stand-alone), renders it, and re-renders in
 * another theme when the system's colour scheme or, inside Office, Office's theme changes.
 */
import { createRoot } from "react-dom/client";
import type { Store } from "../functions/store";
import { App } from "./App";
import { detectHost, type Host } from "./host";
import { themeKind, watchOfficeTheme, watchTheme, type OfficeColours } from "./theme";

export async function mountPane(container: HTMLElement, store: Store): Promise<Host> {
  const host = await detectHost();
  const root = createRoot(container);
  // the theme the last OfficeThemeChanged event carried; until one comes, what office.js says at render time
  let officeTheme: OfficeColours | undefined;
  const render = () => root.render(<App store={store} host={host} theme={themeKind(undefined, officeTheme)} />);
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
