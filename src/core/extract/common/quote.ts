/**
 * The quote of a fact: its sentence, or — where the text has no sentence ends (PDF tables, run-on lists) — the
 * clause around its figure, cut to at most MAX_QUOTE_LENGTH characters on word boundaries.
 */
import type { Draft, Span } from "./facts";

export const MAX_QUOTE_LENGTH = 400;

function trimmed(text: string, start: number, end: number): Span {
  while (start < end && /\s/.test(text[start])) start++;
  while (end > start && /\s/.test(text[end - 1])) end--;
  return { start, end };
}

/** A window of at most `max` characters around the figure, not cutting words (the figure itself is never cut). */
function windowAround(text: string, within: Span, figure: Span, max: number): Span {
  const room = Math.max(0, max - (figure.end - figure.start));
  let start = Math.max(within.start, figure.start - Math.floor(room / 2));
  let end = Math.min(within.end, figure.end + (room - (figure.start - start)));
  start = Math.max(within.start, Math.min(start, end - max));
  if (start > within.start && /\S/.test(text[start - 1])) {
    const space = text.slice(start, figure.start).search(/\s/);
    if (space >= 0) start += space + 1;
  }
  if (end < within.end && /\S/.test(text[end])) {
    const lastSpace = text.slice(figure.end, end).search(/\s\S*$/);
    if (lastSpace >= 0) end = figure.end + lastSpace;
  }
  return trimmed(text, start, end);
}

export function quoteOf(text: string, draft: Draft, max = MAX_QUOTE_LENGTH): Span {
  const { sentence, clause, figure } = draft;
  if (sentence.end - sentence.start <= max) return sentence;
  if (clause.end - clause.start <= max) return clause;
  return windowAround(text, clause, figure, max);
}
