/**
 * A goal named right after a growth: "the economy grew 5.1 percent in the first half, on course for the 4 percent
 * target set for the year", "output rose 6.2%, beating the initial goal of 5%". The goal is a rate of the same growth,
 * not a share: a target of the growth's series, year and place, for the whole year (no part year, whatever the
 * growth's).
 * And a figure the sentence compares with after that goal ("... and the national average of 5.0%") is what was
 * reported, not a goal (the plan's word belongs to the goal before it), and a rate of the same growth.
 */
import type { Draft } from "../common/facts";

// "the 5 percent target", "a 6% growth goal", "its 4.5-percent annual target"
const GOAL_AFTER =
  /^\s*(?:(?:annual|yearly|full-year|growth|GDP|economic|official|initial|original)\s+){0,2}(?:target|goal)\b/i;
// "the initial target of 5%", "a goal of around 4.5 percent", "its target at about 5 percent"
const GOAL_BEFORE =
  /\b(?:target|goal)\s+(?:of|at|was|is|set at)\s+(?:about\s+|around\s+|approximately\s+|roughly\s+|some\s+)?$/i;
// "the national average (growth rate) of 5.0%", "the country's average of 5 percent"
const AVERAGE_BEFORE =
  /\b(?:national|country'?s?|nationwide|average)\b[^,;]{0,30}\b(?:average|rate|level)\b[^,;]{0,12}\s+(?:of\s+)?(?:about\s+|around\s+|nearly\s+)?$/i;
const PLAN_WORD = /\b(?:target|goal|aim|plan|expect|strive|seek|will|would)\w*/i;

export function growthGoals(text: string, drafts: Draft[]): Draft[] {
  let growth: Draft | undefined;
  let goal: Draft | undefined;
  for (const draft of drafts) {
    const sameSentence = (other: Draft | undefined) =>
      other !== undefined && other.sentence.start === draft.sentence.start;
    if (!sameSentence(growth)) growth = undefined;
    if (!sameSentence(goal)) goal = undefined;
    if (draft.unit === "ratio" && draft.measure === "share" && draft.indicator === null && growth) {
      const before = text.slice(Math.max(growth.figure.end, draft.figure.start - 60), draft.figure.start);
      const after = text.slice(draft.figure.end, draft.figure.end + 40);
      if (GOAL_AFTER.test(after) || GOAL_BEFORE.test(before)) {
        draft.measure = "growth";
        draft.kind = "target";
        draft.indicator = growth.indicator;
        draft.year = growth.year ?? draft.year;
        draft.period = null;
        // (whose goal: the growth's, not a place named after it, "... and the national average")
        draft.region = growth.region;
        goal = draft;
        continue;
      }
    }
    if (goal && draft.unit === "ratio" && draft.indicator === null) {
      const gap = text.slice(goal.figure.end, draft.figure.start);
      if (!PLAN_WORD.test(gap) && AVERAGE_BEFORE.test(gap)) {
        draft.kind = "actual";
        draft.measure = "growth";
        draft.year = goal.year;
        continue;
      }
    }
    if (draft.measure === "growth" && draft.unit === "ratio" && draft.kind !== "target") growth = draft;
  }
  return drafts;
}
