/**
 * What the pane shows first is worked out at build time (scripts/embed-seeds.js, embed-overview.js and
 * embed-catalog.js write src/generated/); these tests check it is exactly what the code makes of the embedded
 * seeds and the data tables now, so it cannot go stale unnoticed. When one fails: `npm run build:cli && npm run
 * embed-seeds` (the add-in's build runs them itself).
 */
import * as fs from "fs";
import * as path from "path";
import { Catalog } from "../src/core/catalog/catalog";
import { Store, type SeedData } from "../src/functions/store";
import { overviewModel, precomputedModel, type PrecomputedOverview } from "../src/taskpane/overview-model";

const ROOT = path.join(__dirname, "..");
const GENERATED = path.join(ROOT, "src", "generated");
const read = (file: string) => JSON.parse(fs.readFileSync(path.join(GENERATED, file), "utf8"));

const seeds: SeedData = read("seed-data.json");
const overview: PrecomputedOverview = read("overview-data.json");

function storeIn(year?: number): Store {
  const store = new Store(seeds);
  if (year !== undefined) store.setDate(year);
  return store;
}

describe("the overview the pane shows before its dataset is built", () => {
  it("is the overview of the embedded seeds today", () => {
    const thisYear = new Date().getUTCFullYear();
    const first = precomputedModel(overview, thisYear);
    expect(first).not.toBeNull();
    // the store the pane starts with: the seeds, no date (today)
    expect(first).toEqual(overviewModel(storeIn().dataset()));
  });

  it("is the seeds' overview in every year it was worked out for, where another plan may be in force", () => {
    const years = Object.keys(overview.years).map(Number);
    expect(years.length).toBeGreaterThanOrEqual(5);
    for (const year of years) expect(precomputedModel(overview, year)).toEqual(overviewModel(storeIn(year).dataset()));
    // the 14th plan's last year and the 15th's first show different records for a series with a 15th-plan target
    if (years.includes(2025) && years.includes(2026)) {
      const rd = (year: number) => precomputedModel(overview, year)!.rows.find((r) => r.key === "RD_GDP|Shanghai")!;
      expect(rd(2025).target).toMatch(/4\.5 % \(2025\)$/);
      expect(rd(2026).target).toMatch(/5 % \(2030\)$/);
    }
  });

  it("is not offered for a year it was not worked out for (the pane then builds it)", () => {
    const years = Object.keys(overview.years).map(Number);
    expect(precomputedModel(overview, Math.max(...years) + 1)).toBeNull();
  });

  it("says what the overview says: counts, rows with their words and charts, and the signing events", () => {
    const model = precomputedModel(overview, new Date().getUTCFullYear())!;
    expect(model.documents).toBe(seeds.documents.length + 1); // the reported-figures table is listed as a document
    expect(model.facts).toBe(seeds.facts.length);
    const ic = model.rows.find((r) => r.testId === "indicator-IC")!;
    expect(ic.baseline).toBe("207 bn yuan (2020)");
    expect(ic.chart.label).toMatch(/^IC: Path from 207 bn yuan \(2020\) to /);
    expect(ic.chart.path).toMatch(/^M[\d.]+ [\d.]+( L[\d.]+ [\d.]+)+$/);
    const gipc = model.events.find((e) => e.code === "GIPC2022")!;
    expect(gipc.totals).toContain("322 projects, 565.8 bn yuan");
  });
});

describe("the catalog the add-in embeds already parsed", () => {
  const browser = read("catalog-data.browser.json");

  it("holds the data tables as they are in data/", () => {
    for (const key of ["plans", "indicators", "events"]) {
      expect(browser[key].text).toBe(fs.readFileSync(path.join(ROOT, browser[key].file), "utf8"));
      expect(browser[key]).toEqual(read("catalog-data.json")[key]);
    }
  });

  it("is the catalog those tables load into", () => {
    const loaded = Catalog.load({ plans: [browser.plans], indicators: [browser.indicators], events: [browser.events] });
    const embedded = new Catalog(browser.parts);
    expect(embedded.parts()).toEqual(loaded.parts());
    expect(embedded.findIndicator("integrated circuits")?.code).toBe("IC");
    expect(embedded.findIndicator("集成电路")?.code).toBe("IC");
  });
});
