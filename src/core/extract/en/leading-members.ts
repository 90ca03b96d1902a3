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

/** The catalog's series of the industry's making, where it holds one apart ("biomedicine manufacturing": BIO_MFG). */
function makingSeries(lookup: Lookup, entry: Indicator): Indicator | undefined {
  for (const alias of entry.aliases) {
    const making = `${alias} manufacturing`;
    const match = lookup
      .aliasesIn(making)
      .find((a) => a.end - a.start === making.length && a.indicator.code !== entry.code);
    if (match) return match.indicator;
  }
  return undefined;
}

const makingApart = (lookup: Lookup, entry: Indicator): boolean => makingSeries(lookup, entry) !== undefined;

// the group's figure of its making: "the three leading industries' manufacturing output", "manufacturing (industrial)
// output of the three leading industries", "output value in the three leading manufacturing industries"
const GROUP_MAKING =
  /\b(?:manufacturing|industrial)\s+output(?:\s+value)?\s+(?:of|in|from)\s+(?:the\s+)?(?:city['’]s\s+)?three\b|\bthree\s+(?:leading|pioneering)\s+(?:manufacturing\s+)?industries['’]?\s+(?:combined\s+)?(?:manufacturing|industrial)\s+output|\bthree\s+(?:leading|pioneering)\s+manufacturing\s+industries\b/i;
const SCALE = /\b(?:scale|size)\b/i;

/**
 * MEMBER_MAKING: in a list of the three leading industries' manufacturing output growth ("the three leading industries'
 * manufacturing output rose 9.1 percent, with IC up 15 percent, AI 12 percent and biomedicine 2.8 percent"), a member
 * whose making the catalog holds apart is that series (biomedicine: BIO_MFG), the figure being of manufacturing output;
 * IC and AI, with none of their own, stay the member, as does a member's figure of its industry's scale. The group's
 * figure is looked for in the paragraph's 300 characters before the name.
 */
export function memberMaking(
  lookup: Lookup,
  entry: Indicator,
  measure: string,
  text: string,
  nameStart: number,
  figureStart: number,
): Indicator | undefined {
  if (measure !== "growth" || !leadingThree(lookup).includes(entry.code)) return undefined;
  const from = Math.max(text.lastIndexOf("\n", nameStart) + 1, nameStart - 300);
  if (!GROUP_MAKING.test(text.slice(from, nameStart)) || SCALE.test(text.slice(nameStart, figureStart)))
    return undefined;
  return makingSeries(lookup, entry);
}

/**
 * "Industrial output rose 4.1 percent. It was lifted by biomedicine, up 6.2 percent": a leading industry's rate in a
 * story of industrial output is its manufacturing's, the series the catalog holds for it (BIO_MFG) or, with none
 * apart (IC, AI), the member itself; undefined for any other series.
 */
export function memberOutput(lookup: Lookup, entry: Indicator): Indicator | undefined {
  if (!leadingThree(lookup).includes(entry.code)) return undefined;
  return makingSeries(lookup, entry) ?? entry;
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
