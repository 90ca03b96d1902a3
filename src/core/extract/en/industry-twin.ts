/**
 * "the output of new-energy vehicles and new-energy industries", "the new energy vehicle sector": a series that counts
 * what is made, named as an industry, is the industry's value, its money twin (NEV -> NEV_VALUE). So is the name
 * after "the output value of" or before "output value": "the output value of NEVs rose 30 percent" is the value's
 * growth, not the vehicles'.
 */
import type { AliasMatch } from "../lookup";
import type { Context } from "./context";
import { amongSectors } from "./emerging-sectors";

// the name itself followed by the industry's word, or joined by "and" to a list that ends on it
const AS_INDUSTRY =
  /^\s*(?:industry|industries|sector|sectors|(?:industrial\s+|gross\s+)?output\s+value)\b|^\s+and\s+(?:[\w-]+\s+){0,3}?(?:industries|sectors)\b/i;
// "the output value of (the city’s) new energy vehicles", "the value of Shanghai’s NEVs"
const VALUE_OF =
  /\b(?:output\s+)?value\s+of\s+(?:the\s+)?(?:(?:city|region|province|country|nation)['’]s\s+|[A-Z][a-z]+['’]s\s+)?$/i;

// a new statement between the name and the figure: "...; the output reached 550,000 units, up 170 percent"
const NEW_MEASURE = /;|\b(?:output|production)\b(?!\s+value)/i;

/**
 * The aliases, each count series named as an industry replaced by its money twin; a name after "the output value
 * of" only for a figure after it (at `figureStart`) with no new statement between.
 */
export function asIndustries(ctx: Context, aliases: AliasMatch[], figureStart?: number): AliasMatch[] {
  if (!aliases.some((a) => a.indicator.twin && a.indicator.unitClass === "count")) return aliases;
  return aliases.map((alias) => {
    const { indicator } = alias;
    if (!indicator.twin || indicator.unitClass !== "count") return alias;
    const named = AS_INDUSTRY.test(ctx.text.slice(alias.end, alias.end + 60)) || amongSectors(ctx, alias);
    if (!named && !valueOf(ctx, alias, figureStart)) return alias;
    const twin = ctx.lookup.indicator(indicator.twin);
    return twin && twin.unitClass === "money" ? { ...alias, indicator: twin } : alias;
  });
}

function valueOf(ctx: Context, alias: AliasMatch, figureStart: number | undefined): boolean {
  if (figureStart === undefined || alias.end > figureStart) return false;
  if (NEW_MEASURE.test(ctx.text.slice(alias.end, figureStart))) return false;
  return VALUE_OF.test(ctx.text.slice(Math.max(0, alias.start - 40), alias.start));
}
