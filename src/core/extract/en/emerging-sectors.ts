/**
 * China's strategic emerging industries are reported by sector: new energy, high-end equipment, new materials,
 * new-generation information technology, energy saving and environmental protection, digital creativity, and new
 * energy vehicles. "Production of new-energy vehicles, new energy and high-end equipment grew 40, 20 and 10 percent":
 * vehicles listed among the other sectors are the sector (its output value), not a count of cars; "output of NEVs,
 * industrial robots and solar cells" lists products, and the vehicles stay counted.
 */
import type { AliasMatch } from "../lookup";
import type { Context } from "./context";

// another sector of the list, right after the name (", new energy and ...", " and high-end equipment")
const NEXT_SECTOR =
  /^\s*(?:,|and|,\s*and)\s+(?:the\s+)?(?:new[\s-]energy(?![\s-]+(?:vehicles?|cars?|autos?))|high[\s-]end equipment(?! manufactur)|new materials|new[\s-]generation information technolog(?:y|ies)|energy (?:saving|conservation)|environmental protection|digital creativ\w*)\b/i;
// the sector the list's name follows ("new energy, new-energy vehicles and new materials")
const SECTOR_BEFORE =
  /(?:\bnew[\s-]energy|high[\s-]end equipment|new materials|information technolog(?:y|ies)|environmental protection|digital creativ\w*)\s*,\s*(?:and\s+)?(?:the\s+)?$/i;

/** Whether the name stands in a list of strategic emerging sectors. */
export function amongSectors(ctx: Context, alias: AliasMatch): boolean {
  return (
    NEXT_SECTOR.test(ctx.text.slice(alias.end, alias.end + 60)) ||
    SECTOR_BEFORE.test(ctx.text.slice(Math.max(0, alias.start - 50), alias.start))
  );
}
