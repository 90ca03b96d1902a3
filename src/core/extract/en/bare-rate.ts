/**
 * A rate that names no series: "Ningbo posted a growth rate of 4.2 percent in the first quarter" is the city's GDP
 * growth; "the rate slowed to 3.8 percent in the first half", right after, goes on with the series just linked.
 */
import type { AliasMatch } from "../lookup";
import type { Context, Placed } from "./context";
import { REGIONS } from "./regions";
import type { Sentence } from "./segments";

const PLACE = REGIONS.map((r) => r.replace(/'/g, "['’]")).join("|");
// a place (or the city) that "registered a growth rate of": its economy's growth; a short opener may come first
const PLACE_GROWTH_RATE = new RegExp(
  `^(?:[A-Z][^,;]{0,40},\\s*)?(?:${PLACE}|the (?:city|municipality|province|region|country|nation))\\s+` +
    `(?:has\\s+|had\\s+)?(?:registered|posted|recorded|logged|reported|achieved|saw|maintained|kept|delivered|notched|clocked)\\s+` +
    `(?:an?\\s+)?(?:(?:annual|economic|overall|year-on-year|quarterly|real)\\s+)?growth\\s+rate\\s+of\\s+` +
    `(?:about\\s+|around\\s+|nearly\\s+|some\\s+|just\\s+)?$`,
  "i",
);
// "the rate fell 5.7 percent", "its growth rate picked up to": the rate a recent sentence linked
const THE_RATE =
  /^(?:(?:then|but|and|yet|later|still)\s+)?(?:the|its|this)\s+(?:growth\s+)?rate\s+(?:[a-z]+\s+){1,3}$/i;
// how many sentences back "the rate" may point
const REACH = 2;

/** The name a bare rate stands for, as a name match over its words; none when the figure is no bare rate. */
export function bareRateNames(ctx: Context, sentence: Sentence, placed: Placed): AliasMatch[] {
  const { figure } = placed;
  if (figure.cls !== "percent") return [];
  const clause = sentence.clauses[placed.clauseIndex];
  const leadIn = ctx.text.slice(clause.start, figure.start);
  if (!leadIn.includes("rate")) return [];
  const gdp = ctx.lookup.indicator("GDP");
  const named = gdp ? PLACE_GROWTH_RATE.exec(leadIn) : null;
  if (gdp && named) {
    const at = leadIn.lastIndexOf("growth rate");
    return [{ start: clause.start + at, end: clause.start + at + 11, text: "growth rate", indicator: gdp }];
  }
  const previous = ctx.previous;
  if (previous && ctx.sentenceIndex - previous.sentence <= REACH && THE_RATE.test(leadIn)) return [previous.alias];
  return [];
}
