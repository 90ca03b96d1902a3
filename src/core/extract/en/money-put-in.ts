/**
 * Money put into an industry is not the industry's size: "investment in the three leading industries rose 18.9
 * percent", "has invested 6 billion yuan to build a biomedicine campus", "will spend 12 billion yuan on AI computing"
 * (whoever puts it). Series that count investment themselves (industrial investment) still take it.
 */
import type { AliasMatch } from "../lookup";
import type { Context } from "./context";
import type { Figure } from "./figures";
import type { Span } from "./segments";

const INVESTMENT_IN = /\binvestments?\s+(?:in|into|of)\s+(?:the\s+|its\s+|their\s+)?$/i;
// the verb of putting money in, right before the amount ("invested about", "will allocate another")
const SPENT =
  /\b(?:invest(?:s|ed|ing)?|spen(?:d|ds|ding|t)|put(?:s|ting)?|pour(?:s|ed|ing)?|inject(?:s|ed|ing)?|allocat(?:es?|ed|ing)|earmark(?:s|ed|ing)?)\s+(?:(?:a total of|about|around|nearly|over|more than|some|up to|another|an? (?:additional|extra|further))\s+)?\S*$/i;

/** A money figure that its clause says is spent or invested. */
export function moneySpent(ctx: Context, clause: Span, figure: Figure): boolean {
  return figure.cls === "money" && SPENT.test(ctx.text.slice(Math.max(clause.start, figure.start - 50), figure.start));
}

/** The name is what money goes into ("investment in X", or a figure `spent`), and the series does not count investment. */
export function investmentIn(ctx: Context, alias: AliasMatch, spent: boolean): boolean {
  return (
    (spent || INVESTMENT_IN.test(ctx.text.slice(Math.max(0, alias.start - 24), alias.start))) &&
    !/\binvest/i.test(alias.indicator.name)
  );
}
