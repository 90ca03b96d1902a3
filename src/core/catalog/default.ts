/** The catalog shipped in data/ (embedded at build time by scripts/embed-catalog.js), loaded once. */
import shipped from "../../generated/catalog-data.json";
import { Catalog } from "./catalog";
import type { CatalogParts } from "./load";
import type { DefinitionSource } from "./types";

interface ShippedCatalog {
  plans: DefinitionSource;
  indicators: DefinitionSource;
  events: DefinitionSource;
  /** the add-in's build only (catalog-data.browser.json): the same tables, validated and parsed at build time */
  parts?: CatalogParts;
}

let loaded: Catalog | null = null;

/** The shipped definitions as text, as they are in data/ (for writers that show or re-read them). */
export function shippedDefinitions(): Omit<ShippedCatalog, "parts"> {
  const { plans, indicators, events } = shipped as ShippedCatalog;
  return { plans, indicators, events };
}

/** The shipped catalog; a broken data file throws a CatalogError naming the file, row and field. */
export function defaultCatalog(): Catalog {
  if (!loaded) {
    const files = shipped as ShippedCatalog;
    loaded = files.parts
      ? new Catalog(files.parts)
      : Catalog.load({ plans: [files.plans], indicators: [files.indicators], events: [files.events] });
  }
  return loaded;
}
