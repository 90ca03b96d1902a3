/**
 * An average yearly rate or amount over several years is no one year's figure: "over the ten years, income grew at an
 * average annual rate of 6 percent", "the average annual growth of tax revenue reached 9.5%", "it created an average of
 * 52,000 jobs every year"; and so is what a plan period added in all, on a page looking back on it. A reported
 * average has no year, unless its sentence names that one year ("in 2024, the average annual growth since 2019 was
 * ...": that year's telling). A plan's goal of such a rate keeps its plan's year.
 */
import type { Draft } from "../common/facts";
import type { Context } from "./context";

// "an average annual rate of", "the average annual growth of fiscal revenue reached", "annual average growth of"
const AVERAGE_RATE = /\b(?:average\s+annual|annual\s+average|average\s+yearly)\b/i;
// "an average of 52,000 new jobs every year", "an average of 3,000 firms a year"
const AVERAGE_AMOUNT_BEFORE = /\ban\s+average\s+of\s+(?:about\s+|around\s+|nearly\s+|over\s+|more than\s+)?$/i;
const EVERY_YEAR_AFTER = /^(?:[^,;]|,(?=\d)){0,60}?\b(?:(?:every|each|per|a)\s+year|annually)\b/i;

// "It also added 25,000 care beds" on a page looking back on an ended plan period (plan-review.ts): what the period added
// in all, no one year's
const ADDED_BEFORE =
  /\b(?:added|created|built|opened)\s+(?:a total of\s+|some\s+|about\s+|around\s+|over\s+|more than\s+|nearly\s+)?$/i;

/** The drafts of one sentence, an average over several years made yearless. */
export function yearlessAverages(ctx: Context, drafts: Draft[]): Draft[] {
  for (const draft of drafts) {
    if (draft.kind !== "actual" || draft.year === null || draft.period) continue;
    const lead = ctx.text.slice(draft.clause.start, draft.figure.start);
    // (the figure's words may hold the "every year" themselves: "614,000 jobs every year" read as jobs per year)
    const after = ctx.text.slice(draft.figure.start, Math.min(draft.clause.end, draft.figure.end + 60));
    const average =
      (draft.measure === "growth" && AVERAGE_RATE.test(lead)) ||
      (draft.measure === "level" && AVERAGE_AMOUNT_BEFORE.test(lead) && EVERY_YEAR_AFTER.test(after)) ||
      (draft.measure === "level" && ctx.reviewedPlan !== null && ADDED_BEFORE.test(lead));
    if (!average) continue;
    // a single year of the sentence's own ("In 2024, ...") dates it; a span or plan period does not
    const ownYear = ctx.years.some(
      (y) => !y.period && y.start >= draft.sentence.start && y.end <= draft.sentence.end && y.year === draft.year,
    );
    if (!ownYear) draft.year = null;
  }
  return drafts;
}
