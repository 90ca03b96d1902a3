/**
 * A rate that names no series: "Ningbo posted a growth rate of 4.2 percent in the first quarter" is the city's GDP
 * growth; "the rate slowed to 3.8 percent in the first half", right after, goes on with the series just linked. So is
 * a growth goal that names no series: "setting the growth target at around 5 percent", "Plan Targets 5% Annual Growth".
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
// a place that "set a growth target of", "released growth targets of": its economy's growth goal ("Both A and B
// released growth targets of ..."); the same goal named again for another year ("..., after aiming for 6 percent")
const GROWTH_TARGET =
  `(?:${PLACE}|the (?:city|municipality|province|region|country|nation))\\s+(?:has\\s+|have\\s+|had\\s+)?` +
  `(?:set|released|announced|unveiled|adopted|proposed|put forward|raised|lowered|kept)\\s+` +
  `(?:an?\\s+|its\\s+|their\\s+)?(?:(?:annual|economic|GDP)\\s+)?(growth\\s+targets?)\\s+(?:of|at)\\s+["“]?` +
  `(?:about\\s+|around\\s+|more than\\s+|over\\s+|above\\s+|at least\\s+)?`;
const PLACE_GROWTH_TARGET = new RegExp(`${GROWTH_TARGET}$`, "i");
const GOAL_AGAIN = new RegExp(
  `${GROWTH_TARGET}[^.;]{1,60}?\\b(?:aim(?:s|ed|ing)?\\s+(?:for|at)|(?:a|the|its|their)\\s+(?:goal|target)\\s+of)\\s*["“]?` +
    `(?:about\\s+|around\\s+|more than\\s+|over\\s+|above\\s+|at least\\s+)?$`,
  "i",
);
// the growth target named with no series, after a determiner that leaves no room for one ("setting the growth target
// at around 5 percent", "its annual growth target of 6 percent"): the place's economic growth goal, told again
const THE_GROWTH_TARGET =
  /\b(?:the|its|their|this year['’]s|next year['’]s)\s+(?:(?:annual|yearly|economic|overall)\s+)?(growth\s+(?:target|goal))\s+(?:of|at|is|was|as)\s+["“]?(?:about\s+|around\s+|approximately\s+|more than\s+|over\s+|above\s+|at least\s+)?$/i;
// a place or its plan that "targets 5% annual growth", "aims for 6 percent growth": its economy's growth, when the
// growth is not of something named after it ("targets 8 percent growth in retail sales")
const TARGETS_BEFORE =
  /\b(?:targets?|targeting|aims?\s+(?:for|at)|aiming\s+(?:for|at)|eyes|eyeing|seeks?|seeking)\s+(?:an?\s+)?(?:average\s+)?(?:about\s+|around\s+|approximately\s+|more than\s+|over\s+|above\s+|at least\s+)?$/i;
const GROWTH_AFTER =
  /^\s+(?:(?:average|annual|yearly|economic|average annual)\s+)?(growth)\b(?!\s+(?:in|of|for|from|on)\b)/i;

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
  const gdp = ctx.lookup.indicator("GDP");
  const sentenceLead = ctx.text.slice(sentence.start, figure.start);
  if (gdp && sentenceLead.includes("rowth target")) {
    const goal = PLACE_GROWTH_TARGET.exec(sentenceLead) ?? GOAL_AGAIN.exec(sentenceLead);
    if (goal) {
      const start = sentence.start + goal.index + goal[0].indexOf(goal[1]);
      return [{ start, end: start + goal[1].length, text: goal[1], indicator: gdp }];
    }
  }
  if (gdp && leadIn.includes("rowth ")) {
    const goal = THE_GROWTH_TARGET.exec(leadIn);
    if (goal) {
      const start = clause.start + goal.index + goal[0].indexOf(goal[1]);
      return [{ start, end: start + goal[1].length, text: goal[1], indicator: gdp }];
    }
  }
  const growthAfter =
    gdp && TARGETS_BEFORE.test(leadIn) ? GROWTH_AFTER.exec(ctx.text.slice(figure.end, clause.end)) : null;
  if (gdp && growthAfter) {
    const start = figure.end + growthAfter.index + growthAfter[0].indexOf(growthAfter[1]);
    return [{ start, end: start + growthAfter[1].length, text: growthAfter[1], indicator: gdp }];
  }
  if (!leadIn.includes("rate")) return [];
  const named = gdp ? PLACE_GROWTH_RATE.exec(leadIn) : null;
  if (gdp && named) {
    const at = leadIn.lastIndexOf("growth rate");
    return [{ start: clause.start + at, end: clause.start + at + 11, text: "growth rate", indicator: gdp }];
  }
  const previous = ctx.previous;
  if (previous && ctx.sentenceIndex - previous.sentence <= REACH && THE_RATE.test(leadIn)) return [previous.alias];
  return [];
}
