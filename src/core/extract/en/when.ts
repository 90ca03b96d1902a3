/** The year a figure refers to. */
import type { Context, Placed } from "./context";
import { measureOf } from "./kind";
import type { Sentence, Span } from "./segments";
import type { YearMention } from "./years";

// "up 12 % from a year earlier", "compared with last year": the year of the comparison, not of the figure
const COMPARISON_BASE =
  /\b(?:from|than|compared (?:with|to)|over|on|against|versus|vs\.?)\s+(?:the same (?:period|time) (?:of\s+)?)?$/i;

function yearMentionsIn(ctx: Context, span: Span, isChange = false): YearMention[] {
  return ctx.years.filter(
    (y) =>
      y.start >= span.start &&
      y.end <= span.end &&
      !(isChange && COMPARISON_BASE.test(ctx.text.slice(Math.max(0, y.start - 40), y.start))),
  );
}

/** The year a figure refers to: its own clause first, then the rest of its sentence. */
export function yearOf(ctx: Context, sentence: Sentence, placed: Placed, lookAhead: boolean): YearMention | null {
  const { figure, clauseIndex } = placed;
  // a rate of change is dated by its own year, not by the year it is compared with
  const isChange = figure.cls === "percent" && measureOf(figure, sentence.clauses[clauseIndex].text) === "growth";
  const nearest = (mentions: YearMention[]) =>
    mentions.reduce<YearMention | null>((best, y) => {
      const distance = y.start >= figure.end ? y.start - figure.end : figure.start - y.end;
      const bestDistance = best
        ? best.start >= figure.end
          ? best.start - figure.end
          : figure.start - best.end
        : Infinity;
      return distance < bestDistance ? y : best;
    }, null);
  const own = nearest(yearMentionsIn(ctx, sentence.clauses[clauseIndex], isChange));
  if (own) return own;
  for (let i = clauseIndex - 1; i >= 0; i--) {
    const found = nearest(yearMentionsIn(ctx, sentence.clauses[i], isChange));
    if (found) return found;
  }
  for (let i = clauseIndex + 1; lookAhead && i < sentence.clauses.length; i++) {
    const found = nearest(yearMentionsIn(ctx, sentence.clauses[i], isChange));
    if (found) return found;
  }
  return null;
}
