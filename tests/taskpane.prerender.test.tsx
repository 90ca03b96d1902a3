/**
 * @jest-environment jsdom
 * @jest-environment-options {"customExportConditions": ["node", "node-addons"]}
 */
/**
 * The overview pre-rendered at build time into the pane's page (src/taskpane/prerender.tsx): the page shows the
 * indicators' real rows with their figures before any script ran, only where that markup is what the pane renders,
 * and React takes it over as it is (no second copy, no mismatch) and makes it usable.
 */
import { act, waitFor } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { execFileSync } from "child_process";
import * as fs from "fs";
import * as path from "path";
import { Store, type SeedData } from "../src/functions/store";
import { mountPane } from "../src/taskpane/mount";
import { precomputedModel, type PrecomputedOverview } from "../src/taskpane/overview-model";
import type { PrerenderedOverview } from "../src/taskpane/prerender";

const GENERATED = path.join(__dirname, "..", "src", "generated");
const seeds: SeedData = JSON.parse(fs.readFileSync(path.join(GENERATED, "seed-data.json"), "utf8"));
const overview: PrecomputedOverview = JSON.parse(fs.readFileSync(path.join(GENERATED, "overview-data.json"), "utf8"));
const year = new Date().getUTCFullYear();
// rendered in plain Node as the build does (in jsdom, Fluent's provider would leave out its server-side theme style)
let page: PrerenderedOverview;
beforeAll(() => {
  const script = path.join(__dirname, "..", "scripts", "prerender-overview.js");
  page = JSON.parse(execFileSync(process.execPath, [script, "--print"], { encoding: "utf8", maxBuffer: 1 << 26 }));
}, 60000);
const prerendered = () => page;

/** The page as the build writes it: the markup in #root, inert, and the page's own check having run. */
function pageWithPrerender(fits: boolean): HTMLElement {
  const { markup } = prerendered();
  const container = document.createElement("div");
  container.id = "root";
  container.setAttribute("data-pt-prerendered", "");
  container.setAttribute("data-pt-year", String(year));
  container.setAttribute("inert", "");
  container.innerHTML = markup;
  document.body.appendChild(container);
  if (fits) document.documentElement.setAttribute("data-pt-prerender", "on");
  return container;
}

/** Runs the page's <head> check with a URL and media queries of the test's choosing; true when it said "on". */
function fitsIn(search: string, matching: string[], options: { inOffice?: boolean; year?: number } = {}): boolean {
  const attributes = new Map<string, string>();
  const fakeDocument = {
    querySelector: (selector: string) => (options.inOffice && selector.includes("office-js/") ? {} : null),
    documentElement: { setAttribute: (name: string, value: string) => attributes.set(name, value) },
  };
  const fakeWindow = { matchMedia: (query: string) => ({ matches: matching.includes(query) }) };
  const RealDate = Date;
  const FakeDate = function () {
    return new RealDate(Date.UTC(options.year ?? year, 5, 1));
  };
  new Function("document", "location", "window", "Date", prerendered().fitScript)(
    fakeDocument,
    { search },
    fakeWindow,
    FakeDate,
  );
  return attributes.get("data-pt-prerender") === "on";
}

afterEach(() => {
  document.body.innerHTML = "";
  document.documentElement.removeAttribute("data-pt-prerender");
});

describe("the overview pre-rendered into the pane's page", () => {
  it("is the real overview: every indicator's row with its figures, status and chart, and the counts", () => {
    const holder = document.createElement("div");
    holder.innerHTML = prerendered().markup;
    const ic = holder.querySelector('[data-testid="indicator-IC"]')!;
    expect(ic.textContent).toContain("Baseline: 207 bn yuan (2020)");
    expect(ic.textContent).toContain("Target: more than 414 bn yuan (2025, derived)");
    expect(ic.querySelector('[aria-label^="Status: "]')).not.toBeNull();
    expect(ic.querySelector("svg")?.getAttribute("aria-label")).toMatch(/^IC: Path from 207 bn yuan \(2020\)/);
    expect(holder.querySelector('[data-testid="indicator-RD_GDP"]')?.textContent).toMatch(/Latest: .+ \(\d{4}\)/);
    const rows = holder.querySelectorAll('[data-testid^="indicator-"]');
    expect(rows.length).toBe(precomputedModel(overview, year)!.rows.length);
    expect(holder.querySelector('[aria-label="Mode"]')?.textContent).toContain(
      `Stand-alone · ${seeds.documents.length + 1} documents · ${seeds.facts.length} facts`,
    );
    expect(holder.querySelector('[data-theme="light"]')).not.toBeNull();
  });

  it("ships its styles: the pane's own stylesheets, named so the scripts do not add them again, and Fluent's", () => {
    const { styles } = prerendered();
    expect(styles).toMatch(/<style data-pt-prerendered="[^"]*\boverview\b[^"]*">/);
    expect(styles).toContain(".pt-overview-item{");
    expect(styles).toContain(".pt-badge-base{");
    expect(styles).toContain("data-make-styles-bucket");
  });

  it("is shown only where it is what the pane renders: stand-alone, light, narrow, the year it was made for", () => {
    expect(fitsIn("", [])).toBe(true);
    expect(fitsIn("?theme=light", ["(prefers-color-scheme: dark)"])).toBe(true);
    expect(fitsIn("?theme=dark", [])).toBe(false);
    expect(fitsIn("?theme=high-contrast", [])).toBe(false);
    expect(fitsIn("", ["(prefers-color-scheme: dark)"])).toBe(false);
    expect(fitsIn("", ["(forced-colors: active)"])).toBe(false);
    expect(fitsIn("", ["(min-width: 700px)"])).toBe(false);
    expect(fitsIn("", [], { inOffice: true })).toBe(false);
    expect(fitsIn("", [], { year: year + 1 })).toBe(false);
  });

  it("is taken over by React as it is, then works: the same row elements, no mismatch, no longer inert", async () => {
    const container = pageWithPrerender(true);
    const row = container.querySelector('[data-testid="indicator-IC"]');
    const store = new Store(seeds);
    await act(async () => {
      await mountPane(container, store, overview);
    });
    await waitFor(() => expect(container.hasAttribute("inert")).toBe(false));
    expect(container.querySelector('[data-testid="indicator-IC"]')).toBe(row);
    expect(container.querySelectorAll("[data-theme]").length).toBe(1);
    // the rows' buttons now open the indicator's detail
    await userEvent.click(container.querySelector<HTMLButtonElement>('button[aria-label^="NEV: "]')!);
    await waitFor(() => expect(container.querySelector('[aria-label="Facts behind NEV"]')).not.toBeNull(), {
      timeout: 15000,
    });
  });

  it("is replaced by the pane's own render where the page's check said it does not fit", async () => {
    const container = pageWithPrerender(false);
    const row = container.querySelector('[data-testid="indicator-IC"]');
    await act(async () => {
      await mountPane(container, new Store(seeds), overview);
    });
    await waitFor(() => expect(container.querySelector('[data-testid="indicator-IC"]')).not.toBeNull());
    expect(container.querySelector('[data-testid="indicator-IC"]')).not.toBe(row);
    expect(container.hasAttribute("inert")).toBe(false);
    expect(container.hasAttribute("data-pt-prerendered")).toBe(false);
    expect(container.querySelectorAll("[data-theme]").length).toBe(1);
  });
});
