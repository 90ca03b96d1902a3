/**
 * A series the catalog keeps twice, as a share of two wholes: knowledge-intensive services' value added as a share of
 * the services' (KIS_SHARE) and of the whole economy's (KIS_GDP_SHARE). "Knowledge-intensive industries accounting
 * for 38 percent of the city's economic output" is the share of GDP, whatever word of the services names it.
 */
import type { AliasMatch } from "../lookup";
import type { Context } from "./context";
import type { Sentence } from "./segments";

/** The series of a share of services' value added, by the code of its twin share of GDP. */
const OF_ECONOMY: Record<string, string> = { KIS_SHARE: "KIS_GDP_SHARE" };

// "... making up 41 percent of the city's economic output", "40 % of the city's GDP", "of the economy"
const SHARE_OF_ECONOMY =
  /^[^.;\d]{0,60}?\d[\d.,]*\s*(?:%|percent|per cent)\s+of\s+(?:the\s+)?(?:(?:city|nation|country|region|municipality|[A-Z][a-z]+)['’]s\s+|its\s+)?(?:total\s+)?(?:GDP|gross (?:domestic|regional) product|economic output|economy|economic aggregate)\b/i;

/** The sentence's names, each share-of-services name whose share is taken of the whole economy read as its twin. */
export function sharesOfEconomy(ctx: Context, sentence: Sentence, aliases: AliasMatch[]): AliasMatch[] {
  if (!aliases.some((a) => a.indicator.code in OF_ECONOMY)) return aliases;
  return aliases.map((alias) => {
    const twin = OF_ECONOMY[alias.indicator.code];
    if (!twin || !SHARE_OF_ECONOMY.test(ctx.text.slice(alias.end, Math.min(sentence.end, alias.end + 120))))
      return alias;
    const indicator = ctx.lookup.indicator(twin);
    return indicator ? { ...alias, indicator } : alias;
  });
}
