/** Places the figures of a sentence in their clauses; bare numbers become counts only when the sentence says what they count. */
import type { Context, Placed } from "./context";
import { COUNTED_NOUNS, findFigures } from "./figures";
import type { Sentence } from "./segments";

export function clauseOf(sentence: Sentence, position: number): number {
  const index = sentence.clauses.findIndex((clause) => position >= clause.start && position < clause.end);
  return index >= 0 ? index : Math.max(0, sentence.clauses.length - 1);
}

// "the number of projects signed live at the venue numbered 66"
const NUMBER_OF = new RegExp(
  `\\bnumber of ((?:[\\w'’-]+\\s+){0,8}?)?(${COUNTED_NOUNS})\\b([^.;]*?)\\s+(?:numbered|stands at|stood at|totaled|totalled|reached|was|were|hit|came to|rose to|grew to)\\s*$`,
  "i",
);

/** Bare numbers become counts only when the sentence says what they count. */
export function placeFigures(ctx: Context, sentence: Sentence): Placed[] {
  const placed: Placed[] = [];
  let lastNoun: string | undefined;
  for (const figure of findFigures(ctx.text, sentence.start, sentence.end)) {
    const clauseIndex = clauseOf(sentence, figure.start);
    const before = ctx.text.slice(sentence.start, figure.start);
    if (figure.points) continue;
    if (
      figure.cls === "money" &&
      /\bnumber of\b(?![^,;]*\b(?:numbered|stands at|stood at|was|were|is|are)\b)[^,;]*$/i.test(before)
    ) {
      continue; // "the number of projects worth over ¥5 billion": a threshold, not a figure
    }
    if (figure.cls === "count") lastNoun = figure.unit;
    if (figure.cls !== "bare") {
      placed.push({ figure, clauseIndex });
      continue;
    }
    const numberOf = NUMBER_OF.exec(before);
    if (numberOf) {
      const noun = numberOf[2].toLowerCase().replace(/^project$/, "projects");
      const subject = `${numberOf[1] ?? ""}${numberOf[2]}${numberOf[3]}`.trim();
      placed.push({ figure: { ...figure, cls: "count", unit: noun }, clauseIndex, inferredSubject: subject });
      lastNoun = noun;
      continue;
    }
    const remaining = /\b(the remaining|another|the other|the rest of the|a further)\s*$/i.exec(before);
    if (remaining && lastNoun) {
      const clause = sentence.clauses[clauseIndex];
      const phraseStart = figure.start - remaining[0].length + (remaining[0].length - remaining[0].trimStart().length);
      const nextFigureAt =
        findFigures(ctx.text, figure.end, clause.end).find((f) => f.cls === "money")?.start ?? clause.end;
      const subject = ctx.text
        .slice(phraseStart, nextFigureAt)
        .replace(/\s+(?:totaled|totalled|worth|valued at|with)?\s*$/i, "")
        .trim();
      placed.push({ figure: { ...figure, cls: "count", unit: lastNoun }, clauseIndex, inferredSubject: subject });
    }
  }
  return placed;
}
