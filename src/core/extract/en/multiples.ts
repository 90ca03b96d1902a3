/** Multiples: "double", "1.5 times the 2022 level", "more than doubled in size to ...". */
import type { RelativeTarget } from "../../types";
import type { Context, Placed } from "./context";

// "1.5 times the 2022 level", "double that of 2020", "twice the level of 2019"
const BASE_AFTER =
  /^(?:\s+(?:over|from|on))?\s+(?:(?:the|its|their)\s+(\d{4})\s+(?:levels?|scale|size|figure|output|value)|(?:that|those)\s+of\s+(\d{4})|the\s+levels?\s+(?:of|in)\s+(\d{4}))\b/i;
// "double the scale of its AI industry by 2030 from the 2025 level": the base further on in the clause
const BASE_LATER =
  /\b(?:from|over|on|than)\s+(?:(?:the|its|their)\s+(\d{4})\s+(?:levels?|scale|size|figure)|(\d{4})(?=\s+levels?\b))/i;

/** The relative target a multiple states, with the year it is of when the text names one. */
export function relativeOf(ctx: Context, placed: Placed, clauseEnd = placed.figure.end + 40): RelativeTarget {
  const rest = ctx.text.slice(placed.figure.end, Math.max(clauseEnd, placed.figure.end + 40));
  const base = BASE_AFTER.exec(rest.slice(0, 40)) ?? BASE_LATER.exec(rest.slice(0, 100));
  const of = base ? Number(base[1] ?? base[2] ?? base[3]) : undefined;
  return of ? { multiple: placed.figure.value, of } : { multiple: placed.figure.value };
}

/**
 * "more than doubled in size to CNY761.7 billion", "1.8 times its 2020 size" beside "reached 1.08 trillion yuan":
 * a past multiple in a sentence that states the level reached only describes that level; the level is the fact.
 */
export function reachesLevel(ctx: Context, placed: Placed, all: Placed[]): boolean {
  const levels = all.filter((o) => o !== placed && (o.figure.cls === "money" || o.figure.cls === "count"));
  if (levels.some((o) => Math.abs(o.clauseIndex - placed.clauseIndex) <= 1)) return true;
  return all.some(
    (other) =>
      other !== placed &&
      other.clauseIndex === placed.clauseIndex &&
      other.figure.start > placed.figure.end &&
      (other.figure.cls === "money" || other.figure.cls === "count") &&
      /\bto\s+(?:about\s+|around\s+|nearly\s+|over\s+|more than\s+)?$/i.test(
        ctx.text.slice(placed.figure.end, other.figure.start),
      ) &&
      ctx.text.slice(placed.figure.end, other.figure.start).length < 60,
  );
}

// "triple the national level of 2.6 percent", "twice Beijing's", "double that of Jiangsu": a comparison with another
// quantity, which states no value of its own
const OTHER_QUANTITY =
  /^\s+(?:(?:the\s+)?(?:national|nationwide|country(?:'s|’s)|nation(?:'s|’s)|China(?:'s|’s)|[A-Z][a-z]+(?:'s|’s))(?:\s+[a-z]+)?\s+(?:level|average|rate|figure|total|share|speed|pace)\b|(?:that|those)\s+of\s+(?:the\s+(?:nation|country)|China|[A-Z][a-z]+)\b)/;

export function comparesWithOther(ctx: Context, placed: Placed): boolean {
  return OTHER_QUANTITY.test(ctx.text.slice(placed.figure.end, placed.figure.end + 60));
}
