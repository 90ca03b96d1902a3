/** Which catalog indicator a figure is about: the names in its clause, then what came before. */
import { isRateOfChangeSeries, type Indicator } from "../../catalog";
import type { Measure } from "../../types";
import type { AliasMatch, Lookup } from "../lookup";
import type { Context, Placed } from "./context";
import type { Figure } from "./figures";
import { isSpaceCode, type Sentence, type Span } from "./segments";
import { leadsTheSubject } from "./led-by";
import { openingClauseSubject, withClauseSubject } from "./opening-clause";
import { recentName } from "./recent-name";
import { itsSubArea, namesSubArea, ownedBySubArea } from "./regions";
import { saidStockOf, stockOf } from "./stock";
import { onlyGenericWords } from "./generic-words";
import { respectiveList } from "./respective-list";
import { answerSlot, answersOf, question, says } from "./said";
import { namesNoFigure } from "./no-figure-names";
import { figureRunAround } from "./figure-run";
import { asIndustries } from "./industry-twin";
import { memberOutput } from "./leading-members";
import { MADE, OUTPUT_VALUE, currencyOf, measuresValue, nameWordsOf, sameDefinition } from "./series-definition";
import { GROWTH_WORDS } from "./kind";
import { afterFigureDash } from "./apposition";

const ANAPHOR =
  /\b(that (?:of|for|in)|the figure|its|their|the industry(?:'s|’s)?|the sector|this|which|whose|it|the (?:annual )?(?:output|value|revenue|turnover|scale)|helping|respectively|the city(?:'s|’s)? total)\b/i;

// ("Among / Of the city's GDP of 5.2 trillion yuan, services made up ...": a total given with its figure opens its parts)
const BREAKDOWN_OPENER = question(
  /^\W*(?:among (?:which|them|these)|of (?:which|this|that|these)|with (?:which|this))\b|^\W*(?:among|of|out of)\s+[^,;]{0,60}?\bof\s+(?:about\s+|around\s+|nearly\s+|some\s+)?(?:[A-Z$¥]{1,4}\s?)?\d/i,
);

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
  /** the paragraph up to the figure (`paragraphLead`), when a count of what is made must be said to be made */
  paragraph?: string,
): Indicator | undefined {
  const isRate = (unit: string) => /\bper\b/.test(unit);
  const fits = (entry: Indicator): boolean => {
    if (words && !sameDefinition(lookup, entry, words, lead, measure)) return false;
    // an indicator is one region's series: Wuxi's chip revenue is not Shanghai's IC
    if (region !== null && entry.region && entry.region.toLowerCase() !== region.toLowerCase()) return false;
    if (figure.cls === "multiple") return entry.unitClass !== "ratio";
    if (measure === "growth") return entry.unitClass !== "ratio" || isRateOfChangeSeries(entry);
    if (measure === "share") return entry.unitClass === "ratio" && !isRateOfChangeSeries(entry);
    if (figure.cls === "money" && entry.unitClass !== "money")
      // "yuan per person" series the catalog counts in (GDP per capita, labour productivity): money per head,
      // whether the text writes "195,000 yuan" after "per capita GDP" or "450,000 yuan per person"
      return entry.unitClass === "count" && isRate(entry.unit) && currencyOf(entry.unit) === currencyOf(figure.unit);
    if (figure.cls === "money")
      return isRate(entry.unit) === isRate(figure.unit) && currencyOf(entry.unit) === currencyOf(figure.unit);
    if (words && measuresValue(entry, words)) return false;
    if (paragraph !== undefined && isMadeCount(entry) && !MADE.test(paragraph)) return false;
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
    measure === "growth" && !isRateOfChangeSeries(indicator) ? lookup.indicator(`${indicator.code}_GROWTH`) : undefined;
  if (growth && fits(growth)) return growth;
  // "Shanghai has accumulated 900,000 NEVs": vehicles on the road, whatever else the paragraph says was made
  const said = words && measure === "level" && isMadeCount(indicator) && saidStockOf(lookup, indicator, words);
  if (said && fits(said)) return said;
  if (fits(indicator)) return indicator;
  // "reached 1.51 million new energy vehicles by the end of 2024", nothing said to be made: the vehicles in use
  const stock =
    paragraph !== undefined && isMadeCount(indicator) && !MADE.test(paragraph) && stockOf(lookup, indicator, lead);
  if (stock && fits(stock)) return stock;
  // registered NEVs are neither the output series nor its twin, the industry's value
  if (words && !sameDefinition(lookup, indicator, words, lead, measure)) return undefined;
  const twin = indicator.twin ? lookup.indicator(indicator.twin) : undefined;
  return twin && fits(twin) ? twin : undefined;
}

/**
 * "up 9.2 percent - 6.4 percent in biomedicine": a rate of change followed by "in" and a name is that part's own
 * (the name is no share's denominator here), put before the sentence's other names.
 */
export function withPartAfter(ctx: Context, figure: Figure, candidates: AliasMatch[]): AliasMatch[] {
  const part = ctx.aliases.find(
    (a) => a.start > figure.end && a.start <= figure.end + 12 && PART_GAP.test(ctx.text.slice(figure.end, a.start)),
  );
  return part ? [part, ...candidates.filter((a) => a !== part)] : candidates;
}
const PART_GAP = /^\s+(?:in|for)\s+(?:the\s+)?$/i;

/** Catalog indicators the figure can be about, best first. */
export function candidateAliases(
  ctx: Context,
  sentence: Sentence,
  placed: Placed,
  /** every figure of the sentence, for lists read "respectively" */
  figures: readonly Placed[] = [placed],
): AliasMatch[] {
  const { figure, clauseIndex } = placed;
  const clause = sentence.clauses[clauseIndex];
  // "The biomedicine industry in Pudong is set to reach ...": a district's own figure is none of the city's series
  // (and in a district's own plan, whose title names it, a figure is the district's unless the city is named)
  if (ctx.subArea || sentenceNamesSubArea(sentence)) {
    const sentenceLead = ctx.text.slice(sentence.start, figure.start);
    if (ownedBySubArea(sentenceLead, ctx.region) || (ctx.subArea && !(ctx.region && sentenceLead.includes(ctx.region))))
      return [];
  } else if (itsSubArea(ctx.text, sentence.start, ctx.text.slice(sentence.start, figure.start), ctx.region)) return [];
  const own = respectiveAliases(ctx, sentence, placed, figures);
  if (own) return asIndustries(ctx, continuesOutput(ctx, sentence) ? outputSeries(ctx, own, figure, clause) : own);
  const listed = listedTogether(ctx, sentence, placed, figures);
  const named = ctx.aliases.filter(
    (a) => !listed.has(a) && !namesNoFigure(ctx, a) && !leadsTheSubject(ctx.text, sentence, a, figure),
  );
  const inClause = named.filter((a) => a.start >= clause.start && a.end <= clause.end);
  const inside = inClause.filter((a) => a.start >= figure.start && a.end <= figure.end);
  const before = inClause.filter((a) => a.end <= figure.start).reverse();
  const after = inClause.filter((a) => a.start >= figure.end);
  // "to double its per capita GDP in 2035": what a multiple's verb takes as its object is what is multiplied
  const object =
    figure.cls === "multiple" ? after.find((a) => MULTIPLIED.test(ctx.text.slice(figure.end, a.start))) : undefined;
  const ordered = object
    ? [object, ...inside, ...before, ...after.filter((a) => a !== object)]
    : [...inside, ...before, ...after];
  if (!inClause.length) ordered.push(...openingClauseSubject(ctx.text, sentence, clauseIndex, named));
  if (!inClause.length) ordered.push(...withClauseSubject(ctx.text, sentence, clauseIndex, named));
  // a list's names are no name of the clause's own: "and artificial intelligence – has reached" points back
  let leadIn = ctx.text.slice(clause.start, figure.start);
  for (const alias of listed)
    if (alias.start >= clause.start && alias.end <= figure.start)
      leadIn =
        leadIn.slice(0, alias.start - clause.start) +
        " ".repeat(alias.end - alias.start) +
        leadIn.slice(alias.end - clause.start);
  // a name before the figure in its clause is what it is about: the rest is asked only when there is none
  const refersBack = !before.length && leadsBack(afterFigureDash(leadIn));
  // "Chip makers took in 240 billion yuan, among which 96 billion yuan came from design houses, 52 billion ...":
  // the parts after a breakdown's opener are not the total's series
  if (!before.length && sentence.clauses.some((c, i) => i <= clauseIndex && says(c, BREAKDOWN_OPENER)))
    return [...inside, ...after];
  if (!before.length && refersBack) {
    for (let i = clauseIndex - 1; i >= 0; i--) {
      const earlier = sentence.clauses[i];
      ordered.push(...named.filter((a) => a.start >= earlier.start && a.end <= earlier.end).reverse());
    }
  }
  // "The industry reached 933.7 billion yuan, up 4.9 percent": the clause goes on about what it just linked
  if (!ordered.length && refersBack && ctx.previous?.sentence === ctx.sentenceIndex) ordered.push(ctx.previous.alias);
  // "Shanghai's economy grew 5.1 percent to 5.55 trillion yuan": an economy's size and growth are its GDP
  const gdp = ordered.length ? undefined : ctx.lookup.indicator("GDP");
  const economy = gdp ? ECONOMY.exec(ctx.text.slice(clause.start, figure.start)) : null;
  if (gdp && economy) {
    const start = clause.start + economy.index;
    ordered.push({ start, end: start + economy[0].length, text: economy[0], indicator: gdp });
  }
  // "The city aims to lift it to …": a pronoun with no name in its sentence means a recent sentence's indicator.
  const sentenceHasName = ctx.aliases.some((a) => a.start >= sentence.start && a.end <= sentence.end);
  if (!sentenceHasName) {
    const recent = recentName(ctx, sentence, figure, leadIn, ordered.length === 0);
    if (recent) ordered.push(recent);
  }
  return asIndustries(
    ctx,
    continuesOutput(ctx, sentence) ? outputSeries(ctx, ordered, figure, clause) : ordered,
    figure.start,
  );
}

// the words between a multiple's verb and its object: "double its", "triple the scale of the", "double Shanghai's"
const MULTIPLIED =
  /^\s+(?:(?:the|its|their|this|[A-Z][a-z]+['’]s|the city['’]s)\s+)?(?:(?:size|scale|value|volume|level)\s+of\s+(?:the\s+|its\s+)?)?$/;

const WHICH_AFTER_NOUN = /(?<=[A-Za-z]\s+)(?:which|that)\b/g;
const MEASURE_OF_NAMED =
  /\bthe (?:annual )?(?:output|value|revenue|turnover|scale) (?:of|from|in) (?!(?:the )?(?:industry|sector|city|same|former|latter|above)\b|its?\b|this\b|these\b|those\b|them\b|that\b)(?=[a-z])/gi;
const RATE_THEN_AMOUNT =
  /^\s*(?:[a-z-]+\s+){1,2}?(?:by\s+)?\d[\d.,]*\s*(?:%|percent|per cent)(?:\s+year[-\s]on[-\s]year)?\s+to\s+(?:reach\s+|hit\s+|total\s+|stand\s+at\s+)?(?:about\s+|around\s+|nearly\s+|almost\s+|over\s+|more\s+than\s+)?$/i;
const CHANGE_END = /\bfrom\s+\S{0,4}\d[^;]*\bto\s+(?:about\s+|around\s+)?$/i;

/** A lead-in that points back to what came before: a pronoun, a change's second figure, or no name of its own. */
function leadsBack(leadIn: string): boolean {
  // "helped by retail which gained 3.8 percent": a "which" right after a noun is about that noun
  // ("while the output of new-generation IT rose 6.2 percent": a measure of something named is no pointer back)
  // (a text with neither word has no "which" to cut)
  const cut = leadIn.includes("which") || leadIn.includes("that") ? leadIn.replace(WHICH_AFTER_NOUN, "_") : leadIn;
  if (ANAPHOR.test(cut.replace(MEASURE_OF_NAMED, "_"))) return true;
  // "... from 3.31 percent to 4.21 percent": a change's second figure is about what its first was
  if (leadIn.includes("from") && CHANGE_END.test(leadIn)) return true;
  // "..., rose 6.2 percent to reach 2.9 trillion yuan": the amount a rate took it to is about what the rate was
  if (leadIn.includes(" to") && RATE_THEN_AMOUNT.test(leadIn)) return true;
  return onlyGenericWords(leadIn) || wordsAtMost(leadIn, 2);
}

/** Whether the text holds at most `most` runs of characters other than white space (`\s`), counted by code. */
function wordsAtMost(text: string, most: number): boolean {
  let words = 0;
  let inWord = false;
  for (let i = 0; i < text.length; i++) {
    const space = isSpaceCode(text.charCodeAt(i));
    if (!space && !inWord && ++words > most) return false;
    inWord = !space;
  }
  return true;
}

const NAMES_SUB_AREA = answerSlot();

/** Whether the sentence names a district or zone, looked up once per sentence (kept in its answers, `said.ts`). */
function sentenceNamesSubArea(sentence: Sentence): boolean {
  const answers = answersOf(sentence);
  let names = answers[NAMES_SUB_AREA];
  if (names === undefined) answers[NAMES_SUB_AREA] = names = namesSubArea(sentence.text);
  return names;
}

/**
 * The paragraph up to just after the figure, or to the end of its clause (its last 2,000 characters): what it says
 * was made, registered or sold ("A total of 500,000 NEVs, hybrids included, were built in the city").
 */
export function paragraphLead(ctx: Context, sentence: Sentence, figure: Figure, clauseEnd = 0): string {
  const end = Math.min(sentence.end, Math.max(figure.end + 30, clauseEnd));
  const start = Math.max(ctx.text.lastIndexOf("\n", sentence.start - 1) + 1, end - 2000);
  return ctx.text.slice(start, end);
}

/**
 * "Shanghai reached 1.51 million new energy vehicles by the end of 2024": a count of what is made (NEV output) needs
 * its paragraph to say so (produced, output, manufactured); vehicles on the road are a stock.
 */
const isMadeCount = (entry: Indicator) => entry.unitClass === "count" && nameWordsOf(entry).output;

const isScaleSeries = (entry: Indicator) => nameWordsOf(entry).scale;

const RELATIVE_TO_FIGURE = /^,?\s*(?:which|that)\s[^,;.]*$/;

/**
 * In a story of output: no industry's scale, but a leading industry's rate named in the figure's own clause is its
 * manufacturing's (memberOutput); "…, and the steel sector, which shrank 3 percent" is none of an earlier clause's.
 */
function outputSeries(ctx: Context, aliases: AliasMatch[], figure: Figure, clause: Span): AliasMatch[] {
  return aliases.flatMap((alias) => {
    if (!isScaleSeries(alias.indicator)) return [alias];
    // (its clause's, or the name a "which"/"that" clause goes on about: "biomedicine, which rose 6.2 percent")
    const own =
      (alias.start >= clause.start && alias.end <= figure.start) ||
      (alias.end <= figure.start && RELATIVE_TO_FIGURE.test(ctx.text.slice(alias.end, figure.start)));
    const making = own && figure.cls === "percent" ? memberOutput(ctx.lookup, alias.indicator) : undefined;
    return making ? [{ ...alias, indicator: making }] : [];
  });
}

const OPENS_ON_PRONOUN = question(/^\W*(?:it|this|they|these)\b/i);
const CONTINUES_OUTPUT = answerSlot();

/**
 * "Factory output in the district went up 4.7 percent. It was lifted by robotics, which climbed
 * 10.9 percent": a sentence that opens on "It" goes on about the output measure of the sentence before, which is not
 * an industry's scale. Asked once per sentence.
 */
function continuesOutput(ctx: Context, sentence: Sentence): boolean {
  const answers = answersOf(sentence);
  let goesOn = answers[CONTINUES_OUTPUT];
  if (goesOn === undefined) answers[CONTINUES_OUTPUT] = goesOn = readContinuesOutput(ctx, sentence);
  return goesOn;
}

function readContinuesOutput(ctx: Context, sentence: Sentence): boolean {
  if (!says(sentence, OPENS_ON_PRONOUN)) return false;
  const paragraphStart = ctx.text.lastIndexOf("\n", sentence.start - 1) + 1;
  const before = ctx.text.slice(Math.max(paragraphStart, sentence.start - 300), sentence.start).trimEnd();
  // the sentence before ends at a stop followed by a space ("5.6 percent" has none)
  const cut = Math.max(...[". ", "! ", "? "].map((stop) => before.lastIndexOf(stop)));
  return OUTPUT_VALUE.test(before.slice(cut + 1));
}

/**
 * "…drones, service robots, and smart meters grew 2.1 times, 44.6 percent, and 19.8 percent,
 * respectively": the n-th figure of a list is about the n-th item before it, and only that item's names count
 * (none, when that item names no indicator). Null when the figure is in no such list.
 */
export function respectiveAliases(
  ctx: Context,
  sentence: Sentence,
  placed: Placed,
  figures: readonly Placed[],
): AliasMatch[] | null {
  const list = respectiveList(ctx, sentence, placed, figures);
  if (!list) return null;
  const item = list.items[list.items.length - list.count + list.at];
  // "The output value of solar cells, wind turbines, and …": the list's head says what every item measures
  const head = ctx.text.slice(list.from, list.to);
  // "the three leading industries – with artificial intelligence, …": the first item's own name comes after the
  // head's, past the word that opens the list
  const opener = list.at === 0 ? LIST_OPENER.exec(ctx.text.slice(item.start, item.end)) : null;
  const start = opener ? item.start + opener.index + opener[0].length : item.start;
  // ("the output of A and B rose 9 and 3 percent, respectively": growth; "of NEVs and ... industries": money twins)
  const measure: Measure = placed.figure.cls === "percent" && GROWTH_WORDS.test(head) ? "growth" : "level";
  return asIndustries(
    ctx,
    ctx.aliases.filter((a) => a.start >= start && a.end <= item.end),
  ).filter((a) => sameDefinition(ctx.lookup, a.indicator, head, head, measure) && !measuresValue(a.indicator, head));
}

const LIST_OPENER =
  /(?:\s(?:-{1,2}|–|—)\s*|\b(?:such as|including|namely|like|with)\s|:\s*|\()(?!.*(?:\s(?:-{1,2}|–|—)\s|\b(?:such as|including|namely|like|with)\s|:|\())/;

/**
 * Names listed together before a figure ("the three leading industries – integrated circuits, biomedicine, and
 * artificial intelligence – has reached 1.8 trillion yuan") make one total, none of them alone; unless the sentence
 * gives each its own ("respectively", "each").
 */
const EACH_ITS_OWN = question(/\b(?:respective|each|all)\b/i);
const RESPECTIVELY = question(/\brespectively\b/i);

function listedTogether(ctx: Context, sentence: Sentence, placed: Placed, figures: readonly Placed[]): Set<AliasMatch> {
  const listed = new Set<AliasMatch>();
  const figureStart = placed.figure.start;
  if (says(sentence, EACH_ITS_OWN)) return listed;
  // "... – A, B and C – grew 7.1 percent, expanding 10.2 percent, 9.5 percent and 2.8 percent, respectively": the
  // figure the list's parts come after, alone in its run, is the total's
  if (says(sentence, RESPECTIVELY)) {
    const run = figureRunAround(ctx, sentence, placed, figures);
    if (!run || run.first !== run.last) return listed;
  }
  const before = ctx.aliases.filter((a) => a.start >= sentence.start && a.end <= figureStart);
  let i = before.length - 1;
  // the list must end right before the figure's own words, with no other figure between
  if (i < 0 || /\d/.test(ctx.text.slice(before[i].end, figureStart))) return listed;
  // "completed 128 high-level industrial projects, and industrial investment totalled …": a counted noun is no list item
  // (a year is no count: "In 2024 the three leading industries (biomedicine, …)")
  const counted = (alias: AliasMatch) =>
    /(?<![\d.])(?!(?:19|20)\d\d\b)\d[^,;]*$/.test(ctx.text.slice(sentence.start, alias.start));
  const chain = [before[i]];
  for (; i > 0; i--) {
    const gap = ctx.text.slice(before[i - 1].end, before[i].start);
    if (!/^\s*(?:,|and|&|, and)\s*$/i.test(gap) || counted(before[i - 1])) break;
    chain.unshift(before[i - 1]);
  }
  if (new Set(chain.map((a) => a.indicator.code)).size < 2) return listed;
  // "... in step with economic growth, consumer prices up about 3 %": two names split by a comma alone end one list
  // item and open the next; a list of two is joined by "and" (", and" ends a clause: "... with economic growth, and
  // inflation to be about 2 %")
  if (chain.length === 2 && /^\s*,\s*(?:and\s*)?$/.test(ctx.text.slice(chain[0].end, chain[1].start))) return listed;
  for (const alias of chain) listed.add(alias);
  return listed;
}

// "the economy", "the city's economic output", "its gross output" (not "the gross output value" of industry)
const ECONOMY =
  /(?<!\b(?:digital|private|real|sharing|platform|low-altitude|night-time|night|silver|circular|marine|ocean|green|online|industrial)[\s-])\b(?:econom(?:y|ies)\b(?!['’]s\b)|economic\s+(?:output|aggregate|volume)\b|gross\s+output\b(?!\s+value))/i;
