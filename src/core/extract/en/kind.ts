/** Kind (target, actual, signing) and measure (level, growth, share) of a figure, from the words of its clause. */
import type { FactKind, Measure } from "../../types";
import type { Context, Placed } from "./context";
import { actualCue, signingCueIn, targetCue } from "./cues";
import type { Figure } from "./figures";
import { question, says } from "./said";
import { isHeading } from "./sections";
import type { Sentence, Span } from "./segments";

export const GROWTH_WORDS =
  /\b(year-on-year|year on year|y-o-y|yoy|growth|grew|grown|grows?|growing|rose|risen|rises?|rising|increase[sd]?|increasing|jump(?:ed|s|ing)?|surg(?:e[ds]?|ing)|soar(?:ed|s|ing)?|spik(?:e[ds]?|ing)|leapt|leap(?:ed|s|ing)?|skyrocket(?:ed|s|ing)?|climb(?:ed|s|ing)?|gain(?:ed|s|ing)?|advanc(?:ed|ing)|expand(?:ed|s|ing)?|up|down|fell|fallen|falls?|falling|declined?|declines|declining|dropp(?:ed|ing)|drops?|decreas(?:e[sd]?|ing)|slid|sliding|slipp(?:ed|ing)|contract(?:ed|ing)|shrank|shrinking|dipp(?:ed|ing)|slump(?:ed|ing)|an annual rate|a year on)\b/i;
export const EXAMPLE_OPENER = question(
  /^(for instance|for example|such as|including|among (?:these|them|which)|e\.g\.)/i,
);
// "invested" as a verb, not "foreign-invested projects"; ground broken, building begun, projects underway or "were
// started" on a day is construction, not signing
export const NOT_A_SIGNING = question(
  /(?<![-\w])(invested|has invested|have invested|announced|to be put into|put into operation|completed|implemented|broke ground|started construction|began construction|underway|under way|under construction|(?:were|was|have been|has been|had been|being)\s+(?:\w+ly\s+)?(?:started|launched|commenced)(?!\s+(?:talks|negotiations|signing))|started\s+(?:work|building|intensively|simultaneously|concurrently|together))\b/i,
);

const GOAL_MET_SOURCE = String.raw`\b(?:exceeded|surpassed|beat|beaten|met|fulfilled|overfulfilled|achieved|accomplished|completed|topped)\s+(?:(?:its|their|the|all|this\s+year's|annual|yearly|full-year|planned|set|main|key)\s+){0,3}(?:targets?|goals?|plans?)\b`;
const GOAL_MET = new RegExp(GOAL_MET_SOURCE, "i");
const GOAL_MET_ALL = new RegExp(GOAL_MET_SOURCE, "gi");
// a sentence's clauses are asked about once for each of their figures: the answer for a text is kept a while
const cueKinds = new Map<string, FactKind | null>();

function cueKind(text: string): FactKind | null {
  let kind = cueKinds.get(text);
  if (kind === undefined) {
    // "beat its goals for 2026, with investment reaching ...": a goal reported met or beaten tells results
    const met = GOAL_MET.test(text);
    kind = targetCue(met ? text.replace(GOAL_MET_ALL, " ") : text)
      ? "target"
      : met || actualCue(text)
        ? "actual"
        : null;
    if (cueKinds.size >= 4096) cueKinds.clear();
    cueKinds.set(text, kind);
  }
  return kind;
}

// What a signing story also reports that is not signed: a policy package's money, FDI, an industry's output; the
// funding an event offers ("supported by 50 billion yuan in industrial ecosystem funding") and the city's industrial
// clusters ("four trillion-yuan industrial clusters")
const NOT_SIGNED_TOPIC =
  /\b(?:credit(?: lines?)?|loans?|funds?|funding|industrial clusters?|subsid(?:y|ies)|costs?|tax(?:es)?|fees|foreign direct investment|FDI|foreign capital|in actual use|actually (?:used|utili[sz]ed)|output value|industrial output|(?:operating |sales )?revenue|sales|GDP|added value|value added|(?:a|the|its) scale|broke ground|started construction|kicked off construction|underway|under way|under construction|(?:investment )?opportunities|policy package|industrial investment|fixed-asset investment)\b/i;
const SIGNED_WORDS = question(
  /\b(?:signed|signing|inked|sealed|contracts?|contracted(?!\s+(?:(?:by|about|around|nearly|almost|an?)\s+)*[\d.,]+\s*(?:%|percent|per cent))|deals?|agreements?)\b/i,
);
const CONTRACT_MARKET = question(
  /\b(?:technology|tech|technical)\s+(?:contracts?|transactions?|market)\b|\bcontract\s+(?:turnover|transactions?|trading)\b/i,
);
const CONSTRUCTION_BEGUN = question(/\b(?:kicked off|started|began|commenced) construction\b/i);
const PART_OF_BEFORE = question(
  /^\W*(?:of (?:these|them|which|this|the total)|among (?:these|them|which)|including)\b/i,
);
const PROJECTS = question(/\bprojects?\b/i);

/**
 * In a signing story, a figure about something not signed, or about an earlier year with no word of signing near
 * it, is reported (or planned), not signed.
 */
function notASigning(ctx: Context, sentence: Sentence, placed: Placed, year: number | null): boolean {
  const clause = sentence.clauses[placed.clauseIndex];
  // "Turnover of technology contracts climbed 18 percent to about 410 billion yuan": a market's trade in the year, told
  // in the statistics, not deals signed at an event
  if (says(clause, CONTRACT_MARKET)) return true;
  const around = ctx.text.slice(clause.start, Math.min(clause.end, placed.figure.end + 40));
  const signed = says(clause, SIGNED_WORDS);
  if (!signed && NOT_SIGNED_TOPIC.test(around)) return true;
  // "31 plant and lab projects, 58.4 billion yuan in all, kicked off construction": the clause's verb, however far
  if (!signed && says(clause, CONSTRUCTION_BEGUN)) return true;
  // "up 41 percent year on year": a rate of change is reported of an output, not signed
  const { figure } = placed;
  if (
    figure.cls === "percent" &&
    !signed &&
    measureOf(figure, ctx.text.slice(clause.start, figure.start), ctx.text.slice(figure.end, clause.end)) === "growth"
  )
    return true;
  const earlier = year !== null && ctx.referenceYear !== null && year < ctx.referenceYear;
  return earlier && !says(sentence, SIGNED_WORDS) && !says(sentence, PROJECTS);
}

// "15 new projects are planned for this year", "the planned investment for the whole year", "arranged 191 major
// projects" this year: a year's list of planned works
const PLAN_WORD = question(/\b(?:planned|scheduled|arranged?|arranging)\b/i);
const WHOLE_YEAR = question(/\b(?:for|during|in|over) the (?:whole |full |entire )?year\b/i);
// "the planned scale for the whole year reached 224.6 billion yuan": a plan reported as met
const REPORTED_VERB = question(
  /\b(?:reached|hit|totall?ed|exceeded|topped|surpassed|rose|grew|increased|achieved|realized|realised|recorded|came to|stood at)\b/i,
);

/** A clause that plans works for this year or later (not one that reports a past year's plan done). */
function plannedForYear(ctx: Context, sentence: Sentence, clauseIndex: number, year: number | null): boolean {
  const clause = sentence.clauses[clauseIndex];
  if (!says(clause, PLAN_WORD) || ctx.referenceYear === null || says(clause, REPORTED_VERB)) return false;
  if (year !== null) return year >= ctx.referenceYear;
  return says(sentence, WHOLE_YEAR);
}

// "A policy package was also unveiled, which includes cutting firms' costs by 60 billion yuan, adding 3
// trillion yuan of credit ...": what a plan or package includes doing is its goal (policy money announced for later is
// a target), for a figure after the words, of no year before the report's
const PLAN_INCLUDES =
  /\b(?:plans?|packages?|policies|policy|measures|initiatives?|blueprint|programmes?|programs?)\b[^.;]{0,80}?\b(?:includes?|covers?|features?|contains?|consists of)\s+(?:[\w-]+\s+){0,2}?[a-z]+ing\b/i;
const INCLUDES_ASKED = question(/\b(?:includes?|covers?|features?|contains?|consists of)\b/i);

function plannedDoing(ctx: Context, sentence: Sentence, figure: Figure, year: number | null): boolean {
  if (!says(sentence, INCLUDES_ASKED) || (year !== null && ctx.referenceYear !== null && year < ctx.referenceYear))
    return false;
  const m = PLAN_INCLUDES.exec(sentence.text);
  return m !== null && sentence.start + m.index + m[0].length <= figure.start;
}

// "GDP in 2023 will reach 13.57 trillion yuan" in a translation of 2024: a past year's figure, told in the future
const PLAIN_WILL = question(/\bwill\b/i);
const REPORTED_PLAN = question(
  /\b(?:would|planned|aimed|expected|targeted|projected|forecast|goals?|targets?|plans?|by)\b/i,
);

function pastYearWill(ctx: Context, clause: Span, year: number | null): boolean {
  if (year === null || ctx.referenceYear === null || year >= ctx.referenceYear) return false;
  return says(clause, PLAIN_WILL) && !says(clause, REPORTED_PLAN);
}

// "By 2025, output is projected to have grown 9.6 percent" in a page of 2026: an estimate of a year already over is
// its preliminary result, unless the words make it a plan's goal ("the plan aimed to ...", "the target was ...")
// ("Last year's foreign capital in the district is slated to come to US$0.9 billion" in a report of January: the same)
const ESTIMATE = /\b(?:expected|projected|estimated|forecast|predicted|anticipated|slated)\s+to\b/i;
const ESTIMATED_STATE = question(
  /^(?![^]*\b(?:will|aims?|plans?|targets?|goals?|next year|by 20\d\d)\b)[^]*\b(?:estimated|reckoned|believed)\s+to\s+(?:be|stand at)\b/i,
);
const GOAL_WORDS =
  /\b(?:aim(?:s|ed|ing)?|plan(?:s|ned|ning)?|goals?|targets?|targeted|set to|strive|strove|sought|pledged|vowed|intended)\b/i;

// "The plan wants output to double by 2029; the sector was put at 260 billion yuan at the end of last
// year": a semicolon parts two statements, so a goal word before it is not the estimate's
function pastYearEstimate(ctx: Context, sentence: Sentence, clauseIndex: number, year: number | null): boolean {
  if (year === null || ctx.referenceYear === null || year >= ctx.referenceYear) return false;
  const clause = sentence.clauses[clauseIndex];
  const statementStart = sentence.text.lastIndexOf(";", clause.start - sentence.start - 1) + 1;
  return ESTIMATE.test(clause.text) && !GOAL_WORDS.test(sentence.text.slice(statementStart));
}

/**
 * The kind a clause's own words give, as its figures read it: "Output last year is expected to reach 350 billion yuan,
 * with revenue achieving 34 billion yuan, up 3 percent": an estimate of a year already over is its preliminary result,
 * and a clause with no word of its own kind that goes on from it is a result too, not a goal.
 */
function clauseKind(ctx: Context, sentence: Sentence, index: number, year: number | null): FactKind | null {
  const kind = cueKind(sentence.clauses[index].text);
  if (kind !== "target") return kind;
  return pastYearWill(ctx, sentence.clauses[index], year) || pastYearEstimate(ctx, sentence, index, year)
    ? "actual"
    : kind;
}

const BY_DEADLINE = question(/\bby (?:the end of |end-)?(?:19|20)\d\d\b/i);
const HEADLINE_FUTURE = question(
  /\b(?:to|set to|poised to)\s+(?:grow|rise|reach|top|exceed|hit|expand|increase|double|triple|surpass|climb|pass|cross|add|attract|invest|build|open|cut|fall|drop|set aside|spend|allocate|earmark|devote|raise|boost|lift)\b/i,
);

export function kindOf(
  ctx: Context,
  sentence: Sentence,
  placed: Placed,
  year: number | null,
  previousKind: FactKind | undefined,
): FactKind {
  const { figure, clauseIndex } = placed;
  const eligibleForSigning =
    figure.cls === "money" ||
    (figure.cls === "count" && /^(projects|deals|contracts|agreements)$/.test(figure.unit)) ||
    figure.cls === "percent" ||
    figure.cls === "fraction";
  const own = cueKind(sentence.clauses[clauseIndex].text);
  // (asked only of a figure a signing could count)
  const offTopic = eligibleForSigning && notASigning(ctx, sentence, placed, year);
  if (
    eligibleForSigning &&
    !offTopic &&
    signingCueIn(sentence) &&
    !(own === "target" && !signingCueIn(sentence.clauses[clauseIndex]) && !ctx.signingStory)
  ) {
    return "signing";
  }
  // "accounting for 38 percent of the city's chip output" in an expo story: a share is a signing's only when
  // its sentence or paragraph is about the signing
  const shareOffSigning =
    (figure.cls === "percent" || figure.cls === "fraction") &&
    previousKind !== "signing" &&
    !signingCueIn(sentence) &&
    !says(sentence, PROJECTS);
  if (eligibleForSigning && ctx.signingStory && !offTopic && !shareOffSigning && !says(sentence, NOT_A_SIGNING)) {
    if (says(sentence, EXAMPLE_OPENER)) return previousKind ?? "signing";
    if (own !== "target") return previousKind && previousKind !== "signing" ? previousKind : "signing";
  }
  // "to 100 billion yuan in 2026, from 60 billion yuan in 2023": the starting point is reported, not planned
  const leadIn = ctx.text.slice(sentence.clauses[clauseIndex].start, figure.start);
  if (
    /\b(?:up from|down from|from|compared with|compared to|against)\s*$/i.test(leadIn) &&
    (year === null || ctx.referenceYear === null || year <= ctx.referenceYear)
  ) {
    return "actual";
  }
  if (plannedForYear(ctx, sentence, clauseIndex, year)) return "target";
  if (own === "target" && pastYearWill(ctx, sentence.clauses[clauseIndex], year)) return "actual";
  if (own !== "actual" && pastYearEstimate(ctx, sentence, clauseIndex, year)) return "actual";
  // "with its contribution to world growth estimated to be around 30%": an estimate of how things stand, no goal
  if (own === "target" && year === null && says(sentence.clauses[clauseIndex], ESTIMATED_STATE)) return "actual";
  if (own !== "target" && plannedDoing(ctx, sentence, figure, year)) return "target";
  // "... 300 billion yuan of projects were signed. Of these, 40 projects were in biomedicine": a breakdown opened on
  // what the sentence before told goes on in its signings, event or none, whatever its verb's tense
  if (own !== "target" && previousKind === "signing" && eligibleForSigning && says(sentence, PART_OF_BEFORE))
    return "signing";
  if (own) return own;
  // "a city with 1,000 parks by the end of 2025" told in 2025: a deadline not yet past, with no word of a result, is a goal
  if (year !== null && ctx.referenceYear !== null && year >= ctx.referenceYear && says(sentence, BY_DEADLINE))
    return "target";
  // a headline's infinitive is its future: "Mayor sets out plan for 2027, output to grow over 6%"
  if (says(sentence.clauses[clauseIndex], HEADLINE_FUTURE) && isHeading(ctx.text, sentence)) return "target";
  for (let i = clauseIndex - 1; i >= 0; i--) {
    const kind = clauseKind(ctx, sentence, i, year);
    if (kind) return kind;
  }
  for (let i = clauseIndex + 1; i < sentence.clauses.length; i++) {
    const kind = clauseKind(ctx, sentence, i, year);
    if (kind) return kind;
  }
  // "This year, 120 major projects are planned. The tech sector leads with 48 projects and about 30 billion yuan":
  // a sentence with no word of its own kind goes on breaking down the plan its paragraph told before it (not a
  // figure of a year before the report's)
  if (previousKind === "target" && (year === null || ctx.referenceYear === null || year >= ctx.referenceYear))
    return "target";
  if (year !== null && ctx.referenceYear !== null && year > ctx.referenceYear) return "target";
  return "actual";
}

// "accounted for 45 percent", "equivalent to 4.5 percent of GDP", "contributing 16 percent of China's output"
const SHARE_VERB =
  /\b(?:accounted for|accounts? for|accounting for|make up|makes up|made up|making up|take up|takes up|took up|taking up|equivalent to|represent(?:ed|s|ing)?|contribut(?:ed|es|ing)(?: to)?|share of|proportion of|comprising|comprised)\s*(?:about|around|nearly|almost|over|more than|less than|at least|some|roughly|just over|just under)?\s*$/i;
// "its share rose to 45 percent", "the unemployment rate stood at 4.2 percent": a ratio's level, not its change
const RATIO_LEVEL =
  /\b(?:share|proportion|rate|ratio|density|coverage|intensity|penetration)\b[^,;]{0,100}\b(?:to|at|of|was|is|were|are|reached|hit|averaged|within|below|above)\s+(?:about |around |nearly |over |more than |at least |less than )?$/i;

const AVERAGE_GROWTH_RATE =
  /\b(?:grew|grown|grow(?:s|ing)?|rose|risen|ris(?:es|ing)|increas(?:ed|es|ing)|expand(?:ed|s|ing)?)\s+(?:by\s+)?(?:at\s+)?an?\s+(?:average\s+)?(?:annual|yearly)\s+(?:average\s+)?rate\s+of\s+(?:about\s+|around\s+|nearly\s+)?$/i;
const CHANGED_FROM =
  /\b(?:increased|rose|risen|climbed|edged up|jumped|fell|fallen|dropped|declined|decreased|slipped)\s+from\s+(?:about\s+|around\s+|nearly\s+)?$/i;

/**
 * Level, growth or share: counts and money are levels; a percent is a share when its words say "of" a whole or a
 * ratio's level, and growth when they say it changed ("rose", "up", "year on year").
 */
export function measureOf(figure: Figure, before: string, after = ""): Measure {
  if (figure.cls !== "percent" && figure.cls !== "fraction") return "level";
  if (figure.cls === "fraction" || /^\s*of\b/i.test(after)) return "share";
  // "a 27.5-percent increase", "a 4.9-percent rise in January-February", "a 10.8 percent spike in exports"
  if (
    /^\s*(?:year[- ]on[- ]year\s+)?(?:rise|increase|jump|growth|gain|drop|decline|fall|decrease|surge|slump|dip|expansion|contraction|spike|leap|hike|rebound|upturn|downturn|plunge)\b|^\s*(?:higher|lower|more|less) than (?:the same (?:period|time)|a year (?:earlier|ago|before)|(?:last|the previous|the prior) year|(?:in\s+|that of\s+)?(?:19|20)\d\d)\b/i.test(
      after,
    )
  )
    return "growth";
  // "15 percent GDP growth", "a 6 percent annual increase": the growth named right after the rate
  if (/^\s*(?:(?!(?:of|in|for|to|and|or|on)\b)[A-Za-z&-]+\s+){1,3}?(?:growth|increase|rise)\b/i.test(after))
    return "growth";
  const near = before.slice(-80);
  // "its share of global growth estimated at about 25%": a share of the growth, not a rate of it
  if (/\bcontribution(?: rate)? to\b[^,;]{0,60}$/i.test(near)) return "share";
  if (/\bgrowth rates?\b[^,;]{0,24}$/i.test(near)) return "growth";
  // "inflation to be about 2.5 percent", "an inflation rate of 2 percent": the rise in prices
  if (/\binflation\b[^,;]{0,40}$/i.test(near)) return "growth";
  // "up from 3.41 percent in 2014": the level it started from
  if (/\b(?:up|down)\s+from\s+(?:about\s+|around\s+)?$/i.test(near)) return "share";
  // "the ratio has increased from 1.2 % in 2000 to ...": a ratio's earlier level (a growth rate's is still growth)
  if (CHANGED_FROM.test(near) && !/\b(?:growth|grew|inflation)\b/i.test(near)) return "share";
  // "grew at an average annual rate of 6 percent": a rate of growth, not a ratio's level
  if (AVERAGE_GROWTH_RATE.test(near)) return "growth";
  // ("the proportion of R&D expenditure in Shanghai's total GDP has increased to 4.2 %": the share's name far back)
  if (SHARE_VERB.test(near) || RATIO_LEVEL.test(before.slice(-160))) return "share";
  // "the output growth of new lines like solar cells and drones reached 95 percent": the head names a growth far back
  if (/\bgrowth\s+(?:rates?\s+)?(?:of|in|for)\b/i.test(before.slice(-240))) return "growth";
  if (
    GROWTH_WORDS.test(near) ||
    /^\s*(?:year[- ]on[- ]year|y-o-y|yoy|from a year|over the previous year|on the previous year|compared with)/i.test(
      after,
    )
  )
    return "growth";
  return "share";
}
