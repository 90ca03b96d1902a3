/**
 * "Shanghai reached 1.51 million new energy vehicles by the end of 2024": vehicles on the road, not vehicles made.
 * A count of what is made (an "output" series) whose paragraph says nothing was made, and whose sentence states a
 * stock at a moment, is the catalog's stock of the same things: the series named "X in use" for an alias X of the
 * output series (data, not code: any catalog that defines "widgets in use" beside "widgets" gets the same reading).
 */
import type { Indicator } from "../../catalog";
import type { CatalogData, Lookup } from "../lookup";

// "by the end of 2024", "as of June", "on its roads", "in use", "the fleet", "the number of NEVs in the city"
const STATES_STOCK =
  /\b(?:by the end of|at the end of|as of|on (?:the|its|their) roads?|in use|fleet|ownership|owned|cumulative(?:ly)?|in total|total number of|number of [\w\s-]{3,40}? in the (?:city|province|municipality|country))\b/i;
// said of the things themselves, these make a stock even where the paragraph also tells what was made: "has
// accumulated 900,000 NEVs", "a total of 800,000 NEVs have been promoted", "the number of NEVs in Shenzhen reached"
const SAYS_STOCK =
  /\b(?:accumulat\w*|cumulative(?:ly)?|in use|on (?:the|its|their) roads?|fleet|number of [\w\s-]{3,40}? in (?:the (?:city|province|municipality|country)|[A-Z][a-z]+)\b|ha(?:s|ve)\s+(?:been\s+)?promoted|(?:a total of|in total|in all|so far|to date)\b[^;]*\bpromoted|promoted\b[^;]*\b(?:in total|in all|so far|to date))/;
// "promoted 120,400 NEVs last year", "in 2023 alone": one period's additions
const ONE_PERIOD = /\b(?:(?:last|this|that|the past) year|alone|in (?:19|20)\d\d)\b/i;
// a flow in the period: vehicles newly registered, sold, bought or added are not the stock
const FLOW =
  /\b(?:new (?:NEVs?|new[-\s]energy)|newly|registered|registrations?|sold|sales|purchased|bought|added|adding|produc\w*|output)\b/i;

const stocks = new WeakMap<CatalogData, Map<string, Indicator>>();

/** The catalog's "X in use" series for each count series that has one, by the count series' code. */
function stockSeries(catalog: CatalogData): Map<string, Indicator> {
  let found = stocks.get(catalog);
  if (found) return found;
  found = new Map();
  const inUse = catalog.indicators.filter((entry) => entry.unitClass === "count");
  for (const entry of inUse) {
    const stock = inUse.find(
      (other) =>
        other !== entry &&
        other.unit === entry.unit &&
        other.region === entry.region &&
        entry.aliases.some((alias) => other.aliases.some((o) => o.toLowerCase() === `${alias.toLowerCase()} in use`)),
    );
    if (stock) found.set(entry.code, stock);
  }
  stocks.set(catalog, found);
  return found;
}

/** The stock series a figure of an output series is about, when its sentence states a stock and no flow. */
export function stockOf(lookup: Lookup, output: Indicator, clause: string): Indicator | undefined {
  if (!STATES_STOCK.test(clause) || FLOW.test(clause)) return undefined;
  return stockSeries(lookup.catalog).get(output.code);
}

/** The stock series, when the figure's own clause says the things are a stock and says nothing of a flow. */
export function saidStockOf(lookup: Lookup, output: Indicator, clause: string): Indicator | undefined {
  if (!SAYS_STOCK.test(clause) || FLOW.test(clause) || ONE_PERIOD.test(clause)) return undefined;
  return stockSeries(lookup.catalog).get(output.code);
}

/** Whether a series is a stock ("X in use") of some count series: a level at a moment, never a part year's sum. */
export function isStockSeries(lookup: Lookup, entry: Indicator): boolean {
  for (const stock of stockSeries(lookup.catalog).values()) if (stock === entry) return true;
  return false;
}
