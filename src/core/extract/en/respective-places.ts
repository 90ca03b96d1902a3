/**
 * "Beijing and Shanghai recorded ... Both cities' GDPs topped 4 trillion yuan, growing 8.5% and 8.1%, respectively":
 * the n-th figure of a "respectively" pair belongs to the n-th place of the pair named before, in its order.
 */
import type { Context, Placed } from "./context";
import { REGIONS } from "./regions";
import type { Sentence } from "./segments";

const PLACE = `(${REGIONS.map((r) => r.replace(/'/g, "['’]")).join("|")})`;
// the last "A and B" (or "A, B and C") pair of places before the sentence
const PAIR = new RegExp(`\\b${PLACE}(?:,\\s*${PLACE})?,?\\s+and\\s+${PLACE}\\b`, "g");
// "both cities", "the two provinces", "the three regions": the sentence speaks of the places together
const TOGETHER =
  /\b(?:both|the two|the three|these two|these three|the pair of)\s+(?:cities|city['’]s|cities['’]|provinces|provinces['’]|regions|regions['’]|municipalities|places)/i;

/** Whether a sentence speaks of places together ("both cities' GDPs"): its "respectively" then pairs places. */
export function placesTogether(text: string): boolean {
  return text.includes("respectively") && TOGETHER.test(text);
}

/** The place of a figure in a "respectively" list that pairs with places named together earlier, else undefined. */
export function respectivePlace(
  ctx: Context,
  sentence: Sentence,
  placed: Placed,
  figures: readonly Placed[],
): string | undefined {
  if (!placesTogether(sentence.text)) return undefined;
  const inSentence = figures
    .filter((p) => p.figure.start >= sentence.start && p.figure.end <= sentence.end)
    .sort((a, b) => a.figure.start - b.figure.start);
  const at = inSentence.indexOf(placed);
  if (at < 0) return undefined;
  // the list: the figures joined by "and" or commas around this one
  const joined = (a: Placed, b: Placed) =>
    /^\s*(?:,\s*(?:and\s+)?|and\s+)$/i.test(ctx.text.slice(a.figure.end, b.figure.start));
  let first = at;
  while (first > 0 && joined(inSentence[first - 1], inSentence[first])) first--;
  let last = at;
  while (last < inSentence.length - 1 && joined(inSentence[last], inSentence[last + 1])) last++;
  if (last === first || !/^\W*respectively\b/i.test(ctx.text.slice(inSentence[last].figure.end, sentence.end)))
    return undefined;
  const paragraphStart = ctx.text.lastIndexOf("\n", sentence.start - 1) + 1;
  const before = ctx.text.slice(Math.max(paragraphStart, sentence.start - 1200), sentence.end);
  let pair: string[] | undefined;
  PAIR.lastIndex = 0;
  for (let m = PAIR.exec(before); m; m = PAIR.exec(before)) pair = [m[1], m[2], m[3]].filter(Boolean);
  if (!pair || pair.length !== last - first + 1) return undefined;
  return pair[at - first];
}
