/**
 * List items whose verb is left out: "urban infrastructure investment rose by 16.9 percent, industrial investment by
 * 19.2 percent": the second item's "by" goes on with the first item's change.
 */
import type { Measure } from "../../types";
import type { Draft } from "../common/facts";
import type { Placed } from "./context";

// ", industrial investment by", "and exports by": a new item, a few words and "by", no verb of its own
const ELIDED_CHANGE =
  /^\s*(?:,\s*(?:and\s+)?|;\s*|\s+and\s+)(?:the\s+|its\s+|their\s+)?(?:[A-Za-z&'’-]+\s+){1,6}?by\s+(?:about\s+|around\s+|nearly\s+|almost\s+|some\s+|over\s+|more than\s+)?$/i;
// a verb among the item's words makes it no elided item ("sales were down by")
const ITEM_VERB =
  /\b(?:is|are|was|were|be|been|has|have|had|will|would|accounted|account|made|make|rose|grew|fell|increased|decreased|declined|dropped|climbed|reached|totall?ed|stood|led|followed|driven|boosted|surpassed|exceeded)\b/i;

// "after similarly aiming for", "from a goal of", "against its target of": the goal named again, right before the rate
const GOAL_AGAIN =
  /\b(?:aim(?:s|ed|ing)?\s+(?:for|at)|(?:a|the|its|their)\s+(?:goal|target)\s+of|target(?:s|ed|ing)?)\s*["“]?\s*(?:about\s+|around\s+|over\s+|more than\s+|at least\s+)?$/i;

// between a growth and its parts: a dash, comma or "with", after the previous part's own "in X" (which the first rate's
// "year-on-year" may stand before: "grew 5.1% year-on-year in Q1, 4.9% in Q2" is a growth broken down by quarter)
const BREAKDOWN_GAP =
  /^\s*(?:(?:year[- ]on[- ]year\s+|y-o-y\s+)?(?:in|for)\s+(?:[A-Za-z][^,;.\d]{0,40}?|[HQ][1-4]))?\s*(?:(?:[-–—,;:(]|\b(?:and|with|while|whereas|including|of which)\b)\s*)+$/i;
const PART_AFTER = /^\s+(?:in|for)\s/i;

// "grew 5.4%, exceeding the national average of 5%", "a 20.4 percent increase, much higher than the national level of
// 14 percent": the average or level a growth is compared with is a rate of the same growth, not a share
export const COMPARED_AVERAGE =
  /\b(?:than|above|below|exceed(?:s|ed|ing)?|outpac(?:es|ed|ing)|beat(?:s|ing)?|surpass(?:es|ed|ing)?|over|behind|versus|compared (?:with|to))\s+(?:the\s+)?(?:[\w'’-]+\s+){0,3}?(?:average|level|rate|figure|pace)\s+(?:of\s+)?(?:about\s+|around\s+|nearly\s+)?$/i;

// the words right before a rate that give the growth before it again, earlier, elsewhere or later: "up from",
// "compared with", "versus", "turned positive to", "rose to", "closed the year at" (no word of a share among them)
const SAME_RATE_AGAIN =
  /(?:\b(?:up|down)\s+from|\bcompared\s+(?:with|to)|\bversus|\bvs\.?|\b(?:turned|turning)\s+(?:positive|negative)\s+to|\b(?:rose|rising|picked up|accelerat(?:ed|ing)|quickened|slowed|slowing|eased|easing|edged (?:up|down)|fell|falling|dropped|dropping|climbed|climbing)\s+to|\b(?:closed|ended|finished)\s+the\s+(?:year|period|quarter)\s+at)\s+(?:about\s+|around\s+|nearly\s+)?$/i;
const SHARE_WORDS = /\b(?:share|proportion|ratio|accounted|accounting|accounts|made up|making up|of the)\b/i;

/**
 * The measure of a figure written "X by N percent" (or "and N percent") right after a figure of change in its sentence,
 * else undefined.
 */
export function elidedMeasure(
  text: string,
  placed: Placed,
  previous: { placed: Placed; measure: Measure } | undefined,
): Measure | undefined {
  if (!previous || previous.measure !== "growth" || placed.figure.cls !== "percent") return undefined;
  const gap = text.slice(previous.placed.figure.end, placed.figure.start);
  // "growth of 8.5% and 8.1%, respectively": the second figure of a pair is the same measure
  if (/^\s*["”]?\s*(?:,\s*(?:and\s+)?|and\s+)["“]?(?:about\s+|around\s+|over\s+|more than\s+|nearly\s+)?$/.test(gap))
    return "growth";
  if (gap.length <= 90 && COMPARED_AVERAGE.test(gap)) return "growth";
  // "climbed 3.8% over January-September, up from 2.1% in the first half", "compared with 3.7% nationwide", "turned
  // positive to 1.7% in the first half ... and closed the year at 4.6%": the same rate read at another time or place
  if (
    gap.length <= 90 &&
    SAME_RATE_AGAIN.test(gap) &&
    !SHARE_WORDS.test(gap) &&
    !/^\s*of\b/i.test(text.slice(placed.figure.end, placed.figure.end + 6))
  )
    return "growth";
  // "growth targets of 6 percent for 2021, after aiming for 6.5 percent for 2020": another goal of the same measure
  if (gap.length <= 60 && GOAL_AGAIN.test(gap)) return "growth";
  // "up 9.2 percent - 6.4 percent in biomedicine, 12.8 percent in chips": the growth broken down by its parts
  if (
    gap.length <= 60 &&
    BREAKDOWN_GAP.test(gap) &&
    PART_AFTER.test(text.slice(placed.figure.end, placed.figure.end + 8))
  )
    return "growth";
  if (gap.length > 90 || !gap.includes("by") || !ELIDED_CHANGE.test(gap) || ITEM_VERB.test(gap)) return undefined;
  return "growth";
}

// a ratio's level between the growth and the rate again keeps the rate a level ("the jobless rate down from 5.2%")
const RATIO_BETWEEN = /\b(?:rate|ratio|density|coverage|intensity|penetration)\b/i;

/**
 * "Sales climbed 3.8% to 0.96 trillion yuan over January-September, up from 2.1% in the first half": a rate
 * told again after the sentence's growth, an amount between them, is the same growth (as right after it, above).
 */
export function ratesAgain(text: string, drafts: Draft[]): Draft[] {
  let growthEnd = -1;
  for (const draft of drafts) {
    if (draft.measure === "growth" && draft.unit === "ratio") {
      growthEnd = draft.figure.end;
      continue;
    }
    if (growthEnd < 0 || draft.measure !== "share" || draft.unit !== "ratio" || draft.indicator !== null) continue;
    const gap = text.slice(growthEnd, draft.figure.start);
    if (
      gap.length <= 120 &&
      SAME_RATE_AGAIN.test(gap) &&
      !SHARE_WORDS.test(gap) &&
      !RATIO_BETWEEN.test(gap) &&
      !/^\s*of\b/i.test(text.slice(draft.figure.end, draft.figure.end + 6))
    )
      draft.measure = "growth";
  }
  return drafts;
}
