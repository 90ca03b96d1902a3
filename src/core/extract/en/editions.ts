/** Which edition of a signing event a sentence means: "the 2020 SCE", "the first SCE" (counted from its first year). */
import type { EventMention, Lookup } from "../lookup";

const ORDINALS = ["first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth", "tenth"];
const YEAR_BEFORE = /\b((?:19|20)\d\d)\s+$/;
const ORDINAL_BEFORE =
  /\b(first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|inaugural|(\d{1,2})(?:st|nd|rd|th))\s+(?:(?:session|edition)\s+of\s+(?:the\s+)?)?$/i;
// "Since 2018, the annual Smart China Expo", "The first session of SCE was held in 2018", "SCE was first held in 2018"
const SINCE_BEFORE = /\bSince ((?:19|20)\d\d),?\s+(?:the\s+)?(?:annual\s+)?$/i;
const FIRST_BEFORE = /\b(?:first|inaugural)\s+(?:session|edition)\s+of\s+(?:the\s+)?$/i;
const HELD_AFTER = /^[^.;]{0,60}?\bwas (?:held|launched|opened) in ((?:19|20)\d\d)\b/i;
const FIRST_HELD_AFTER = /^[^.;]{0,60}?\bwas first (?:held|launched|opened) in ((?:19|20)\d\d)\b/i;

/** The year of each event series' first edition, where the document states it. */
export function firstEditions(lookup: Lookup, text: string, mentions = lookup.eventsIn(text)): Map<string, number> {
  const first = new Map<string, number>();
  for (const mention of mentions) {
    if (first.has(mention.prefix)) continue;
    const before = text.slice(Math.max(0, mention.start - 60), mention.start);
    const after = text.slice(mention.start, mention.start + 100);
    const year =
      SINCE_BEFORE.exec(before)?.[1] ??
      (FIRST_BEFORE.test(before) ? HELD_AFTER.exec(after)?.[1] : undefined) ??
      FIRST_HELD_AFTER.exec(after)?.[1];
    if (year) first.set(mention.prefix, Number(year));
  }
  return first;
}

/** The edition a mention in the sentence names: its year, or its ordinal counted from the first edition's year. */
export function editionOf(
  sentenceText: string,
  mentions: EventMention[],
  first: Map<string, number>,
): { prefix: string; year: number } | null {
  for (const mention of mentions) {
    const before = sentenceText.slice(Math.max(0, mention.start - 40), mention.start);
    const written = YEAR_BEFORE.exec(before);
    if (written) return { prefix: mention.prefix, year: Number(written[1]) };
    const ordinal = ORDINAL_BEFORE.exec(before);
    const start = first.get(mention.prefix);
    if (ordinal && start !== undefined) {
      const word = ordinal[1].toLowerCase();
      const n = ordinal[2] ? Number(ordinal[2]) : word === "inaugural" ? 1 : ORDINALS.indexOf(word) + 1;
      return { prefix: mention.prefix, year: start + n - 1 };
    }
  }
  return null;
}
