/**
 * Names in a sentence that name no figure of it: a narrower measure's word ("industrial software", "IC design"), a
 * share's denominator ("25 percent of GDP"), a yardstick ("faster than GDP"), goods traded ("exports of ICs") or a
 * sector of foreign capital ("FDI in biomedicine"). Separate from link.ts because these guards judge one name by the
 * words around it, once per name, whichever figure asks.
 */
import type { AliasMatch } from "../lookup";
import type { Context } from "./context";
import { answerSlot, answersOf } from "./said";
import { segmentAfter } from "./leading-members";

// whether a name is only a narrower measure's word or a share's denominator, once per name (not per figure)
const NAMES_NOTHING = answerSlot();

/** Whether the name is only a narrower measure's word, a share's denominator, a yardstick, goods traded or FDI's sector. */
export function namesNoFigure(ctx: Context, alias: AliasMatch): boolean {
  const answers = answersOf(alias);
  let nothing = answers[NAMES_NOTHING];
  if (nothing === undefined)
    answers[NAMES_NOTHING] = nothing =
      narrowed(ctx, alias) ||
      denominator(ctx, alias) ||
      comparedWith(ctx, alias) ||
      traded(ctx, alias) ||
      foreignCapitalIn(ctx, alias);
  return nothing;
}

// "income rose in step with GDP to 78,000 yuan", "faster than GDP", "growing faster than the city's GDP": the
// yardstick, not what the figure measures (whoever's it is)
const YARDSTICK =
  /\b(?:in (?:step|pace|line|tandem) with|faster than|slower than|outpac(?:ing|ed)|ahead of)\s+(?:the\s+)?(?:(?:city|nation|country|region|province|municipality|[A-Z][a-z]+)['’]s\s+|its\s+)?$/i;

// "the export value of integrated circuits", "exports of biomedicines", "IC exports": the goods a trade figure counts
// (what crossed the border, not the industry's scale or output)
const TRADE_BEFORE =
  /\b(?:exports?|imports?|export (?:value|volume)|import (?:value|volume)|shipments|outbound shipments)\s+of\s+(?:the\s+)?$/i;
const TRADE_AFTER = /^[\s-]+(?:exports?|imports?|shipments)\b/i;

function traded(ctx: Context, alias: AliasMatch): boolean {
  return (
    TRADE_BEFORE.test(ctx.text.slice(Math.max(0, alias.start - 30), alias.start)) ||
    TRADE_AFTER.test(ctx.text.slice(alias.end, alias.end + 12))
  );
}

// "the top sectors for actual use of foreign capital were software and IT services ($5 billion, 6% growth)",
// "foreign direct investment in biomedicine rose 12 percent": a sector of the foreign capital, not the sector's series
const FOREIGN_CAPITAL =
  /\b(?:foreign (?:direct )?investment|foreign capital|FDI|foreign-funded investment|overseas investment)\b/i;

function foreignCapitalIn(ctx: Context, alias: AliasMatch): boolean {
  const before = ctx.text.slice(Math.max(0, alias.start - 120), alias.start);
  // (in the name's own clause, with no figure between: "FDI rose 5 percent and the IC industry grew ..." names IC's)
  const clause = before.slice(Math.max(...[".", ";", ",", "!", "?", "\n"].map((stop) => before.lastIndexOf(stop))) + 1);
  const foreign = FOREIGN_CAPITAL.exec(clause);
  return foreign !== null && !/\d/.test(clause.slice(foreign.index));
}

function comparedWith(ctx: Context, alias: AliasMatch): boolean {
  return YARDSTICK.test(ctx.text.slice(Math.max(0, alias.start - 40), alias.start));
}

/**
 * "industrial labour productivity", "industrial software": a sector's word before a name makes a narrower measure
 * than the series, unless the series is that sector's own; "national GDP" in a city's story is the country's.
 */
function narrowed(ctx: Context, alias: AliasMatch): boolean {
  const before = ctx.text.slice(Math.max(0, alias.start - 16), alias.start);
  // ("IC design revenue grew 20 percent": a segment of a leading industry, not the industry)
  if (segmentAfter(ctx.lookup, alias.indicator, ctx.text.slice(alias.end, alias.end + 24))) return true;
  return (
    /\b(?:industrial|manufacturing|agricultural|national)[\s-]+$/i.test(before) &&
    !/industr|manufactur|agricult/i.test(alias.indicator.name)
  );
}

// "more than 25 percent of the city's GDP", "the proportion of R&D spending in Shanghai's total GDP": the whole a
// share is taken of
const DENOMINATOR_LEAD =
  /(?:\b(?:percent|per cent|one-(?:half|third|quarter|fifth|tenth)|(?:a|one)\s+(?:half|third|quarter|fifth|tenth))|%)\s+(?:of|in)\s+(?:(?:the|its|their|total|overall|whole|entire|social|nation['’]s|country['’]s|city['’]s|region['’]s|province['’]s|[A-Z][a-z]+['’]s)\s+){0,3}$|\b(?:share|proportion|ratio)\s+of\s+[^,;.\d]{1,60}?\s+(?:in|to)\s+(?:(?:the|its|their|total|overall|whole|entire|social|nation['’]s|country['’]s|city['’]s|region['’]s|province['’]s|[A-Z][a-z]+['’]s)\s+){0,3}$/i;

/** A name that is only the denominator of a share ("of GDP", "in GDP") names no figure: the share is another series'. */
function denominator(ctx: Context, alias: AliasMatch): boolean {
  if (alias.indicator.unitClass === "ratio") return false;
  const before = ctx.text.slice(Math.max(0, alias.start - 90), alias.start);
  if (!before.includes("%") && !/percent|per cent|share|proportion|ratio|half|third|quarter|fifth|tenth/i.test(before))
    return false;
  return DENOMINATOR_LEAD.test(before);
}
