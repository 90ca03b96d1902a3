/**
 * "Beijing and Shanghai recorded ... Both cities' GDPs topped 4 trillion yuan, growing 8.5% and 8.1%, respectively":
 * the n-th figure of a "respectively" pair belongs to the n-th place of the pair named before, in its order.
 */
import type { Context, Placed } from "./context";
import { figureRunAround } from "./figure-run";
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
  const run = figureRunAround(ctx, sentence, placed, figures);
  if (!run) return undefined;
  const { inSentence, at, first, last } = run;
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
