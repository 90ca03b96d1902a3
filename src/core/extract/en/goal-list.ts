/**
 * A work report's list of the year's main goals ("the main expected goals for this year are: GDP growth of about
 * 5 percent, a 3 percent rise in budget revenue, ..."): every figure after the opener is a target for that year,
 * even where a translation writes the items in the past tense ("GDP increased by about 5%").
 */
import type { FactKind } from "../../types";
import type { Context, Placed } from "./context";
import { targetCue } from "./cues";
import type { Sentence } from "./segments";
import { isComparisonBase } from "./when";
import { findYears } from "./years";

// "the main expected goals for 2025 ... are:", "this year's main targets are", "proposed the major goals ...:", and a
// sentence that only announces them, its items on the lines after it ("Several key targets were also unveiled.")
const OPENER =
  /\b(?:main|major|key|principal|primary|chief|overall|following)\s+(?:(?:expected|projected|anticipated|economic|social|development|socio-economic|socioeconomic|and|quantitative|growth)\s+){0,4}(?:goals?|targets?|objectives?)\b([^.;:!?]{0,160}?)(?:\s*:|\s+(?:are|include|includes)\b\s*:?|\s+were\s*:|\s+(?:were|have been|had been)\s+(?:also\s+)?(?:announced|set|unveiled|outlined|proposed|released|laid out|set out|put forward)\s*[.:]?\s*$)/i;
// "the main targets for 2024 were largely met:": a review of goals, not the goals ("goals to be achieved" are goals)
const REVIEWED =
  /\b(?:were|was|have been|has been|had been)\s+(?:all\s+|largely\s+|fully\s+|basically\s+|successfully\s+)?(?:met|achieved|fulfilled|accomplished|completed|exceeded|overfulfilled|realized|realised)\b/i;
// one cheap test before the opener's pattern (most sentences have none of these)
const GOAL_WORD = /oal|arget|bjective/;
// a line that goes on a list: a bullet, a number, or a short item
const ITEM_MARK = /^\s*(?:[-•·*–—]|\(?\d{1,2}[.)、]|\(?[a-h][.)]\s)/;
const ITEM_MAX = 300;

interface OpenList {
  year: number | null;
  kind: FactKind;
  /** where the list's text has been read to */
  end: number;
}

/** Lists whose opener ended its sentence ("The main targets for this year are:"), items on the lines after it. */
const openLists = new WeakMap<Context, OpenList>();

export interface GoalList {
  /** where the items begin: after the opener, or the sentence's start on a line that goes on a list */
  itemsFrom: number;
  /** the year the goals are for */
  year: number | null;
  /** "target", or "actual" for a review of goals met ("the main targets for 2024 were largely met: ...") */
  kind: FactKind;
  /** not a list: a sentence in which "the report outlines" what follows */
  reportPlan?: boolean;
}

export interface GoalItem {
  year: number | null;
  kind: FactKind;
}

// "Support will be provided to nurture:", "By 2027, the city will:": a sentence that says what will be done and ends
// on a colon, its items (no figure of its own before the colon) on the lines after it
const PLANNED_COLON = /:\s*$/;
const DIGIT = /\d/;

function plannedOpener(ctx: Context, sentence: Sentence): GoalList | null {
  const text = sentence.text;
  if (!PLANNED_COLON.test(text) || !targetCue(text)) return null;
  const colon = text.lastIndexOf(":");
  if (DIGIT.test(text.slice(0, colon).replace(/\b(?:19|20)\d\d\b/g, ""))) return null;
  const named = findYears(ctx.text, sentence.start, sentence.start + colon, ctx.referenceYear).filter(
    (y) => !isComparisonBase(ctx, y),
  );
  // (with no year of its own, the goals are for the year the story's goals were set for)
  return {
    itemsFrom: sentence.start + colon + 1,
    year: named.length ? named[named.length - 1].year : null,
    kind: "target",
  };
}

function openerIn(ctx: Context, sentence: Sentence): GoalList | null {
  const text = sentence.text;
  if (!GOAL_WORD.test(text)) return plannedOpener(ctx, sentence);
  const m = OPENER.exec(text);
  if (!m) return plannedOpener(ctx, sentence);
  const kind: FactKind = REVIEWED.test(m[0]) ? "actual" : "target";
  const openerStart = sentence.start + m.index;
  const itemsFrom = openerStart + m[0].length;
  // the year the opener names ("for 2025", "this year's"), else the report's own
  const named = findYears(ctx.text, Math.max(sentence.start, openerStart - 60), itemsFrom, ctx.referenceYear).filter(
    (y) => !isComparisonBase(ctx, y),
  );
  // (a review's figures without a year of their own are dated as any actual is)
  const fallback = kind === "target" ? (ctx.referenceYear ?? ctx.contextTargetYear) : null;
  const year = named.length ? named[named.length - 1].year : fallback;
  return { itemsFrom, year, kind };
}

/** Whether the text from a list's read end to the end of this sentence is only more short items. */
function continuesList(ctx: Context, list: OpenList, sentence: Sentence): boolean {
  if (sentence.start < list.end || sentence.start - list.end > 1200) return false;
  const lines = ctx.text.slice(list.end, sentence.end).split("\n");
  return lines.every(
    (line) => line.trim() === "" || ((line.length <= ITEM_MAX || ITEM_MARK.test(line)) && !/\blast year\b/i.test(line)),
  );
}

/**
 * The goal list a sentence opens or goes on, if any. Call once per sentence, in order (figures or not): a list
 * whose opener ends its sentence ("The main targets for this year are:") goes on over the next short lines.
 */
export function goalListOf(ctx: Context, sentence: Sentence): GoalList | null {
  const opener = openerIn(ctx, sentence);
  if (opener) {
    if (ctx.text.slice(opener.itemsFrom, sentence.end).trim() === "")
      openLists.set(ctx, { year: opener.year, kind: opener.kind, end: sentence.end });
    else openLists.delete(ctx);
    return opener;
  }
  const list = openLists.get(ctx);
  if (!list) return reportPlanOf(ctx, sentence);
  if (!continuesList(ctx, list, sentence)) {
    openLists.delete(ctx);
    return null;
  }
  list.end = sentence.end;
  return { itemsFrom: sentence.start, year: list.year, kind: list.kind };
}

/** A figure that is one of a goal list's items, with its kind and the year its goal is for; null when it is not. */
export function goalItem(ctx: Context, sentence: Sentence, placed: Placed, list: GoalList | null): GoalItem | null {
  if (!list || placed.figure.start < list.itemsFrom) return null;
  if (list.reportPlan) return reportPlanItem(ctx, list);
  // an item may name a year of its own ("R&D intensity of 4.5 percent by 2027")
  const clause = sentence.clauses[placed.clauseIndex];
  const own = ctx.years.filter(
    (y) => y.start >= Math.max(clause.start, list.itemsFrom) && y.end <= clause.end && !isComparisonBase(ctx, y),
  );
  return { year: own.length ? own[0].year : list.year, kind: list.kind };
}

// "The report outlines infrastructure investments worth 248 billion yuan for this year": what a work report lays out
const REPORT_WORD = /report/;
const REPORT_PLAN =
  /\b(?:the|its|this year['’]s)\s+(?:government\s+)?(?:work\s+)?report\s+(?:outlines|lays out|sets out|envisages|earmarks|proposes)\b/i;

/** A sentence in which a work report lays something out: its figures after those words may be the report's plan. */
function reportPlanOf(ctx: Context, sentence: Sentence): GoalList | null {
  if (ctx.referenceYear === null || !REPORT_WORD.test(sentence.text)) return null;
  const plan = REPORT_PLAN.exec(sentence.text);
  return plan ? { itemsFrom: sentence.start + plan.index, year: null, kind: "target", reportPlan: true } : null;
}

/** The plan's figure is a target when the sentence dates it this year or later. */
function reportPlanItem(ctx: Context, plan: GoalList): GoalItem | null {
  const ahead = ctx.years.find((y) => y.start >= plan.itemsFrom && !isComparisonBase(ctx, y));
  return ahead && ctx.referenceYear !== null && ahead.year >= ctx.referenceYear
    ? { year: ahead.year, kind: "target" }
    : null;
}
