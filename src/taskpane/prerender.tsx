/**
 * The overview the pane shows first, rendered at build time into its page (scripts/prerender-overview.js): the
 * page shows the indicators' rows with their figures as soon as it is parsed, and React takes that markup over
 * (hydrateRoot, ./mount.tsx) instead of making it again. Rendered for where most panes open: stand-alone, light
 * theme, a narrow pane, this year; elsewhere the page hides it and the pane renders as it would without it.
 * Node only (react-dom/server): the add-in never imports this file.
 */
import { createDOMRenderer, RendererProvider, renderToStyleElements } from "@fluentui/react-components";
import * as React from "react";
import { renderToStaticMarkup, renderToString } from "react-dom/server";
import type { Store } from "../functions/store";
import { standaloneHost } from "./host";
import { paneElement } from "./pane";
import type { OverviewModel } from "./overview-model";
import { staticStylesMade } from "./staticStyles";
import { WIDE } from "./useMedia";

export interface PrerenderedOverview {
  /** the UTC year whose overview it shows */
  year: number;
  /** what #root holds: React's markup of the pane's first render */
  markup: string;
  /** the <style> elements of that render: the pane's own stylesheets and Fluent's (Griffel's) rules */
  styles: string;
  /** runs in <head>: marks the page `data-pt-prerender="on"` where the markup is what the pane would render */
  fitScript: string;
}

/**
 * Where the pre-rendered markup is what the pane renders: not in Office (its theme and "In Excel" come with
 * office.js), the light theme (?theme=, then forced colours, then the system's scheme, as ./theme.ts decides), a
 * pane narrower than WIDE (the list, not the table) and the year it was made for. ./mount.tsx checks again.
 */
function fitScript(year: number): string {
  return `(function () {
  var inOffice = !!document.querySelector('script[src^="office-js/"]');
  var asked = new URLSearchParams(location.search).get("theme");
  var media = function (q) { return window.matchMedia(q).matches; };
  var light = ["light", "dark", "high-contrast"].indexOf(asked) >= 0 ? asked === "light"
    : !media("(forced-colors: active)") && !media("(prefers-color-scheme: dark)");
  if (!inOffice && light && !media(${JSON.stringify(WIDE)}) && new Date().getUTCFullYear() === ${year})
    document.documentElement.setAttribute("data-pt-prerender", "on");
})();`;
}

/** Until the pane renders, a page where the markup does not fit shows what it showed before: a loading line. */
const HIDDEN_UNLESS_FITS = `html:not([data-pt-prerender="on"]) #root[data-pt-prerendered] > * { display: none; }
html:not([data-pt-prerender="on"]) #root[data-pt-prerendered]::before {
  content: "Loading Plan Tracker\\2026"; display: block; padding: 16px; font-family: "Segoe UI", system-ui, sans-serif;
}`;

export function prerenderOverview(store: Store, start: OverviewModel, year: number): PrerenderedOverview {
  const renderer = createDOMRenderer();
  const markup = renderToString(
    <RendererProvider renderer={renderer}>
      {paneElement({ store, host: standaloneHost(), theme: "light", start })}
    </RendererProvider>,
  );
  const own = staticStylesMade();
  const griffel = renderToStaticMarkup(<>{renderToStyleElements(renderer)}</>);
  const styles =
    `<style data-pt-prerendered="${own.names.join(" ")}">${own.css}</style>` +
    `<style>${HIDDEN_UNLESS_FITS}</style>${griffel}`;
  return { year, markup, styles, fitScript: fitScript(year) };
}
