/**
 * A catalog total named by listing all its members as one subject: "the combined output value of integrated circuits,
 * biomedicine and AI rose 9.6 percent", "the three leading industries, namely integrated circuits, biomedicine and AI,
 * recorded a 9.6 percent increase" report the total's figure (LEAD3), not the last member's. The rule: where every
 * member of a total (the catalog's members column) is named in one run joined only by commas, "and" and parentheses,
 * and the run follows the total's own name in apposition ("namely", "including", "--", a parenthesis) or a word of
 * adding up ("combined", "total", "joint" … "of"), the run names the total. A "respectively" sentence keeps its
 * members: each of its figures is one member's.
 */
import type { Indicator } from "../../catalog";
import type { AliasMatch, CatalogData } from "../lookup";
import type { Context } from "./context";
import type { Sentence } from "./segments";

// what may stand between two members of the run: "integrated circuits, biomedicine, and artificial intelligence (AI)"
const JOINER = /^\s*(?:,\s*(?:and\s+|as well as\s+)?|\s+and\s+|\s+as well as\s+|\(\s*|\)\s*,?\s*(?:and\s+)?)$/i;
// the total's name right before the run: "the three leading industries in Shanghai, namely", "… (", "… --", "… with"
const APPOSITION =
  /^(?:\s+in\s+[A-Z][\w-]*)?\s*(?:,\s*(?:namely|including|i\.e\.|that is)[,:]?|\(|--|—|–|:|,?\s*with)\s*$/;
// a word of adding up before the run: "the combined output value of", "the total industrial output of"
const ADDING_UP = /\b(?:combined|total|joint|aggregate)\s+(?:[\w-]+\s+){0,3}(?:of|from|by)\s+(?:the\s+)?$/i;

/** The sentence's names with each listed run of a total's members replaced by the total. */
export function listedMembers(ctx: Context, sentence: Sentence, aliases: AliasMatch[]): AliasMatch[] {
  if (aliases.length < 3 || /\brespectively\b/i.test(sentence.text)) return aliases;
  let out = aliases;
  for (const total of totalsOf(ctx.lookup.catalog)) {
    const run = memberRun(ctx, out, total.members);
    if (!run) continue;
    const [first, last] = [out[run[0]], out[run[1]]];
    const before = ctx.text.slice(Math.max(sentence.start, first.start - 80), first.start);
    const named = out.find((a) => a.indicator.code === total.code && a.end <= first.start);
    const apposed = named && APPOSITION.test(ctx.text.slice(named.end, first.start));
    if (!apposed && !ADDING_UP.test(before)) continue;
    const kept = out.filter((_, i) => i < run[0] || i > run[1]);
    // (the total's name stands where the run's last name does, in the clause of the figure after it, even where the
    // total's own name before the run is in another clause: "The three leading industries—A, B and C—crossed …")
    kept.push({ ...last, indicator: total });
    out = kept.sort((a, b) => a.start - b.start);
  }
  return out;
}

const TOTALS = new WeakMap<CatalogData, Indicator[]>();

/** The catalog's totals of members (LEAD3: IC, BIO, AI), read once per catalog. */
function totalsOf(catalog: CatalogData): Indicator[] {
  let totals = TOTALS.get(catalog);
  if (!totals) TOTALS.set(catalog, (totals = catalog.indicators.filter((i) => i.members.length > 0)));
  return totals;
}

/** The first run of consecutive names (indexes, inclusive) holding every member and nothing else, joined only by JOINER. */
function memberRun(ctx: Context, aliases: AliasMatch[], members: readonly string[]): [number, number] | null {
  for (let i = 0; i < aliases.length; i++) {
    if (!members.includes(aliases[i].indicator.code)) continue;
    const seen = new Set<string>([aliases[i].indicator.code]);
    let j = i;
    while (j + 1 < aliases.length && members.includes(aliases[j + 1].indicator.code)) {
      if (!JOINER.test(ctx.text.slice(aliases[j].end, aliases[j + 1].start))) break;
      seen.add(aliases[++j].indicator.code);
    }
    if (members.every((m) => seen.has(m))) return [i, j];
    i = j;
  }
  return null;
}
