/** Multiples: "double", "1.5 times the 2022 level", "more than doubled in size to ...". */
import type { RelativeTarget } from "../../types";
import type { Context, Placed } from "./context";

// "1.5 times the 2022 level", "double that of 2020", "twice the level of 2019"
const BASE_AFTER =
  /^\s+(?:(?:the|its|their)\s+(\d{4})\s+levels?|(?:that|those)\s+of\s+(\d{4})|the\s+levels?\s+(?:of|in)\s+(\d{4}))\b/i;

/** The relative target a multiple states, with the year it is of when the text names one. */
export function relativeOf(ctx: Context, placed: Placed): RelativeTarget {
  const base = BASE_AFTER.exec(ctx.text.slice(placed.figure.end, placed.figure.end + 40));
  const of = base ? Number(base[1] ?? base[2] ?? base[3]) : undefined;
  return of ? { multiple: placed.figure.value, of } : { multiple: placed.figure.value };
}

/**
 * "more than doubled in size to CNY761.7 billion": a past multiple followed, in its clause, by the level it
 * reached only describes that level; the level is the fact.
 */
export function reachesLevel(ctx: Context, placed: Placed, all: Placed[]): boolean {
  return all.some(
    (other) =>
      other !== placed &&
      other.clauseIndex === placed.clauseIndex &&
      other.figure.start > placed.figure.end &&
      other.figure.cls !== "percent" &&
      /\bto\s+(?:about\s+|around\s+|nearly\s+|over\s+|more than\s+)?$/i.test(
        ctx.text.slice(placed.figure.end, other.figure.start),
      ) &&
      ctx.text.slice(placed.figure.end, other.figure.start).length < 60,
  );
}
