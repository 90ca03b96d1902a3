/**
 * The three leading industries' members (integrated circuits, biomedicine, AI) have no output series apart from their
 * industry's scale: "the output of integrated circuits surged 20 percent, that of AI rose 3 percent" reports each
 * industry's growth, as the group's output growth is the group's. A segment of one is not the industry: "IC
 * manufacturing rose 6 percent" (wafer making, beside design and packaging).
 */
import type { Indicator } from "../../catalog";
import type { Lookup } from "../lookup";

const MAKING_AFTER = /^\s+manufactur/i;

/** The three leading industries' members, each a series of its own: the catalog's members of LEAD3 (IC, BIO, AI). */
export function leadingThree(lookup: Lookup): readonly string[] {
  return lookup.indicator("LEAD3")?.members ?? [];
}

/** Whether the words name the series, a leading industry, for its output growth (and not a segment of it). */
export function leadingMember(lookup: Lookup, entry: Indicator, words: string): boolean {
  if (!leadingThree(lookup).includes(entry.code)) return false;
  const lower = words.toLowerCase();
  const segment = (name: string, text: string) => {
    const at = text.indexOf(name);
    return at >= 0 && MAKING_AFTER.test(words.slice(at + name.length, at + name.length + 16));
  };
  return !entry.aliases.some((alias) => segment(alias, lower)) && !entry.acronyms.some((a) => segment(a, words));
}
