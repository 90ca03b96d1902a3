/** Document text -> facts with provenance (DESIGN.md "Facts"). */
import { EVENT_SERIES, eventOf, findIndicator, type Indicator } from "../catalog";
import type { Comparator, DocumentContext, Fact, FactKind, Measure } from "../types";
import {
  actualCue,
  comparatorAfter,
  comparatorBefore,
  findYears,
  REGIONS,
  regionIn,
  signingCue,
  targetCue,
  type YearMention,
} from "./cues";
import { COUNTED_NOUNS, findFigures, type Figure } from "./figures";
import { splitSentences, type Sentence, type Span } from "./segments";
import { companiesIn, findAliases, findEvents, type AliasMatch } from "./subjects";

/** Largest text extract() reads; longer text is an error the caller must split, not a silent cut. */
export const MAX_TEXT_LENGTH = 50_000_000;

export class ExtractionError extends Error {}

interface Context {
  text: string;
  doc: string;
  region: string | null;
  referenceYear: number | null;
  /** catalog names and year expressions of the sentence being read */
  aliases: AliasMatch[];
  years: YearMention[];
  docEventPrefix: string | null;
  /** the indicator a recent sentence was about, for "It is expected to double" */
  previous: { sentence: number; alias: AliasMatch } | null;
  /** index of the sentence being read */
  sentenceIndex: number;
}

interface Placed {
  figure: Figure;
  clauseIndex: number;
  /** for bare numbers whose noun was inferred: the phrase they count */
  inferredSubject?: string;
}

const REGION_NAMES = new Set(REGIONS.flatMap((r) => [r, r.toUpperCase()]));
const ANAPHOR =
  /\b(that (?:of|for|in)|the figure|its|their|the industry(?:'s|’s)?|the sector|this|which|it|the (?:annual )?(?:output|value|revenue|turnover|scale)|helping|respectively|the city(?:'s|’s)? total)\b/i;
const GROWTH_WORDS =
  /\b(year-on-year|year on year|y-o-y|yoy|growth|grew|grow|rose|rise|increase[sd]?|jumped|surged|soared|climbed|up by|down by|up(?= [\d.]+ ?(?:%|percent|per cent))|down(?= [\d.]+ ?(?:%|percent|per cent))|fell|declined|dropped|expand(?:ed)?|an annual rate|a year on)\b/i;
const SHARE_WORDS =
  /\b(accounted for|account for|accounting for|share|proportion|take up|make up|made up|of (?:its|the|their)|percent of|% of)\b/i;
const EXAMPLE_OPENER = /^(for instance|for example|such as|including|among (?:these|them|which)|e\.g\.)/i;
const NOT_A_SIGNING =
  /\b(invested|has invested|have invested|announced|to be put into|put into operation|completed)\b/i;
const CONNECTOR =
  /^(?:and|while|with|but|whereas|meanwhile|in addition|additionally|finally|also|including|of which|among these were|among them|there were also|there were)\b[\s,]*/i;

export function referenceYearOf(date: string | null | undefined): number | null {
  if (!date) return null;
  const match = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/.exec(date.trim());
  if (!match) throw new ExtractionError(`date "${date}" is not YYYY-MM-DD or YYYY`);
  return Number(match[1]);
}

/**
 * Reads a document and returns every figure in it as a fact with its quote and offsets.
 * Pure: the same text and context always give the same facts.
 */
export function extract(text: string, context: DocumentContext): Fact[] {
  if (typeof text !== "string") throw new ExtractionError("document text must be a string");
  if (text.length > MAX_TEXT_LENGTH) {
    throw new ExtractionError(
      `document "${context.doc}" is ${text.length} characters; split it below ${MAX_TEXT_LENGTH}`,
    );
  }
  if (!text.trim()) return [];
  const referenceYear = referenceYearOf(context.date);
  const events = findEvents(text);
  const ctx: Context = {
    text,
    doc: context.doc,
    region: context.region?.trim() || null,
    referenceYear,
    aliases: [],
    years: [],
    docEventPrefix: events.length ? events[0].prefix : null,
    previous: null,
    sentenceIndex: 0,
  };
  const facts: Fact[] = [];
  const paragraphKind = new Map<number, FactKind>();
  for (const [index, sentence] of splitSentences(text).entries()) {
    ctx.sentenceIndex = index;
    const sentenceFacts = readSentence(ctx, sentence, paragraphKind.get(sentence.paragraph));
    if (sentenceFacts.length) paragraphKind.set(sentence.paragraph, sentenceFacts[sentenceFacts.length - 1].kind);
    facts.push(...sentenceFacts);
  }
  return facts;
}

function clauseOf(sentence: Sentence, position: number): number {
  const index = sentence.clauses.findIndex((clause) => position >= clause.start && position < clause.end);
  return index >= 0 ? index : Math.max(0, sentence.clauses.length - 1);
}

// "the number of projects signed live at the venue numbered 66"
const NUMBER_OF = new RegExp(
  `\\bnumber of ((?:[\\w'’-]+\\s+){0,8}?)?(${COUNTED_NOUNS})\\b([^.;]*?)\\s+(?:numbered|stands at|stood at|totaled|totalled|reached|was|were|hit|came to|rose to|grew to)\\s*$`,
  "i",
);

/** Bare numbers become counts only when the sentence says what they count. */
function placeFigures(ctx: Context, sentence: Sentence): Placed[] {
  const placed: Placed[] = [];
  let lastNoun: string | undefined;
  for (const figure of findFigures(ctx.text, sentence.start, sentence.end)) {
    const clauseIndex = clauseOf(sentence, figure.start);
    const before = ctx.text.slice(sentence.start, figure.start);
    if (figure.points) continue;
    if (
      figure.cls === "money" &&
      /\bnumber of\b(?![^,;]*\b(?:numbered|stands at|stood at|was|were|is|are)\b)[^,;]*$/i.test(before)
    ) {
      continue; // "the number of projects worth over ¥5 billion": a threshold, not a figure
    }
    if (figure.cls === "count") lastNoun = figure.unit;
    if (figure.cls !== "bare") {
      placed.push({ figure, clauseIndex });
      continue;
    }
    const numberOf = NUMBER_OF.exec(before);
    if (numberOf) {
      const noun = numberOf[2].toLowerCase().replace(/^project$/, "projects");
      const subject = `${numberOf[1] ?? ""}${numberOf[2]}${numberOf[3]}`.trim();
      placed.push({ figure: { ...figure, cls: "count", unit: noun }, clauseIndex, inferredSubject: subject });
      lastNoun = noun;
      continue;
    }
    const remaining = /\b(the remaining|another|the other|the rest of the|a further)\s*$/i.exec(before);
    if (remaining && lastNoun) {
      const clause = sentence.clauses[clauseIndex];
      const phraseStart = figure.start - remaining[0].length + (remaining[0].length - remaining[0].trimStart().length);
      const nextFigureAt =
        findFigures(ctx.text, figure.end, clause.end).find((f) => f.cls === "money")?.start ?? clause.end;
      const subject = ctx.text
        .slice(phraseStart, nextFigureAt)
        .replace(/\s+(?:totaled|totalled|worth|valued at|with)?\s*$/i, "")
        .trim();
      placed.push({ figure: { ...figure, cls: "count", unit: lastNoun }, clauseIndex, inferredSubject: subject });
    }
  }
  return placed;
}

/** The region a stretch of text is about; the document's own region wins when the text names it. */
function regionOf(ctx: Context, text: string): string | undefined {
  if (ctx.region && text.includes(ctx.region)) return ctx.region;
  // "the Jiangsu city", "the Guangdong provincial capital": the province describes the document's own city
  if (ctx.region && /\b[Tt]he [A-Z][a-z]+ (?:city|municipality|provincial capital)\b/.test(text)) return ctx.region;
  const named = regionIn(text);
  if (named === "China" && /\b(the province|the city|the municipality|provincial|municipal)\b/i.test(text))
    return undefined;
  return named;
}

function cueKind(text: string): FactKind | null {
  if (targetCue(text)) return "target";
  if (actualCue(text)) return "actual";
  return null;
}

// "up 12 % from a year earlier", "compared with last year": the year of the comparison, not of the figure
const COMPARISON_BASE =
  /\b(?:from|than|compared (?:with|to)|over|on|against|versus|vs\.?)\s+(?:the same (?:period|time) (?:of\s+)?)?$/i;

function yearMentionsIn(ctx: Context, span: Span, isChange = false): YearMention[] {
  return ctx.years.filter(
    (y) =>
      y.start >= span.start &&
      y.end <= span.end &&
      !(isChange && COMPARISON_BASE.test(ctx.text.slice(Math.max(0, y.start - 40), y.start))),
  );
}

/** The year a figure refers to: its own clause first, then the rest of its sentence. */
function yearOf(ctx: Context, sentence: Sentence, placed: Placed, lookAhead: boolean): YearMention | null {
  const { figure, clauseIndex } = placed;
  // a rate of change is dated by its own year, not by the year it is compared with
  const isChange = figure.cls === "percent" && measureOf(figure, sentence.clauses[clauseIndex].text) === "growth";
  const nearest = (mentions: YearMention[]) =>
    mentions.reduce<YearMention | null>((best, y) => {
      const distance = y.start >= figure.end ? y.start - figure.end : figure.start - y.end;
      const bestDistance = best
        ? best.start >= figure.end
          ? best.start - figure.end
          : figure.start - best.end
        : Infinity;
      return distance < bestDistance ? y : best;
    }, null);
  const own = nearest(yearMentionsIn(ctx, sentence.clauses[clauseIndex], isChange));
  if (own) return own;
  for (let i = clauseIndex - 1; i >= 0; i--) {
    const found = nearest(yearMentionsIn(ctx, sentence.clauses[i], isChange));
    if (found) return found;
  }
  for (let i = clauseIndex + 1; lookAhead && i < sentence.clauses.length; i++) {
    const found = nearest(yearMentionsIn(ctx, sentence.clauses[i], isChange));
    if (found) return found;
  }
  return null;
}

function kindOf(
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
  if (
    eligibleForSigning &&
    signingCue(sentence.text) &&
    !(own === "target" && !signingCue(sentence.clauses[clauseIndex].text) && !ctx.docEventPrefix)
  ) {
    return "signing";
  }
  if (eligibleForSigning && ctx.docEventPrefix && !NOT_A_SIGNING.test(sentence.text)) {
    if (EXAMPLE_OPENER.test(sentence.text)) return previousKind ?? "signing";
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
  if (own) return own;
  for (let i = clauseIndex - 1; i >= 0; i--) {
    const kind = cueKind(sentence.clauses[i].text);
    if (kind) return kind;
  }
  for (let i = clauseIndex + 1; i < sentence.clauses.length; i++) {
    const kind = cueKind(sentence.clauses[i].text);
    if (kind) return kind;
  }
  if (year !== null && ctx.referenceYear !== null && year > ctx.referenceYear) return "target";
  return "actual";
}

function measureOf(figure: Figure, clauseText: string): Measure {
  if (figure.cls !== "percent" && figure.cls !== "fraction") return "level";
  if (figure.cls === "percent" && GROWTH_WORDS.test(clauseText) && !SHARE_WORDS.test(clauseText)) return "growth";
  return "share";
}

function compatible(indicator: Indicator, figure: Figure, measure: Measure): Indicator | undefined {
  const fits = (entry: Indicator): boolean => {
    if (figure.cls === "multiple") return entry.unitClass !== "ratio";
    if (measure === "growth") return entry.unitClass !== "ratio";
    if (measure === "share") return entry.unitClass === "ratio";
    if (figure.cls === "money") return entry.unitClass === "money";
    if (figure.cls === "count") {
      if (entry.unitClass !== "count") return false;
      if (figure.unit === "count") return true;
      if (entry.unit === "vehicles") return /^(vehicles?|units|cars)$/.test(figure.unit);
      return entry.unit === figure.unit;
    }
    return false;
  };
  if (fits(indicator)) return indicator;
  const twin = indicator.twin ? findIndicator(indicator.twin) : undefined;
  return twin && fits(twin) ? twin : undefined;
}

/** Catalog indicators the figure can be about, best first. */
function candidateAliases(ctx: Context, sentence: Sentence, placed: Placed): AliasMatch[] {
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

const MEASURE_NOUN =
  /((?:[a-z-]+\s+)?(?:investment|investments|revenue|revenues|output|value|turnover|sales|exports|imports|GDP|profit|profits|spending|expenditure|income|funding|capital|financing|consumption|trade|scale))\s+(?:of|worth|totaling|totalling|tallying|valued at|reaching|hitting)\s+(?:(?:about|around|nearly|almost|over|more than|at least|no less than|not less than|in excess of|upwards of|up to|some|a total of|a combined)\s+)*$/i;

/** What an unlinked figure is about: "investment of $5 billion", "two-thirds of the projects", else the clause's opening phrase. */
function plainSubject(ctx: Context, clause: Span, figure: Figure): string {
  const leadIn = ctx.text.slice(clause.start, figure.start);
  const measured = MEASURE_NOUN.exec(leadIn);
  if (measured)
    return measured[1]
      .replace(/^(?:attract|attracted|raise|raised|lift|boost|total|a|an|the)\s+/i, (w) => (/^total/i.test(w) ? w : ""))
      .trim();
  const lead = clauseLead(ctx, clause, figure.start);
  if (lead.hasVerb && lead.subject) return lead.subject;
  if (figure.cls === "percent" || figure.cls === "fraction") {
    const of =
      /^\s+of\s+((?:the|its|their|all)\s+)?([\w'’-]+(?:\s+[\w'’-]+){0,3}?)(?=\s+(?:were|was|is|are|in|by|from|came|went|had|have)\b|[,.;]|$)/i.exec(
        ctx.text.slice(figure.end, clause.end),
      );
    if (of) return `${of[1] ?? ""}${of[2]}`.trim();
  }
  return lead.subject || figure.unit;
}

const GENERIC_WORDS = new Set(
  (
    "the a an and while with its their that of for in figure industry industry's industry’s sector annual output value " +
    "revenue revenues turnover scale production sales total should will shall would is are was were be been expected projected " +
    "set to reach reached exceed top hit helping it this which more than over at least about by respectively also rose grew " +
    "surged city city's city’s its year last combined overall an increase rise growth gain decrease drop decline up down"
  ).split(" "),
);

/** A lead-in like "and output should exceed" names nothing new, so the figure is about what came before. */
function onlyGenericWords(leadIn: string): boolean {
  return leadIn
    .toLowerCase()
    .split(/[^a-z'’]+/)
    .filter(Boolean)
    .every((word) => GENERIC_WORDS.has(word));
}

function clauseSubject(ctx: Context, clause: Span, upTo: number): string {
  return clauseLead(ctx, clause, upTo).subject;
}

/** The noun phrase that opens a clause, and whether a verb follows it ("X accounted for"). */
function clauseLead(ctx: Context, clause: Span, upTo: number): { subject: string; hasVerb: boolean } {
  let text = ctx.text.slice(clause.start, upTo);
  text = text.replace(CONNECTOR, "");
  const verb =
    /\s+(?:worth|valued|totaling|totalling|covered|delivered|produced|sold|reported|posted|recorded|generated|attracted|registered|achieved|contributed|received|expanded|increased|decreased|fell|dropped|declined|climbed|jumped|soared|amounted|can|could|may|might|would|accounted|account|was|were|is|are|has|have|had|will|shall|should|saw|reached|surged|rose|grew|boast|boasts|include|included|included|totaled|represented|numbered|stands|exceeded|topped|hit|churned|made|took|involved|signed|seals|sealed|smash|smashes)\b/i.exec(
      text,
    );
  if (verb) text = text.slice(0, verb.index);
  text = text.replace(
    /\b(?:about|around|approximately|nearly|almost|roughly|some|over|more than|less than|at least|at most|up to|in excess of|a total of|a combined|the|of|to)\s*$/i,
    "",
  );
  return {
    subject: text
      .replace(/\s+/g, " ")
      .replace(/[\s,:–—-]+$/, "")
      .trim(),
    hasVerb: Boolean(verb),
  };
}

/** The segment phrase of a signing figure: "offline projects", "state enterprises", "the biomedicine sector". */
function signingSubject(
  ctx: Context,
  sentence: Sentence,
  placed: Placed,
  previous: { subject: string; clause: number } | undefined,
): string {
  const { figure, clauseIndex } = placed;
  const clause = sentence.clauses[clauseIndex];
  if (placed.inferredSubject) return placed.inferredSubject;
  const rest = ctx.text.slice(figure.end, clause.end);
  const phrase =
    /\b(?:signed with|were in|was in|under|from)\s+((?:[\w'’&-]+(?:,\s*|\s+(?:and\s+)?)){0,6}?[\w'’&-]+)(?=\s+(?:sector|industry|were|was|\(|with|worth|valued)|\s*[,(.]|$)/i.exec(
      rest,
    );
  // "in the first half", "from last year" are times, not segments
  const isTime = (text: string) =>
    /^(?:the\s+)?(?:first|second|third|fourth|last|past|next|same|previous|current)\b|\b(?:half|quarters?|years?|months?|period)$/i.test(
      text,
    );
  if (figure.cls === "count" && phrase && !isTime(phrase[1])) return phrase[1];
  if (figure.cls === "count" && figure.nounPhrase && figure.nounPhrase.text.split(/\s+/).length > 1)
    return figure.nounPhrase.text;
  const lead = clauseLead(ctx, clause, figure.start);
  const ownLead =
    lead.hasVerb &&
    lead.subject &&
    !/^(?:a total|the total|total|these|they|it)$/i.test(lead.subject) &&
    !REGION_NAMES.has(lead.subject);
  // Money and shares belong to the count beside them, unless their clause names its own subject.
  if (previous && (previous.clause === clauseIndex || !ownLead || figure.cls === "count")) return previous.subject;
  const fromPhrase = /\b(?:from)\s+((?:[\w'’&-]+(?:,\s*|\s+(?:and\s+)?)){0,6}?[\w'’&-]+)(?=\s+(?:were|was))/i.exec(
    sentence.text,
  );
  if (fromPhrase) return fromPhrase[1];
  if (ownLead && figure.cls !== "count") return lead.subject;
  const leadIn = ctx.text.slice(clause.start, figure.start);
  if (
    clauseIndex > 0 &&
    /(?:[–—]\s*\w+|\b(?:boast|boasts|include|includes|included|cover|covers|comprise|comprises))\s*$/i.test(leadIn)
  ) {
    const opener = clauseSubject(ctx, sentence.clauses[0], sentence.clauses[0].end);
    if (opener) return opener.split(/\s+[–—]\s+/)[0];
  }
  const noun = /\b(projects|deals|contracts|agreements)\s+(?:worth|valued|with)\b/i.exec(leadIn);
  if (noun) return noun[1];
  if (lead.subject && !REGION_NAMES.has(lead.subject) && figure.cls !== "count") return lead.subject;
  return figure.nounPhrase?.text ?? (figure.cls === "money" ? "projects" : figure.unit);
}

function readSentence(ctx: Context, sentence: Sentence, paragraphKind: FactKind | undefined): Fact[] {
  const placedFigures = placeFigures(ctx, sentence);
  if (!placedFigures.length) return [];
  // Names and years are looked up per sentence, which keeps a long document linear in its length.
  ctx.aliases = findAliases(ctx.text, sentence.start, sentence.end);
  ctx.years = findYears(ctx.text, sentence.start, sentence.end, ctx.referenceYear);
  const facts: Fact[] = [];
  const companies = companiesIn(sentence.text);
  const respectively = /\brespectively\b/i.test(sentence.text);
  let companyTurn = 0;
  let previousSubject: { subject: string; clause: number } | undefined;
  const previousKind = EXAMPLE_OPENER.test(sentence.text) || sentence.indexInParagraph > 0 ? paragraphKind : undefined;

  for (const placed of placedFigures) {
    const { figure, clauseIndex } = placed;
    const clause = sentence.clauses[clauseIndex];
    const aheadYear = yearOf(ctx, sentence, placed, true);
    const kind = kindOf(ctx, sentence, placed, aheadYear?.year ?? null, previousKind);
    // A signing's year is its event's: a later clause's "on last year" compares, it does not date.
    const yearMention = kind === "signing" ? yearOf(ctx, sentence, placed, false) : aheadYear;
    let year = yearMention?.year ?? (kind === "actual" ? ctx.referenceYear : null);
    // a reported figure cannot be dated after its report: a later year belongs to a neighbouring clause's plan
    if (kind === "actual" && year !== null && ctx.referenceYear !== null && year > ctx.referenceYear)
      year = ctx.referenceYear;
    const measure = measureOf(figure, clause.text);
    const before = ctx.text.slice(clause.start, figure.start);
    const comparator: Comparator =
      comparatorAfter(ctx.text.slice(figure.end, figure.end + 20)) ?? comparatorBefore(before);

    // A company's own figure is never a city indicator.
    let company: string | undefined;
    if ((figure.cls === "money" || (figure.cls === "count" && figure.unit !== "projects")) && companies.length) {
      const inReach = companies.filter((c) => sentence.start + c.start < figure.start + 200);
      if (respectively && inReach.length > 1) company = inReach[Math.min(companyTurn++, inReach.length - 1)].name;
      else {
        const local = inReach.filter(
          (c) => sentence.start + c.start >= clause.start - 80 && sentence.start + c.start <= clause.end,
        );
        company = (local.length ? local : []).reduce<string | undefined>((best, c) => {
          const near = Math.abs(sentence.start + c.start - figure.start);
          const bestC = companies.find((x) => x.name === best);
          return !bestC || near < Math.abs(sentence.start + bestC.start - figure.start) ? c.name : best;
        }, undefined);
      }
    }

    let indicator: string | null = null;
    let subject: string;
    let region =
      regionOf(ctx, clause.text) ??
      regionOf(ctx, ctx.text.slice(sentence.start, figure.start)) ??
      ctx.region ??
      "Unknown";
    let unit = figure.unit;
    let value: number | null = figure.value;
    let relative: Fact["relative"] = null;

    if (kind === "signing") {
      subject = company ?? signingSubject(ctx, sentence, placed, previousSubject);
      const eventPrefix = findEvents(sentence.text)[0]?.prefix ?? ctx.docEventPrefix;
      const series = EVENT_SERIES.find((s) => s.prefix === eventPrefix);
      const eventYear = year ?? ctx.referenceYear;
      if (series) region = series.region;
      if (!company && series && eventYear !== null) indicator = eventOf(series, eventYear).code;
      year = eventYear;
      if (!company) previousSubject = { subject, clause: clauseIndex };
    } else if (company) {
      subject = company;
    } else {
      const candidates = candidateAliases(ctx, sentence, placed);
      if (figure.cls === "multiple") {
        // "more than doubled last year" reports growth (over 100 %); "should double by 2025" is a relative target
        const change = kind === "actual";
        const multipleFields = change
          ? { measure: "growth" as Measure, value: roundValue(figure.value - 1), relative: null, unit: "ratio" }
          : { measure, value: null, relative: { multiple: figure.value } };
        const respective = /\b(respective|respectively|each|all|their)\b/i.test(sentence.text);
        const codes = new Map<string, AliasMatch>();
        const pool = respective
          ? ctx.aliases.filter((a) => a.start >= sentence.start && a.end <= figure.start)
          : candidates.slice(0, 1);
        for (const alias of pool) {
          const fit = compatible(alias.indicator, figure, measure);
          if (fit && !codes.has(fit.code)) codes.set(fit.code, alias);
        }
        if (!codes.size) {
          facts.push(
            makeFact(ctx, sentence, {
              indicator: null,
              subject: clauseSubject(ctx, clause, figure.start) || "baseline",
              kind,
              year,
              unit: "multiple",
              comparator,
              region,
              ...multipleFields,
            }),
          );
        }
        for (const [code, alias] of codes) {
          const entry = findIndicator(code)!;
          facts.push(
            makeFact(ctx, sentence, {
              indicator: code,
              subject: alias.text,
              kind,
              year,
              unit: entry.unit,
              comparator,
              region,
              ...multipleFields,
            }),
          );
        }
        continue;
      }
      const linked = candidates
        .map((a) => ({ alias: a, entry: compatible(a.indicator, figure, measure) }))
        .find((c) => c.entry);
      if (linked) {
        ctx.previous = { sentence: ctx.sentenceIndex, alias: linked.alias };
        indicator = linked.entry!.code;
        subject = linked.alias.text;
        if (figure.cls === "count") unit = linked.entry!.unit;
        if (yearMention?.period && kind === "target") year = yearMention.period[1];
      } else {
        subject = placed.inferredSubject ?? figure.nounPhrase?.text ?? plainSubject(ctx, clause, figure);
      }
    }
    if (value !== null && figure.cls === "money" && unit !== figure.unit) value = figure.value;
    facts.push(
      makeFact(ctx, sentence, { indicator, subject, kind, measure, year, value, unit, comparator, relative, region }),
    );
  }
  return facts;
}

type FactCore = Pick<
  Fact,
  "indicator" | "subject" | "kind" | "measure" | "year" | "value" | "unit" | "comparator" | "relative" | "region"
> & { period?: Fact["period"] };

function makeFact(ctx: Context, sentence: Sentence, core: FactCore): Fact {
  return {
    doc: ctx.doc,
    region: core.region,
    indicator: core.indicator,
    subject: core.subject,
    kind: core.kind,
    measure: core.measure,
    year: core.year,
    period: core.period ?? null,
    value: core.value === null ? null : roundValue(core.value),
    unit: core.unit,
    comparator: core.comparator,
    relative: core.relative,
    quote: sentence.text,
    start: sentence.start,
    end: sentence.end,
  };
}

/** Removes floating-point noise (252.4 * 1e9) without losing stated precision. */
function roundValue(value: number): number {
  return Number(value.toPrecision(12));
}
