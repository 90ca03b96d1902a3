/**
 * The year a story's goals are for, carried from sentence to sentence: "The city has set its goals for 2027, with
 * output expected to grow 6 percent. Budget revenue is expected to rise 3 percent, and R&D spending will reach 4.5
 * percent of GDP." The later goals name no year; they are 2027's, as the first one is.
 */
import type { Context } from "./context";
import { targetCue } from "./cues";
import { isHeading } from "./sections";
import type { Sentence } from "./segments";
import { isComparisonBase } from "./when";
import { findYears } from "./years";

// one cheap test before the year patterns: most sentences without a figure name no year
const YEAR_WORD = /\b(?:19|20)\d{2}\b|\b(?:this|next|current|coming) year\b|\byear ahead\b/i;
// "its annual growth target of 5 percent", "the full-year goal", "the target for the whole year": this year's goal
const ANNUAL_GOAL =
  /\b(?:annual|full[- ]year|whole[- ]year|yearly|this year['’]s)\s+(?:[\w-]+\s+){0,4}?(?:targets?|goals?|plans?|objectives?)\b|\b(?:targets?|goals?|plans?)\s+for\s+the\s+(?:whole\s+|full\s+|entire\s+)?year\b/i;

// "A Hong Kong-listed equipment maker will spend HK$1.8bn on a new plant": an actor the story brings in has plans
// of its own, not the story's goals
const NEW_ACTOR =
  /^\W*(?:An?|One|Another)\s+(?:[\w&'’-]+\s+){0,4}?(?:maker|makers|company|firm|group|enterprise|manufacturer|developer|investor|producer|supplier|operator|bank|fund|start-?up|conglomerate|giant)\b/i;

/** Whether a goal's year can be carried: not before the report (a past year's goal is a review, dated by itself). */
function goalYearFits(ctx: Context, year: number): boolean {
  return ctx.referenceYear === null || year >= ctx.referenceYear;
}

/** A sentence with no figure that sets goals for a year ("It aims to build the hub by 2027"): its year is carried. */
// ("Major goals by 2027", "Key targets for 2026": a heading that names the goals, its plural too)
const GOALS_NAMED = /\b(?:goals|targets|objectives)\b/i;

export function noteGoalSentence(ctx: Context, sentence: Sentence): void {
  if (!YEAR_WORD.test(sentence.text) || !(targetCue(sentence.text) || GOALS_NAMED.test(sentence.text))) return;
  const years = findYears(ctx.text, sentence.start, sentence.end, ctx.referenceYear).filter(
    (y) => !isComparisonBase(ctx, y) && goalYearFits(ctx, y.year),
  );
  // "the 14th Five-Year Plan (2021-2025) ... and its long-term vision through 2035": the plan's goals are for 2025,
  // the vision's horizon is no year of the goals the story goes on to list
  const planYears = years.filter((y) => !VISION_BEFORE.test(ctx.text.slice(Math.max(0, y.start - 60), y.start)));
  const kept = planYears.length ? planYears : years;
  if (kept.length) ctx.goalYear = kept[kept.length - 1].year;
}

const VISION_BEFORE =
  /\b(?:vision|visions|long-range objectives|long-term (?:objectives|goals))\s+(?:[\w-]+\s+){0,2}?(?:through|to|for|till|until|of|up to)\s+(?:the\s+year\s+)?$/i;

/** A target dated by its own words: its year goes on to the goals after it that name none. */
export function noteGoalYear(ctx: Context, year: number): void {
  if (goalYearFits(ctx, year)) ctx.goalYear = year;
}

/** The year of a target whose sentence names none: the goals' year the story set, or this year for an annual goal. */
export function carriedGoalYear(ctx: Context, sentence: Sentence): number | null {
  if (NEW_ACTOR.test(sentence.text)) return null;
  if (ctx.goalYear !== null) return ctx.goalYear;
  if (ctx.referenceYear !== null && ANNUAL_GOAL.test(sentence.text)) return ctx.referenceYear;
  return isHeading(ctx.text, sentence) ? goalYearAhead(ctx, sentence.end) : null;
}

// how far past a headline its story's first goals are looked for (its dek and lead)
const LEAD_LENGTH = 600;

/**
 * "City to earmark 4.8 percent of GDP for R&D" over "Output should rise about 6 percent in 2027, the plan says": a
 * headline's goal with no year is for the year of the first goal its story's lead dates (not a past year).
 */
function goalYearAhead(ctx: Context, from: number): number | null {
  const to = Math.min(ctx.text.length, from + LEAD_LENGTH);
  const lead = ctx.text.slice(from, to);
  if (!YEAR_WORD.test(lead)) return null;
  for (const piece of lead.split(/(?<=[.!?])\s+|\n+/)) {
    if (!YEAR_WORD.test(piece) || !targetCue(piece)) continue;
    const at = from + lead.indexOf(piece);
    const years = findYears(ctx.text, at, at + piece.length, ctx.referenceYear).filter((y) =>
      goalYearFits(ctx, y.year),
    );
    if (years.length) return years[0].year;
  }
  return null;
}
