/** The catalog shipped in data/ (embedded at build time by scripts/embed-catalog.js), loaded once. */
import shipped from "../../generated/catalog-data.json";
import { Catalog } from "./catalog";
import type { DefinitionSource } from "./types";

interface ShippedCatalog {
  plans: DefinitionSource;
  indicators: DefinitionSource;
  events: DefinitionSource;
}

let loaded: Catalog | null = null;

/** The shipped definitions as text, as they are in data/ (for writers that show or re-read them). */
export function shippedDefinitions(): ShippedCatalog {
  return shipped as ShippedCatalog;
}

/** The shipped catalog; a broken data file throws a CatalogError naming the file, row and field. */
export function defaultCatalog(): Catalog {
  if (!loaded) {
    const files = shippedDefinitions();
    loaded = Catalog.load({ plans: [files.plans], indicators: [files.indicators], events: [files.events] });
  }
  return loaded;
}
