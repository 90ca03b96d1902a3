/**
 * The three leading industries' members (integrated circuits, biomedicine, AI) have no output series apart from their
 * industry's scale: "the output of integrated circuits surged 20 percent, that of AI rose 3 percent" reports each
 * industry's growth, as the group's output growth is the group's. A segment of one is not the industry: "IC
 * manufacturing rose 6 percent" (wafer making, beside design and packaging).
 */
import type { Indicator } from "../../catalog";
import { LEAD3_PARTS } from "./other-names";

const MAKING_AFTER = /^\s+manufactur/i;

/** Whether the words name the series, a leading industry, for its output growth (and not a segment of it). */
export function leadingMember(entry: Indicator, words: string): boolean {
  if (!LEAD3_PARTS.includes(entry.code)) return false;
  const lower = words.toLowerCase();
  const segment = (name: string, text: string) => {
    const at = text.indexOf(name);
    return at >= 0 && MAKING_AFTER.test(words.slice(at + name.length, at + name.length + 16));
  };
  return !entry.aliases.some((alias) => segment(alias, lower)) && !entry.acronyms.some((a) => segment(a, words));
}
