/**
 * The catalog of DESIGN.md "Plans and indicators": plans, indicator series and signing-event series, loaded
 * from data/*.csv and extended by the analyst's own definitions (Indicators sheet, --catalog FILE, the pane).
 *
 * New code takes a `Catalog` (the document context's, the dataset's, the store's) and asks it:
 * `catalog.findIndicator`, `catalog.planOf(region, year)`, `catalog.plansOf(indicator)`, ...
 * The named exports below (INDICATORS, findIndicator, ...) answer over the shipped catalog, for code that has
 * not switched yet.
 */
import { defaultCatalog } from "./default";
import type { EventSeries, Indicator, Plan, SigningEvent } from "./types";

export { Catalog, LoadResult, eventOf, type DateLike } from "./catalog";
export { defaultCatalog, shippedDefinitions } from "./default";
export {
  INDICATOR_COLUMNS,
  INDICATOR_OPTIONAL_COLUMNS,
  PLAN_COLUMNS,
  EVENT_COLUMNS,
  EVENT_OPTIONAL_COLUMNS,
  type DefinitionSources,
  type CatalogParts,
} from "./load";
export { parseCsv, readDefinitionRows } from "./table";
export { normalise as normaliseName, unitClassOf } from "./fields";
export * from "./types";
export * from "./define";

/** The shipped indicators (use a Catalog's `indicators` to include the analyst's own). */
export const INDICATORS: readonly Indicator[] = defaultCatalog().indicators;
export const EVENT_SERIES: readonly EventSeries[] = defaultCatalog().events;
export const PLANS: readonly Plan[] = defaultCatalog().plans;

export function findIndicator(codeOrAlias: string): Indicator | undefined {
  return defaultCatalog().findIndicator(codeOrAlias);
}

export function getIndicator(code: string): Indicator {
  return defaultCatalog().getIndicator(code);
}

export function findEvent(code: string): SigningEvent | undefined {
  return defaultCatalog().findEvent(code);
}

export function indicatorsOfRegion(region?: string): Indicator[] {
  return defaultCatalog().indicatorsOfRegion(region);
}

/** Baseline year of a plan, or of an indicator's first plan: the year before the period starts. */
export function baselineYear(entry: Indicator | Plan): number {
  return entry.periodStart - 1;
}

/**
 * A ratio series of rates of change (GDP growth, budget revenue growth, consumer prices), whose figures are
 * year-on-year rates, not shares: its name or code says so.
 */
export function isRateOfChangeSeries(entry: { unitClass: string; name?: string; code: string }): boolean {
  return (
    entry.unitClass === "ratio" &&
    /\b(?:growth|increase|rise|change|price|prices|inflation)\b|_GROWTH$|^CPI$/i.test(
      `${entry.name ?? ""} ${entry.code}`,
    )
  );
}

/** The measure a series' own figures have: levels, shares, or (for rates of change) growth. */
export function measureOfSeries(entry: {
  unitClass: string;
  name?: string;
  code: string;
}): "level" | "share" | "growth" {
  if (entry.unitClass !== "ratio") return "level";
  return isRateOfChangeSeries(entry) ? "growth" : "share";
}
