/** Which catalog indicator a figure is about: the names in its clause, then what came before. */
import type { Indicator } from "../../catalog";
import type { Measure } from "../../types";
import type { AliasMatch, Lookup } from "../lookup";
import type { Context, Placed } from "./context";
import type { Figure } from "./figures";
import type { Sentence } from "./segments";

const ANAPHOR =
  /\b(that (?:of|for|in)|the figure|its|their|the industry(?:'s|’s)?|the sector|this|which|it|the (?:annual )?(?:output|value|revenue|turnover|scale)|helping|respectively|the city(?:'s|’s)? total)\b/i;

export function compatible(
  lookup: Lookup,
  indicator: Indicator,
  figure: Figure,
  measure: Measure,
  /** the fact's region; null matches any (to learn what a figure counts, not whose series it is) */
  region: string | null,
  /** the words around the figure, when the series' definition must be checked against them */
  words = "",
  /** the sentence up to the figure, for what earlier clauses say the figure counts */
  lead = words,
): Indicator | undefined {
  const isRate = (unit: string) => /\bper\b/.test(unit);
  const fits = (entry: Indicator): boolean => {
    if (words && !sameDefinition(entry, words, lead)) return false;
    // an indicator is one region's series: Wuxi's chip revenue is not Shanghai's IC
    if (region !== null && entry.region && entry.region.toLowerCase() !== region.toLowerCase()) return false;
    if (figure.cls === "multiple") return entry.unitClass !== "ratio";
    if (measure === "growth") return entry.unitClass !== "ratio" || isGrowthSeries(entry);
    if (measure === "share") return entry.unitClass === "ratio" && !isGrowthSeries(entry);
    if (figure.cls === "money") return entry.unitClass === "money" && isRate(entry.unit) === isRate(figure.unit);
    if (figure.cls === "count") {
      if (entry.unitClass !== "count") return false;
      if (figure.unit === "count") return true;
      if (entry.unit === "vehicles") return /^(vehicles?|units|cars)$/.test(figure.unit);
      return entry.unit === figure.unit;
    }
    return false;
  };
  // GDP grew 5 percent: the catalog's growth series of GDP (GDP_GROWTH), when it has one
  const growth =
    measure === "growth" && !isGrowthSeries(indicator) ? lookup.indicator(`${indicator.code}_GROWTH`) : undefined;
  if (growth && fits(growth)) return growth;
  if (fits(indicator)) return indicator;
  // registered NEVs are neither the output series nor its twin, the industry's value
  if (words && !sameDefinition(indicator, words, lead)) return undefined;
  const twin = indicator.twin ? lookup.indicator(indicator.twin) : undefined;
  return twin && fits(twin) ? twin : undefined;
}

// "output" series count what is made, not what is registered, sold or promoted
const NOT_MADE =
  /\b(?:registered|registrations?|promoted|sold|sales|licen[cs]es?|in use|fleet|ownership|owned|purchased|bought)\b/i;
const MADE = /\b(?:produc\w*|output|made|manufactur\w*|turned out|churned out|rolled off)\b/i;
// "industry scale" series are not a manufacturing output value (publishers define them apart)
const OUTPUT_VALUE =
  /\b(?:output value|industrial output|manufacturing|value of (?:industrial )?output|the output of|production of)\b/i;
// an industry's value is not the price of one product or the subsidy on it
const PER_ITEM = /\b(?:costing|priced at|price of|subsid(?:y|ies)|per (?:vehicle|car|unit|item))\b/i;

/** Whether the words describe the series the catalog defines, not a neighbouring measure of the same industry. */
function sameDefinition(entry: Indicator, words: string, lead: string): boolean {
  if (/\boutput\b/i.test(entry.name) && entry.unitClass === "count" && NOT_MADE.test(lead) && !MADE.test(words))
    return false;
  // "..., that of artificial intelligence rose 3.2 percent": the measure named earlier in the sentence
  const measured = /^\W*(?:and |while |whereas )?that of\b/i.test(words) ? lead : words;
  if (/\bscale\b/i.test(entry.name) && OUTPUT_VALUE.test(measured)) return false;
  if (entry.unitClass === "money" && !/\bper\b/.test(entry.unit) && PER_ITEM.test(words)) return false;
  return true;
}

/** A ratio series of rates of change (GDP growth, budget revenue growth, consumer prices), not of shares. */
function isGrowthSeries(entry: Indicator): boolean {
  return (
    entry.unitClass === "ratio" &&
    /\b(?:growth|increase|price|prices|inflation)\b|_GROWTH$|^CPI$/i.test(`${entry.name} ${entry.code}`)
  );
}

/** Catalog indicators the figure can be about, best first. */
export function candidateAliases(ctx: Context, sentence: Sentence, placed: Placed): AliasMatch[] {
  const { figure, clauseIndex } = placed;
  const clause = sentence.clauses[clauseIndex];
  const inClause = ctx.aliases.filter((a) => a.start >= clause.start && a.end <= clause.end);
  const inside = inClause.filter((a) => a.start >= figure.start && a.end <= figure.end);
  const before = inClause.filter((a) => a.end <= figure.start).reverse();
  const after = inClause.filter((a) => a.start >= figure.end);
  const ordered = [...inside, ...before, ...after];
  const leadIn = ctx.text.slice(clause.start, figure.start);
  const refersBack = ANAPHOR.test(leadIn) || onlyGenericWords(leadIn) || leadIn.trim().split(/\s+/).length <= 2;
  if (!before.length && refersBack) {
    for (let i = clauseIndex - 1; i >= 0; i--) {
      const earlier = sentence.clauses[i];
      ordered.push(...ctx.aliases.filter((a) => a.start >= earlier.start && a.end <= earlier.end).reverse());
    }
  }
  // "Shanghai's economy grew 5.1 percent to 5.55 trillion yuan": an economy's size and growth are its GDP
  const gdp = ordered.length ? undefined : ctx.lookup.indicator("GDP");
  const economy = gdp ? ECONOMY.exec(ctx.text.slice(clause.start, figure.start)) : null;
  if (gdp && economy) {
    const start = clause.start + economy.index;
    ordered.push({ start, end: start + economy[0].length, text: economy[0], indicator: gdp });
  }
  // "The city aims to lift it to …": a pronoun with no name in its sentence means a recent sentence's indicator.
  const sentenceHasName = ctx.aliases.some((a) => a.start >= sentence.start && a.end <= sentence.end);
  if (
    !sentenceHasName &&
    ctx.previous !== null &&
    ctx.sentenceIndex - ctx.previous.sentence <= 2 &&
    /\b(it|its|the figure|the industry|the sector|this)\b/i.test(leadIn)
  ) {
    ordered.push(ctx.previous.alias);
  }
  return ordered;
}

const ECONOMY =
  /(?<!\b(?:digital|private|real|sharing|platform|low-altitude|night-time|night|silver|circular|marine|ocean|green|online)[\s-])\beconomy\b(?!['’]s\b)/i;

const GENERIC_WORDS = new Set(
  (
    "the a an and while with its their that of for in figure industry industry's industry’s sector annual output value " +
    "revenue revenues turnover scale production sales total should will shall would is are was were be been expected projected " +
    "set to reach reached exceed top hit helping it this which more than over at least about by respectively also rose grew " +
    "surged city city's city’s its year last combined overall an increase rise growth gain decrease drop decline up down"
  ).split(" "),
);

/** A lead-in like "and output should exceed" names nothing new, so the figure is about what came before. */
export function onlyGenericWords(leadIn: string): boolean {
  return leadIn
    .toLowerCase()
    .split(/[^a-z'’]+/)
    .filter(Boolean)
    .every((word) => GENERIC_WORDS.has(word));
}
