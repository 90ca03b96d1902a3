/**
 * The three leading industries' members (integrated circuits, biomedicine, AI) have no output series apart from their
 * industry's scale: "the output of integrated circuits surged 20 percent, that of AI rose 3 percent" reports each
 * industry's growth, as the group's output growth is the group's. So does its manufacturing's: "IC manufacturing rose
 * 6 percent", "the output value of the AI manufacturing industry grew 12.8 percent" are IC's and AI's growth (the
 * convention of both languages; biomedicine's manufacturing is a series of its own, BIO_MFG). Another segment of one is
 * not the industry: "IC design revenue grew 20 percent", "packaging and testing output rose 5 percent".
 */
import type { Indicator } from "../../catalog";
import type { Lookup } from "../lookup";

// a segment named right after the industry's name: its design, packaging and testing, equipment, materials
const SEGMENT_AFTER = /^[\s-]+(?:design|packag\w*|test(?:ing)?|equipment|materials?|wafers?|foundr\w*)\b/i;

/** The three leading industries' members, each a series of its own: the catalog's members of LEAD3 (IC, BIO, AI). */
export function leadingThree(lookup: Lookup): readonly string[] {
  return lookup.indicator("LEAD3")?.members ?? [];
}

/** Whether the words right after a leading industry's name make it a segment's ("IC design", "… packaging"). */
export function segmentAfter(lookup: Lookup, entry: Indicator, after: string): boolean {
  return leadingThree(lookup).includes(entry.code) && SEGMENT_AFTER.test(after);
}

const MAKING_AFTER = /^[\s-]+manufactur/i;

/** Whether the catalog holds the industry's making as a series apart ("biomedicine manufacturing": BIO_MFG). */
function makingApart(lookup: Lookup, entry: Indicator): boolean {
  return entry.aliases.some((alias) => {
    const making = `${alias} manufacturing`;
    return lookup.aliasesIn(making).some((a) => a.end - a.start === making.length && a.indicator.code !== entry.code);
  });
}

/** Whether the words name a leading industry for its output growth (its making's too; no other segment). */
export function leadingMember(lookup: Lookup, entry: Indicator, words: string): boolean {
  if (!leadingThree(lookup).includes(entry.code)) return false;
  const lower = words.toLowerCase();
  // (its making is a segment only where the catalog counts it apart)
  const apart = /manufactur/i.test(words) && makingApart(lookup, entry);
  const segment = (name: string, text: string) => {
    for (let at = text.indexOf(name); at >= 0; at = text.indexOf(name, at + 1)) {
      const after = words.slice(at + name.length, at + name.length + 24);
      if (SEGMENT_AFTER.test(after) || (apart && MAKING_AFTER.test(after))) return true;
    }
    return false;
  };
  return !entry.aliases.some((alias) => segment(alias, lower)) && !entry.acronyms.some((a) => segment(a, words));
}
