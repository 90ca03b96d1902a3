/** Lists answered by "respectively": which item of the list, and which words of its head, a figure is about. */
import type { Context, Placed } from "./context";
import { figureRunAround } from "./figure-run";
import { onlyGenericWords } from "./generic-words";
import { placesTogether } from "./respective-places";
import { question, says } from "./said";
import type { Sentence } from "./segments";

const RESPECTIVELY = question(/\brespectively\b/i);

/**
 * The words that say what every figure of a "respectively" list measures: the list's head and its verb, without
 * the items between ("the growth in new products such as … 3D printing equipment were"). Null outside such a list.
 */
export function respectiveMeasureWords(
  ctx: Context,
  sentence: Sentence,
  placed: Placed,
  figures: readonly Placed[],
): string | null {
  const list = respectiveList(ctx, sentence, placed, figures);
  if (!list) return null;
  const firstItem = list.items[list.items.length - list.count];
  const lastItem = list.items[list.items.length - 1];
  // the first item may carry the head: "the growth in new products such as storage disks", "rose fast: smart watches"
  const first = ctx.text.slice(firstItem.start, firstItem.end);
  const intro = /^.*(?:\b(?:such as|including|namely|like)\b|:)/i.exec(first)?.[0] ?? "";
  return `${ctx.text.slice(list.from, firstItem.start)}${intro} ${ctx.text.slice(lastItem.start, list.to)}`;
}

export interface RespectiveList {
  /** the text before the list's first figure, from the sentence's previous figure */
  from: number;
  to: number;
  /** the phrases before the figures, split at commas and "and" */
  items: { start: number; end: number }[];
  count: number;
  /** the figure's place in the list */
  at: number;
}

export function respectiveList(
  ctx: Context,
  sentence: Sentence,
  placed: Placed,
  figures: readonly Placed[],
): RespectiveList | null {
  // "both cities' GDPs grew 8.5% and 8.1%, respectively": the places take turns (respective-places.ts), not the items
  if (!says(sentence, RESPECTIVELY) || placesTogether(sentence.text)) return null;
  const run = figureRunAround(ctx, sentence, placed, figures);
  if (!run) return null;
  const { inSentence, at, first, last } = run;
  const count = last - first + 1;
  if (count < 2) return null;
  const from = first > 0 ? inSentence[first - 1].figure.end : sentence.start;
  const to = inSentence[first].figure.start;
  const items = itemsOf(ctx, from, to);
  if (items.length >= count) return { from, to, items, count, at: at - first };
  // "The combined output of the three industries – A, B and C – rose 8.5 percent, expanding 12.8 percent, 11.3
  // percent and 3.6 percent, respectively": the items stand before the total's figure, which the run goes on from
  if (first === 0 || ctx.aliases.some((a) => a.start >= from && a.end <= to)) return null;
  const totalFrom = first > 1 ? inSentence[first - 2].figure.end : sentence.start;
  const totalTo = inSentence[first - 1].figure.start;
  const listed = itemsOf(ctx, totalFrom, totalTo);
  // each item names its series: a list of what the total is made of, not the clauses of a story
  const named = listed
    .slice(listed.length - count)
    .every((item) => ctx.aliases.some((a) => a.start >= item.start && a.end <= item.end));
  return listed.length >= count && named
    ? { from: totalFrom, to: totalTo, items: listed, count, at: at - first }
    : null;
}

// a list written with the serial comma (", and D"): its items end where the verb of the sentence comes
const SERIAL_AND = /,\s+and\s+/i;
const LIST_VERB =
  /\s(?:led|grew|rose|increased|saw|posted|recorded|registered|came|soared|surged|spiked|leapt|jumped|expanded|reached|achieved|stood|topped|logged|delivered|contributed|were|was)\b/i;

/**
 * "Among them, A manufacturing, B and C equipment manufacturing, and D led the growth, with ... by": a list with the
 * serial comma is split at its commas only (an "and" without a comma joins the words of one name), up to its verb.
 */
function serialItems(ctx: Context, from: number, to: number): { start: number; end: number }[] | null {
  const lead = ctx.text.slice(from, to);
  const serial = SERIAL_AND.exec(lead);
  if (!serial) return null;
  const verb = LIST_VERB.exec(lead.slice(serial.index));
  const end = verb ? from + serial.index + verb.index : to;
  const items: { start: number; end: number }[] = [];
  const separator = /,\s*(?:and\s+)?/g;
  const list = ctx.text.slice(from, end);
  let start = from;
  for (let m = separator.exec(list); m; m = separator.exec(list)) {
    items.push({ start, end: from + m.index });
    start = from + m.index + m[0].length;
  }
  items.push({ start, end });
  return items;
}

/** The phrases between `from` and `to`, split at commas and "and"; a trailing "by", "were" is no item. */
function itemsOf(ctx: Context, from: number, to: number): { start: number; end: number }[] {
  const serial = serialItems(ctx, from, to);
  if (serial) return serial;
  const items: { start: number; end: number }[] = [];
  const separator = /,\s*(?:and\s+)?|\s+and\s+/gi;
  const lead = ctx.text.slice(from, to);
  let start = from;
  for (let m = separator.exec(lead); m; m = separator.exec(lead)) {
    items.push({ start, end: from + m.index });
    start = from + m.index + m[0].length;
  }
  items.push({ start, end: to });
  while (items.length && onlyGenericWords(ctx.text.slice(items[items.length - 1].start, items[items.length - 1].end)))
    items.pop();
  return items;
}
