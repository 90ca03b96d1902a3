/**
 * Starts the pane in a container: finds where it runs (Excel or stand-alone), renders it, and re-renders in
 * another theme when the system's colour scheme or, inside Office, Office's theme changes. Where the page holds
 * the overview pre-rendered at build time (./prerender.tsx) and it is what the pane renders now, React takes that
 * markup over instead of making it again.
 */
import { createRoot, hydrateRoot, type Root } from "react-dom/client";
import type { Store } from "../functions/store";
import { detectHost, type Host } from "./host";
import { precomputedModel, type OverviewModel, type PrecomputedOverview } from "./overview-model";
import { paneElement } from "./pane";
import { themeKind, watchOfficeTheme, watchTheme, type OfficeColours, type ThemeKind } from "./theme";
import { WIDE } from "./useMedia";

/** Whether the container's pre-rendered markup is the pane's first render here (the page's own check agreed). */
function prerenderFits(container: HTMLElement, host: Host, theme: ThemeKind, start: OverviewModel | null): boolean {
  return (
    container.hasAttribute("data-pt-prerendered") &&
    document.documentElement.getAttribute("data-pt-prerender") === "on" &&
    container.getAttribute("data-pt-year") === String(new Date().getUTCFullYear()) &&
    host.kind === "standalone" &&
    theme === "light" &&
    start !== null &&
    !(typeof window.matchMedia === "function" && window.matchMedia(WIDE).matches)
  );
}

/** `overview`: the overview of the store's seeds worked out at build time, shown first while nothing has changed. */
export async function mountPane(container: HTMLElement, store: Store, overview?: PrecomputedOverview): Promise<Host> {
  const host = await detectHost();
  // it holds for the seeds alone (no document, workbook row, definition or date yet) and the years it was made for
  const start = overview && store.changeCount === 0 ? precomputedModel(overview, new Date().getUTCFullYear()) : null;
  // the theme the last OfficeThemeChanged event carried; until one comes, what office.js says at render time
  let officeTheme: OfficeColours | undefined;
  // the pre-rendered markup is shown but inert (its buttons do nothing before React has them): usable from here
  const onReady = () => {
    container.removeAttribute("inert");
    container.removeAttribute("data-pt-prerendered");
  };
  const element = () => paneElement({ store, host, theme: themeKind(undefined, officeTheme), start, onReady });
  let root: Root;
  if (prerenderFits(container, host, themeKind(undefined, officeTheme), start))
    root = hydrateRoot(container, element());
  else {
    if (container.hasAttribute("data-pt-prerendered")) {
      // hidden by the page's stylesheet until now: the page as it is without it, a loading line, until React's render
      onReady();
      const boot = document.createElement("div");
      boot.id = "boot";
      boot.textContent = "Loading Plan Tracker…";
      container.replaceChildren(boot);
    }
    root = createRoot(container);
    root.render(element());
  }
  const render = () => root.render(element());
  watchTheme(render);
  if (host.kind === "excel") {
    watchOfficeTheme((theme) => {
      officeTheme = theme;
      render();
    });
    // Analyst rows already in the workbook feed the SH functions from the start.
    import("../excel/workbook-facts")
      .then(({ watchWorkbookTables }) => watchWorkbookTables(store))
      .catch(() => undefined);
  }
  return host;
}
