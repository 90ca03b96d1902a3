/** The run of figures a sentence joins by commas or "and" ("8.5%, 8.1% and 6.2%"), which "respectively" pairs up. */
import type { Context, Placed } from "./context";
import type { Sentence } from "./segments";

export interface FigureRun {
  /** the sentence's figures in text order */
  inSentence: Placed[];
  /** where the figure asked about, the run's first and its last figure are in `inSentence` */
  at: number;
  first: number;
  last: number;
}

/** The joined run of figures around `placed` in its sentence; null when `placed` is not among the sentence's figures. */
export function figureRunAround(
  ctx: Context,
  sentence: Sentence,
  placed: Placed,
  figures: readonly Placed[],
): FigureRun | null {
  const inSentence = figures
    .filter((p) => p.figure.start >= sentence.start && p.figure.end <= sentence.end)
    .sort((a, b) => a.figure.start - b.figure.start);
  const at = inSentence.indexOf(placed);
  if (at < 0) return null;
  const joined = (a: Placed, b: Placed) =>
    /^\s*(?:,\s*(?:and\s+)?|and\s+)$/i.test(ctx.text.slice(a.figure.end, b.figure.start));
  let first = at;
  while (first > 0 && joined(inSentence[first - 1], inSentence[first])) first--;
  let last = at;
  while (last < inSentence.length - 1 && joined(inSentence[last], inSentence[last + 1])) last++;
  return { inSentence, at, first, last };
}
