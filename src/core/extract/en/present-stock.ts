/** A clause that says what stands now ("is home to", "now has"): a stock at the report's moment, not a year's flow. */
import type { Context } from "./context";
import { question, says } from "./said";
import type { Sentence, Span } from "./segments";
import type { YearMention } from "./years";

// ("visa-free entry now covering 48 countries", "the store now attracts 500 visitors": what stands now, whatever the verb)
const PRESENT_STOCK =
  /\b(?:is|are) (?:now |currently )?home to\b|\bnow (?:cover(?:s|ing)?|attract(?:s|ing)?|serv(?:es|ing)|employ(?:s|ing)?|number(?:s|ing)?|total(?:s|ling|ing)?|exceed(?:s|ing)?|stands? at)\b|\bnow (?:has|have|hosts?|counts?|boasts?)\b|\b(?:is|are) (?:now )?under construction\b|\b(?:is|are) being built\b/i;

const PRESENT_STOCK_ASKED = question(PRESENT_STOCK);

/** The figure's clause says what stands now, and names no year of its own (nor does its sentence, before it). */
export function presentStock(ctx: Context, sentence: Sentence, clause: Span, year: YearMention | null): boolean {
  const ownYear = year !== null && year.start >= clause.start && year.end <= clause.end;
  if (ownYear) return false;
  if (says(clause, PRESENT_STOCK_ASKED)) return true;
  return year === null && PRESENT_STOCK.test(ctx.text.slice(sentence.start, clause.end));
}
