/** When a figure is: the year it refers to, and the part of that year (a period) when it covers less. */
import type { FactKind, Measure, Period } from "../../types";
import type { Context, Placed } from "./context";
import { signingCueIn } from "./cues";
import { COMPARED_AVERAGE } from "./elided";
import { measureOf } from "./kind";
import { lastWord } from "./last-word";
import { yearOfPeriod, type PeriodMention } from "./periods";
import type { Span } from "../common/facts";
import { answerSlot, answersOf, question, says, type Question } from "./said";
import type { Sentence } from "./segments";
import { spanYearOf } from "./span-years";
import type { YearMention } from "./years";

// "up 12 % from a year earlier", "compared with last year": the year of the comparison, not of the figure
// ("up 11.4 percent from the same period in 2024": the same period in a year is as the same period of it)
// ("up 22.5% on the close of the “14th Five-Year Plan” period": the end of a period compared with, its name
// quoted or not)
const COMPARISON_BASE =
  /\b(?:from|than(?:\s+in)?|compared (?:with|to)|over|on|against|versus|vs\.?)\s+(?:the same (?:period|time) (?:(?:of|in)\s+)?)?$|\b(?:from|since|than|compared (?:with|to))\s+the end of\s+(?:the\s+)?["“]?$/i;
// "1.5 times the 2022 level", "double that of 2020": the year a multiple is of, not the figure's year
// "nearly double the same period of 2022": the same period of a year is always what a figure is compared with
const MULTIPLE_BASE_BEFORE =
  /\b(?:that|those) of\s+(?:the\s+)?$|\btimes\s+(?:the|its|their)\s+(?:value|level|size|scale|figure|amount|total|output)\s+(?:of|in)\s+$|\bthe same (?:period|time|quarter|months?) (?:of|in)\s+$|\btimes\s+(?:the\s+|its\s+|their\s+)?$|\b(?:double|triple|quadruple|doubled|tripled)\s+(?:the|its|their)\s+$|\b(?:since|from)\s+(?:the\s+)?$/i;
const MULTIPLE_BASE_AFTER = /^\s+(?:levels?|scale|size|figure)\b/i;

// "an increase of 7.5% over the planned number in 2022": the year of what a figure is compared with, itself no figure
const COMPARED_QUANTITY =
  /\b(?:from|than|over|on|compared (?:with|to)|against|versus)\s+(?:the|its|their|that|those)\s+(?:(?:planned|actual|same|original|previous|annual)\s+)?(?:number|figure|level|total|amount|value|target|plan|scale|size)s?\s+(?:in|of|for)\s+$/i;
// "up 3.9 percent from the figure of 173,630 yuan in the previous year": the year of the figure compared with
const COMPARED_FIGURE =
  /\b(?:from|than|compared (?:with|to)|against)\s+(?:(?:the|its|their)\s+(?:figure|level|total|value)\s+of\s+)?(?:about\s+|around\s+)?\S{0,4}\d[\d,.]*(?:\s+[A-Za-z%$¥]+){0,3}\s+(?:in|of|for)\s+$/i;

/** Whether the words before a year say it is only what something is compared with ("over the planned number in"). */
export function comparedBefore(before: string): boolean {
  return COMPARISON_BASE.test(before) || COMPARED_QUANTITY.test(before);
}

/** Whether a year mention is only what a change is compared with ("from a year earlier", "than last year"). */
export function isComparisonBase(ctx: Context, mention: Span): boolean {
  const before = ctx.text.slice(Math.max(0, mention.start - 40), mention.start);
  return (
    COMPARISON_BASE.test(before) ||
    COMPARED_QUANTITY.test(before) ||
    /^a year (?:earlier|ago)$/i.test(ctx.text.slice(mention.start, mention.end))
  );
}

// "grew 33 percent from 2016", "up 80 percent since 2020", "compared with 2019": the year a change is counted from
const COMPARED_WITH = /\b(?:compared (?:with|to)|against)\s+(?:the end of\s+|the level of\s+)?$/i;
const CHANGE_BASE_LEAD =
  /\b(?:from|since|than(?:\s+in)?|compared (?:with|to)(?:\s+in)?|over|against)\s+(?:the end of\s+)?$/i;

/**
 * "In 2021, GDP grew 33 percent from 2016": a change counted from a year before the last is a change over several
 * years, no year's rate of change (nor any series' level).
 */
export function changeOverYears(ctx: Context, sentence: Sentence, placed: Placed, year: number): boolean {
  // ("Compared with 2019, the city's GDP grew 22 percent in 2023": a comparison may open the sentence; "Since 2018,"
  // opening it tells when a story starts)
  const clause = sentence.clauses[placed.clauseIndex];
  const base = (at: Span) =>
    at.start >= sentence.start &&
    at.end <= clause.end &&
    (at.start >= clause.start ? CHANGE_BASE_LEAD : COMPARED_WITH).test(
      ctx.text.slice(Math.max(sentence.start, at.start - 24), at.start),
    );
  // ("Compared with January-March 2019, the figure this year rose 9.7 percent": the same months of an earlier year)
  return (
    ctx.years.some((y) => !y.period && y.year < year - 1 && base(y)) ||
    ctx.periods.some((p) => p.year !== undefined && p.year < year - 1 && base(p))
  );
}

// "their share of the city's industrial output increasing to 44 percent": a share of what a part year made
const FLOW_SHARE = /\b(?:share|proportion)\s+of\s+(?:[\w'’-]+\s+){0,4}?(?:output|production|revenue|sales)\b/i;
// "made up 37.5 percent of the city's total trade", "contributed over 10% to the country's exports": the flow a share is
// of, named after it
const FLOW_WHOLE_AFTER =
  /^\s*(?:of|to)\s+(?:[\w'’-]+\s+){0,4}?(?:output|production|revenue|sales|trade|exports|imports)\b/i;

/**
 * Whether a figure that names no time goes on in the part year an earlier paragraph set: a rate of change, or a share
 * of a flow (a count or level may be a stock as it stands), in a sentence with no year or period of its own.
 */
export function goesOnInPart(
  ctx: Context,
  sentence: Sentence,
  clause: Span,
  figure: Span,
  measure: Measure,
  kind: FactKind,
): boolean {
  // (a signings tally of a story with no event is a flow too: "In the first half, ... Projects in chips drew 80 billion
  // yuan in commitments" goes on in the story's half year)
  if (kind !== "actual") return tallyGoesOn(ctx, sentence, kind);
  const flowShare =
    measure === "share" &&
    (FLOW_SHARE.test(ctx.text.slice(clause.start, figure.start)) ||
      FLOW_WHOLE_AFTER.test(ctx.text.slice(figure.end, Math.min(clause.end, figure.end + 60))));
  if (measure !== "growth" && !flowShare) return false;
  return !namesOwnTime(ctx, sentence);
}

/** Whether an event-less signings tally that names no time goes on in the part year an earlier paragraph set. */
export function tallyGoesOn(ctx: Context, sentence: Sentence, kind: FactKind): boolean {
  return kind === "signing" && ctx.docEventPrefix === null && !namesOwnTime(ctx, sentence);
}

// "Sales rose 2.1 percent during the period, reversing the decline of 0.8 percent in the first quarter": a clause that
// opens on what a figure is compared with names the time of its own base figure, not of the sentence's others
const COMPARED_CLAUSE = question(
  /^\W*(?:reversing|reversed|compared (?:with|to)|up from|down from|versus|against|after (?:a|an)\b)/i,
);

function inComparedClause(sentence: Sentence, at: Span): boolean {
  const clause = sentence.clauses.find((c) => at.start >= c.start && at.end <= c.end);
  return clause !== undefined && says(clause, COMPARED_CLAUSE);
}

/** Whether the sentence names a year or part year of its own, not only a comparison's base or a compared clause's. */
export function namesOwnTime(ctx: Context, sentence: Sentence): boolean {
  return ctx.years.some((y) => !isComparisonBase(ctx, y)) || ctx.periods.some((p) => !inComparedClause(sentence, p));
}

// a sentence's year mentions are asked about once for each of its figures: the answers are kept with the mention
// (in its answers, `said.ts`: cheaper than a weak map)
const MULTIPLE_BASE = answerSlot();
const EVENT_LABEL = answerSlot();
// the words before a mention, asked once for all the sentence's figures (each question with its one reach)
const QUANTITY_BEFORE = question(COMPARED_QUANTITY);
const FIGURE_BEFORE = question(COMPARED_FIGURE);
const BASE_BEFORE = question(COMPARISON_BASE);

/** Whether the `reach` characters before a mention match the question's pattern. */
function saysBefore(ctx: Context, mention: Span, asked: Question, reach: number): boolean {
  const answers = answersOf(mention);
  let answer = answers[asked.slot];
  if (answer === undefined)
    answers[asked.slot] = answer = asked.pattern.test(
      ctx.text.slice(Math.max(0, mention.start - reach), mention.start),
    );
  return answer;
}

export function isMultipleBase(ctx: Context, mention: Span): boolean {
  const answers = answersOf(mention);
  let base = answers[MULTIPLE_BASE];
  if (base === undefined) answers[MULTIPLE_BASE] = base = readMultipleBase(ctx, mention);
  return base;
}

// "Since launching its initiative in 2022, the city has nurtured 42 firms": the year a running total started, in a
// sentence's opening clause, as "Since 2022," is (the total stands as the report is told)
const SINCE_OPENING = /(?:^|[.!?]["”’]?\s+|\n\s*)Since\s+[^,;.\d]{0,90}?\b(?:in|of)\s+$/;

function readMultipleBase(ctx: Context, mention: Span): boolean {
  // "a rebound from last year, when it came to 1.9 trillion yuan": the figure's own year
  if (/^,?\s+when\b/i.test(ctx.text.slice(mention.end, mention.end + 8))) return false;
  return (
    MULTIPLE_BASE_BEFORE.test(ctx.text.slice(Math.max(0, mention.start - 24), mention.start)) ||
    SINCE_OPENING.test(ctx.text.slice(Math.max(0, mention.start - 110), mention.start)) ||
    MULTIPLE_BASE_AFTER.test(ctx.text.slice(mention.end, mention.end + 10))
  );
}

// "the 238,600 units of 2020": a year written after another figure's noun with "of" is that figure's
// ("the first 10 months of this year" is a period, not a figure)
const OWNED_BY_FIGURE =
  /\d(?:[\d,.]*\d)?(?:\s+(?:thousand|million|billion))?\s+(?!(?:months|quarters|years|weeks|days)\b)[a-z]+(?:\s+[a-z]+)?\s+of\s+$/;

function ownedByOther(ctx: Context, mention: Span, figure: Span): boolean {
  const from = Math.max(0, mention.start - 40);
  const before = ctx.text.slice(from, mention.start);
  const owner = lastWord(before) === "of" ? OWNED_BY_FIGURE.exec(before) : null;
  if (!owner) return false;
  const numberAt = from + owner.index;
  return numberAt < figure.start || numberAt >= figure.end;
}

// "up 39.6 percent and exceeding the 2019 peak of 8.97 million": a year written before a level's noun and "of" dates the
// figure right after it (the level compared with), not the sentence's other figures
const LEVEL_OF_AFTER =
  /^\s+(?:peak|high|record|level|low|total|figure)s?\s+of\s+(?:about\s+|around\s+|nearly\s+|over\s+|more than\s+)?/i;

function ownedByFigureAfter(ctx: Context, mention: Span, figure: Span): boolean {
  const level = LEVEL_OF_AFTER.exec(ctx.text.slice(mention.end, mention.end + 40));
  if (!level) return false;
  const at = mention.end + level[0].length;
  return Math.abs(at - figure.start) > 4;
}

// "it was revealed at the 2024 Shanghai International Forum on …": an event's name dates the report, not the figure
const EVENT_NAME =
  /^\s+(?:[A-Z][\w&'’-]*\s+){0,6}?(?:Forum|Summit|Conference|Convention|Expo|Fair|Week|Congress|Exhibition|Festival)\b/;

/** A year that opens an event's name, unless the event is a catalog signing event (its edition's year dates signings). */
function eventLabel(ctx: Context, mention: Span): boolean {
  const answers = answersOf(mention);
  let label = answers[EVENT_LABEL];
  if (label === undefined) {
    const name = EVENT_NAME.exec(ctx.text.slice(mention.end, mention.end + 120));
    answers[EVENT_LABEL] = label = name !== null && ctx.lookup.eventsIn(name[0]).length === 0;
  }
  return label;
}

// "rose to 4.3% over the first nine months": a span from January is the figure's own time, not what it is compared with
const OVER_BEFORE = /\bover\s+$/i;
const FIRST_PART = /^(?:the\s+)?first\b/i;

function ownSpanOver(ctx: Context, mention: Span): boolean {
  return (
    FIRST_PART.test(ctx.text.slice(mention.start, mention.end)) &&
    OVER_BEFORE.test(ctx.text.slice(Math.max(0, mention.start - 6), mention.start))
  );
}

function mentionsIn<T extends Span>(ctx: Context, all: T[], span: Span, isChange: boolean, figure: Span): T[] {
  return all.filter(
    (y) =>
      y.start >= span.start &&
      y.end <= span.end &&
      !saysBefore(ctx, y, QUANTITY_BEFORE, 60) &&
      !(isChange && saysBefore(ctx, y, FIGURE_BEFORE, 70)) &&
      !isMultipleBase(ctx, y) &&
      !ownedByOther(ctx, y, figure) &&
      !ownedByFigureAfter(ctx, y, figure) &&
      !eventLabel(ctx, y) &&
      !(isChange && saysBefore(ctx, y, BASE_BEFORE, 40) && !ownSpanOver(ctx, y)),
  );
}

function nearest<T extends Span>(figure: Span, mentions: T[]): T | null {
  const distance = (y: Span) => (y.start >= figure.end ? y.start - figure.end : figure.start - y.end);
  return mentions.reduce<T | null>((best, y) => (!best || distance(y) < distance(best) ? y : best), null);
}

const CONTRAST = question(/^(?:while|whereas|but)\b/i);

// "around 5 percent in the coming five years and to double per capita output by 2035": a figure with a span of its own
// is not dated by a year after the span and the "and" that goes on to another statement
const OWN_SPAN_THEN =
  /^[^.;\d]{0,40}?\b(?:over|in|during|within|for|throughout)\s+the\s+(?:next|coming|following)\s+(?:\w+\s+)?years\b[^.;]*?\band\b/i;

function pastOwnSpan(ctx: Context, figure: Span, mention: Span): boolean {
  return mention.start > figure.end && OWN_SPAN_THEN.test(ctx.text.slice(figure.end, mention.start));
}

/**
 * Whether a figure is dated as a rate of change: by its own year, not by the year it is compared with. So is an
 * average compared with ("exceeding the national average of 5%": a rate whatever its measure).
 */
export function datedAsChange(ctx: Context, sentence: Sentence, placed: Placed): boolean {
  const { figure, clauseIndex } = placed;
  if (figure.cls !== "percent") return false;
  const clause = sentence.clauses[clauseIndex];
  const lead = ctx.text.slice(clause.start, figure.start);
  return measureOf(figure, lead, ctx.text.slice(figure.end, clause.end)) === "growth" || COMPARED_AVERAGE.test(lead);
}

/** The nearest mention in the figure's own clause, then in the clauses before it, then (lookAhead) after it. */
function search<T extends Span>(
  ctx: Context,
  all: T[],
  sentence: Sentence,
  placed: Placed,
  lookAhead: boolean,
  isChange: boolean,
  stop?: (clause: Span) => boolean,
): T | null {
  const { figure, clauseIndex } = placed;
  const own = nearest(
    figure,
    mentionsIn(ctx, all, sentence.clauses[clauseIndex], isChange, figure).filter((y) => !pastOwnSpan(ctx, figure, y)),
  );
  if (own || stop?.(sentence.clauses[clauseIndex])) return own;
  for (let i = clauseIndex - 1; i >= 0; i--) {
    if (says(sentence.clauses[i], COMPARED_CLAUSE)) continue;
    const found = nearest(figure, mentionsIn(ctx, all, sentence.clauses[i], isChange, figure));
    if (found) return found;
  }
  for (let i = clauseIndex + 1; lookAhead && i < sentence.clauses.length; i++) {
    // "..., while a state fund earmarked CNY12bn this year": a contrasting clause's year is its own
    if (says(sentence.clauses[i], CONTRAST)) break;
    if (says(sentence.clauses[i], COMPARED_CLAUSE)) continue;
    const found = nearest(figure, mentionsIn(ctx, all, sentence.clauses[i], isChange, figure));
    if (found) return found;
  }
  return null;
}

/** The year a figure refers to: a span's end it changes between, else its own clause first, then its sentence. */
export function yearOf(
  ctx: Context,
  sentence: Sentence,
  placed: Placed,
  lookAhead: boolean,
  isChange: boolean,
): YearMention | null {
  return spanYearOf(ctx, sentence, placed) ?? search(ctx, ctx.years, sentence, placed, lookAhead, isChange);
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
  isChange: boolean,
): { period: Period; year: number | null } | null {
  // a year the clause only compares with ("down 3.5 percent from a year earlier") does not make it a whole year
  const ownYear = (clause: Span) =>
    ctx.years.some(
      (y) =>
        y.start >= clause.start &&
        y.end <= clause.end &&
        !saysBefore(ctx, y, BASE_BEFORE, 40) &&
        !isMultipleBase(ctx, y) &&
        !ctx.periods.some((p) => y.start >= p.start && y.end <= p.end),
    );
  const mention: PeriodMention | null = search(ctx, ctx.periods, sentence, placed, true, isChange, ownYear);
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
  if (resolved === null && ref !== null) {
    resolved = yearOfPeriod(mention.period, ref, ctx.referenceMonth);
    // a story about last year's results: a statistic of a period that ends in the report's own month is not out yet
    // ("the first quarter" in a story of 23 March on the year's communique is last year's; a signings tally is kept
    // as it goes)
    const pastStory = ctx.storyYear === ref - 1 && mention.period.to === ctx.referenceMonth;
    if (resolved === ref && pastStory && !signingCueIn(sentence)) resolved = ref - 1;
  }
  return { period: mention.period, year: resolved };
}
