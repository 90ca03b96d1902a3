/**
 * Money a firm or project asks for is what it wants, not what it has: "Acme made a financing request of 2 billion
 * yuan", "start-ups listed projects to seek funds between 100 million and 500 million yuan". Such an ask is a target,
 * of the year the story is told in when its sentence names none (an ask stands as the story is told).
 */
import type { Draft } from "../common/facts";
import type { Context } from "./context";

const CURRENCY = /^[A-Z]{3}$/;
// the words right before the amount: "a financing request of", "seek funds of", "sought funding between"
const ASKED_BEFORE =
  /\b(?:(?:financing|funding|fundraising|investment|capital)\s+requests?(?:\s+(?:of|for|worth|totall?ing))?|(?:seek(?:s|ing)?|sought|request(?:s|ed|ing)?|rais(?:e|es|ing))\s+(?:funds|funding|financing|capital|investment)(?:\s+(?:of|worth|totall?ing|between))?)\s+(?:about\s+|around\s+|up to\s+|nearly\s+|over\s+|more than\s+)?(?:(?:US\$|HK\$|RMB|CNY|USD|\$|¥)\s?)?$/i;

/** The drafts of one sentence, an amount asked for made a target of the year it is asked in. */
export function soughtMoney(ctx: Context, drafts: Draft[]): Draft[] {
  for (const draft of drafts) {
    if (draft.kind === "signing" || draft.measure !== "level" || !CURRENCY.test(draft.unit)) continue;
    if (!ASKED_BEFORE.test(ctx.text.slice(Math.max(draft.clause.start, draft.figure.start - 80), draft.figure.start)))
      continue;
    const named = ctx.years.some((y) => y.start >= draft.sentence.start && y.end <= draft.sentence.end);
    draft.kind = "target";
    if (!named) draft.year = ctx.referenceYear;
  }
  return drafts;
}
