/** When a figure is: the year it refers to, and the part of that year (a period) when it covers less. */
import type { Period } from "../../types";
import type { Context, Placed } from "./context";
import { measureOf } from "./kind";
import { yearOfPeriod, type PeriodMention } from "./periods";
import type { Span } from "../common/facts";
import type { Sentence } from "./segments";
import type { YearMention } from "./years";

// "up 12 % from a year earlier", "compared with last year": the year of the comparison, not of the figure
const COMPARISON_BASE =
  /\b(?:from|than|compared (?:with|to)|over|on|against|versus|vs\.?)\s+(?:the same (?:period|time) (?:of\s+)?)?$/i;
// "1.5 times the 2022 level", "double that of 2020": the year a multiple is of, not the figure's year
const MULTIPLE_BASE_BEFORE =
  /\b(?:that|those) of\s+(?:the\s+)?$|\btimes\s+(?:the\s+|its\s+|their\s+)?$|\b(?:double|triple|quadruple|doubled|tripled)\s+(?:the|its|their)\s+$|\b(?:since|from)\s+(?:the\s+)?$/i;
const MULTIPLE_BASE_AFTER = /^\s+(?:levels?|scale|size|figure)\b/i;

export function isMultipleBase(ctx: Context, mention: Span): boolean {
  return (
    MULTIPLE_BASE_BEFORE.test(ctx.text.slice(Math.max(0, mention.start - 24), mention.start)) ||
    MULTIPLE_BASE_AFTER.test(ctx.text.slice(mention.end, mention.end + 10))
  );
}

function mentionsIn<T extends Span>(ctx: Context, all: T[], span: Span, isChange: boolean): T[] {
  return all.filter(
    (y) =>
      y.start >= span.start &&
      y.end <= span.end &&
      !isMultipleBase(ctx, y) &&
      !(isChange && COMPARISON_BASE.test(ctx.text.slice(Math.max(0, y.start - 40), y.start))),
  );
}

function nearest<T extends Span>(figure: Span, mentions: T[]): T | null {
  const distance = (y: Span) => (y.start >= figure.end ? y.start - figure.end : figure.start - y.end);
  return mentions.reduce<T | null>((best, y) => (!best || distance(y) < distance(best) ? y : best), null);
}

/** The nearest mention in the figure's own clause, then in the clauses before it, then (lookAhead) after it. */
function search<T extends Span>(
  ctx: Context,
  all: T[],
  sentence: Sentence,
  placed: Placed,
  lookAhead: boolean,
  stop?: (clause: Span) => boolean,
): T | null {
  const { figure, clauseIndex } = placed;
  // a rate of change is dated by its own year, not by the year it is compared with
  const clause = sentence.clauses[clauseIndex];
  const isChange =
    figure.cls === "percent" &&
    measureOf(figure, ctx.text.slice(clause.start, figure.start), ctx.text.slice(figure.end, clause.end)) === "growth";
  const own = nearest(figure, mentionsIn(ctx, all, sentence.clauses[clauseIndex], isChange));
  if (own || stop?.(sentence.clauses[clauseIndex])) return own;
  for (let i = clauseIndex - 1; i >= 0; i--) {
    const found = nearest(figure, mentionsIn(ctx, all, sentence.clauses[i], isChange));
    if (found) return found;
  }
  for (let i = clauseIndex + 1; lookAhead && i < sentence.clauses.length; i++) {
    const found = nearest(figure, mentionsIn(ctx, all, sentence.clauses[i], isChange));
    if (found) return found;
  }
  return null;
}

/** The year a figure refers to: its own clause first, then the rest of its sentence. */
export function yearOf(ctx: Context, sentence: Sentence, placed: Placed, lookAhead: boolean): YearMention | null {
  return search(ctx, ctx.years, sentence, placed, lookAhead);
}

/**
 * The part of the year a figure covers, and the year it then belongs to. A clause that names its own whole year
 * ("in 2023") is not given another clause's "first half".
 */
export function periodOf(
  ctx: Context,
  sentence: Sentence,
  placed: Placed,
  year: YearMention | null,
): { period: Period; year: number | null } | null {
  // a year the clause only compares with ("down 3.5 percent from a year earlier") does not make it a whole year
  const ownYear = (clause: Span) =>
    ctx.years.some(
      (y) =>
        y.start >= clause.start &&
        y.end <= clause.end &&
        !COMPARISON_BASE.test(ctx.text.slice(Math.max(0, y.start - 40), y.start)) &&
        !ctx.periods.some((p) => y.start >= p.start && y.end <= p.end),
    );
  const mention: PeriodMention | null = search(ctx, ctx.periods, sentence, placed, true, ownYear);
  if (!mention?.period) return null;
  const ref = ctx.referenceYear;
  let resolved: number | null = mention.year ?? null;
  if (resolved === null && mention.relativeYear !== undefined && ref !== null) resolved = ref + mention.relativeYear;
  // another clause's year dates this part year only when it stands with the figure or with the period
  const clauseOf = (at: Span) => sentence.clauses.findIndex((c) => at.start >= c.start && at.end <= c.end);
  const yearClause = year ? clauseOf(year) : -1;
  if (resolved === null && year && (yearClause === placed.clauseIndex || yearClause === clauseOf(mention)))
    resolved = year.year;
  if (resolved === null) resolved = ctx.contextYear;
  if (resolved === null && ref !== null) resolved = yearOfPeriod(mention.period, ref, ctx.referenceMonth);
  return { period: mention.period, year: resolved };
}
