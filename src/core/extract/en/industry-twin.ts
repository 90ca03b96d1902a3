/**
 * "the output of new-energy vehicles and new-energy industries", "the new energy vehicle sector": a series that counts
 * what is made, named as an industry, is the industry's value, its money twin (NEV -> NEV_VALUE).
 */
import type { AliasMatch } from "../lookup";
import type { Context } from "./context";

// the name itself followed by the industry's word, or joined by "and" to a list that ends on it
const AS_INDUSTRY =
  /^\s*(?:industry|industries|sector|sectors)\b|^\s+and\s+(?:[\w-]+\s+){0,3}?(?:industries|sectors)\b/i;

/** The aliases, each count series named as an industry replaced by its money twin. */
export function asIndustries(ctx: Context, aliases: AliasMatch[]): AliasMatch[] {
  if (!aliases.some((a) => a.indicator.twin && a.indicator.unitClass === "count")) return aliases;
  return aliases.map((alias) => {
    const { indicator } = alias;
    if (!indicator.twin || indicator.unitClass !== "count") return alias;
    if (!AS_INDUSTRY.test(ctx.text.slice(alias.end, alias.end + 60))) return alias;
    const twin = ctx.lookup.indicator(indicator.twin);
    return twin && twin.unitClass === "money" ? { ...alias, indicator: twin } : alias;
  });
}
