/**
 * Whose document it is when the caller gives no region: the place its title names, else the first place its opening
 * names twice in the text, or a district its opening names twice. A work report "……在上海市第十六届人民代表大会……" is
 * Shanghai's, so its 全市生产总值 is Shanghai's GDP, as a reader takes it; 浦东新区区长…作政府工作报告 is Pudong's, whose
 * figures are then no city series; a story that names a place once in passing keeps no region of its own.
 */
import { regionMentions as englishMentions } from "./en/regions";
import { regionMentions as chineseMentions } from "./zh/cues";
import { subAreaMentions } from "./zh/sub-areas";

/** How much of a document's start counts as its opening (a title, a dateline, a lead sentence). */
const OPENING_LENGTH = 300;

function mentions(text: string): string[] {
  return [...chineseMentions(text), ...englishMentions(text)];
}

function count(names: string[], name: string): number {
  return names.filter((n) => n === name).length;
}

export function regionOfDocument(text: string): string | null {
  const opening = text.slice(0, OPENING_LENGTH);
  const districts = subAreaMentions(opening);
  const district = districts.find((d) => count(districts, d) >= 2);
  if (district) return district;
  const lineEnd = opening.indexOf("\n");
  const inTitle = [...new Set(mentions(lineEnd > 0 ? opening.slice(0, lineEnd) : ""))];
  if (inTitle.length === 1) return inTitle[0];
  const candidates = inTitle.length > 1 ? inTitle : [...new Set(mentions(opening))];
  if (candidates.length === 0) return null;
  const all = mentions(text);
  return candidates.find((place) => count(all, place) >= 2) ?? (inTitle.length > 1 ? inTitle[0] : null);
}
