/** Reads one English sentence: its figures, each with kind, year, subject, indicator and region. */
import type { Comparator, FactKind, Measure } from "../../types";
import type { Draft } from "../common/facts";
import { roundValue } from "../common/facts";
import type { AliasMatch } from "../lookup";
import { bareRateNames } from "./bare-rate";
import { companiesIn, firmsFigure } from "./companies";
import type { Context, Placed } from "./context";
import { comparatorAfter, comparatorBefore } from "./cues";
import { goalItem, goalListOf } from "./goal-list";
import { carriedGoalYear, noteGoalSentence, noteGoalYear } from "./goal-year";
import { EXAMPLE_OPENER, kindOf, measureOf } from "./kind";
import { onlyGenericWords } from "./generic-words";
import { isStockSeries } from "./stock";
import { memberMaking } from "./leading-members";
import { candidateAliases, compatible, paragraphLead, respectiveAliases, withPartAfter } from "./link";
import { respectiveMeasureWords } from "./respective-list";
import { comparesWithOther, reachesLevel, relativeOf } from "./multiples";
import { fundMoney, namesAnotherSubject, otherNames } from "./other-names";
import { placeFigures } from "./place";
import { editionOf } from "./editions";
import { elidedMeasure } from "./elided";
import { respectivePlace } from "./respective-places";
import { ownEvents } from "./index";
import { presentStock } from "./present-stock";
import { followPlace } from "./carried-place";
import { regionOf } from "./region";
import { ownerOfRelativeClause } from "./relative-owner";
import type { Sentence } from "./segments";
import { clauseSubject, plainSubject, signingSubject } from "./subjects";
import { changeOverYears, datedAsChange, goesOnInPart, namesOwnTime, periodOf, tallyGoesOn, yearOf } from "./when";
import { findPeriods, namesSeveralParts, resolveAnaphors } from "./periods";
import { findYears } from "./years";
import { says } from "./said";
import { perCapitaUnit } from "./units";
import { yearJustEnded } from "./year-just-ended";
import { investmentIn, moneySpent } from "./money-put-in";
import { defaultYear, draft } from "./draft";

const FALL =
  /\b(?:down|fell|falls?|falling|declined?|declining|dropp(?:ed|ing)|drops?|decreased?|decreasing|contract(?:ed|ing)|shrank|shrinking|slid|sliding|slipp(?:ed|ing)|plunged|plummeted|lower|dipp(?:ed|ing)|dips?|slump(?:ed|ing)?)\b(?:\s+(?:by|of|a|about|around|nearly|almost|more than|over|some))*\s*$|\ba\s+(?:drop|decline|decrease|fall|contraction)\s+of\s*$/i;

// "a 32 percent decrease from the same period"
// "0.8 percent less than the same time in 2023"
const FALL_AFTER =
  /^\s*(?:year[- ]on[- ]year\s+)?(?:decrease|drop|decline|fall|contraction|slump|dip)\b|^\s*(?:lower|less) than (?:the same (?:period|time)|a year (?:earlier|ago|before)|(?:last|the previous|the prior) year)\b/i;

const POLICY_MONEY =
  /^\s*(?:(?:of|in)\s+)?(?:[\w-]+\s+){0,2}?(?:credit lines?|credit|loans?|funds?|subsid(?:y|ies)|grants?|bonds?)\b/i;
// "reached 93 billion yuan, a 4 billion yuan increase": an amount of change is no series' level
const CHANGE_AMOUNT =
  /^\s*(?:yuan\s+)?(?:(?:year[- ]on[- ]year|annual)\s+)?(?:increase|rise|gain|jump|drop|decline|decrease)\b/i;

// "since the first conference was held in 2021", "since its launch": a running total over every edition
const SEVERAL_EDITIONS =
  /\b(?:first|past|previous|last)\s+(?:two|three|four|five|six|seven|eight|nine|ten|\d+)\s+(?:sessions|editions)\b|\b(?:past|previous) (?:sessions|editions)\b|\bsince (?:the|its) (?:first (?:conference|edition|session|expo|event)|(?:launch|inception|debut))\b/i;

export function readSentence(ctx: Context, sentence: Sentence, paragraphKind: FactKind | undefined): Draft[] {
  const periods = resolveAnaphors(findPeriods(ctx.text, sentence.start, sentence.end), ctx.periodHistory, ctx.text);
  ctx.periodHistory = periods.history;
  // the event a sentence names is the one its figures (and the next sentences' breakdowns) are about
  const named = ctx.lookup.eventsIn(sentence.text);
  const own = named.length ? ownEvents(ctx, sentence.text, sentence.start, named) : [];
  if (named.length) ctx.otherEvent = own.length === 0;
  if (own.length) ctx.edition = editionOf(sentence.text, own, ctx.firstEditions);
  // read before the figures: a goal list's opener ("The main targets for this year are:") may have none
  const goalList = goalListOf(ctx, sentence);
  const placedFigures = placeFigures(ctx, sentence);
  const carriedPlace = followPlace(ctx, sentence, placedFigures[0]?.figure.start);
  if (!placedFigures.length) {
    noteGoalSentence(ctx, sentence);
    return [];
  }
  // Names and years are looked up per sentence, which keeps a long document linear in its length.
  ctx.aliases = otherNames(ctx, sentence, ctx.lookup.aliasesIn(ctx.text, sentence.start, sentence.end));
  ctx.years = findYears(ctx.text, sentence.start, sentence.end, ctx.referenceYear);
  ctx.periods = periods.mentions;
  const severalParts = namesSeveralParts(periods.mentions);
  const facts: Draft[] = [];
  const companies = companiesIn(sentence.text, ctx.lookup);
  const respectively = /\brespectively\b/i.test(sentence.text);
  let companyTurn = 0;
  // what the sentence or a clause says whatever the figure, read at its first figure that asks
  let severalEditions: boolean | undefined;
  let eachOwn: boolean | undefined;
  const clauseRegions = new Map<number, string | undefined>();
  const clauseRegion = (index: number): string | undefined => {
    if (!clauseRegions.has(index)) clauseRegions.set(index, regionOf(ctx, sentence.clauses[index].text));
    return clauseRegions.get(index);
  };
  let previousSubject: { subject: string; clause: number } | undefined;
  let previousMeasure: { placed: Placed; measure: Measure } | undefined;
  const previousKind = says(sentence, EXAMPLE_OPENER) || sentence.indexInParagraph > 0 ? paragraphKind : undefined;

  for (const placed of placedFigures) {
    const { figure, clauseIndex } = placed;
    const clause = sentence.clauses[clauseIndex];
    const change = datedAsChange(ctx, sentence, placed);
    const aheadYear = yearOf(ctx, sentence, placed, true, change);
    const goal = goalItem(ctx, sentence, placed, goalList);
    const kind = goal ? goal.kind : kindOf(ctx, sentence, placed, aheadYear?.year ?? null, previousKind);
    // A signing's year is its event's: a later clause's "on last year" compares, it does not date.
    const yearMention = kind === "signing" ? yearOf(ctx, sentence, placed, false, change) : aheadYear;
    const ownYear = goal?.year ?? yearMention?.year ?? null;
    if (kind === "target" && ownYear !== null) noteGoalYear(ctx, ownYear);
    let year = ownYear ?? defaultYear(ctx, kind);
    // "Budget revenue is expected to rise 3 percent": a goal with no year of its own is for the story's goals' year
    const carried = year === null && kind === "target";
    if (carried) year = carriedGoalYear(ctx, sentence);
    // "is home to 1,200 enterprises", "11 projects are under construction": a stock as the report stands, this year
    const stock = kind === "actual" && ctx.referenceYear !== null && presentStock(ctx, sentence, clause, yearMention);
    if (stock) year = ctx.referenceYear;
    // a reported figure cannot be dated after its report: a later year belongs to a neighbouring clause's plan
    if (kind === "actual" && year !== null && ctx.referenceYear !== null && year > ctx.referenceYear)
      year = ctx.referenceYear;
    // an event's signings are the event's, not a part of a year, unless the sentence names its part year: "In the
    // first quarter, 380 projects were signed in the city" (told at the event) is the quarter's, no edition's
    let part = periodOf(ctx, sentence, placed, yearMention, change);
    const quarterSignings =
      kind === "signing" && ctx.docEventPrefix !== null && part !== null && ownPart(ctx, sentence);
    if (kind === "signing" && ctx.docEventPrefix && !quarterSignings) part = null;
    // "In January-September, ... The output value of ... grew 9.7 percent": the paragraph goes on in its period
    // ("By quarter, GDP grew 5.4% in Q1, ... 4.5% in Q4": a breakdown over several parts leaves the paragraph's part)
    if (part) ctx.paragraphPart = severalParts ? ctx.paragraphPart : part;
    else if (namesOwnTime(ctx, sentence)) ctx.paragraphPart = ctx.carriedPart = null;
    else if (((kind === "actual" && !stock) || tallyGoesOn(ctx, sentence, kind)) && ctx.paragraphPart)
      part = ctx.paragraphPart;
    // growth or share is read around the figure: another figure's "GDP growth" earlier in the clause is not its
    const previousEnd = placedFigures
      .filter((p) => p.clauseIndex === clauseIndex && p.figure.end <= figure.start)
      .reduce((end, p) => Math.max(end, p.figure.end), clause.start);
    const measure =
      elidedMeasure(ctx.text, placed, previousMeasure) ??
      measureOf(
        figure,
        respectiveMeasureWords(ctx, sentence, placed, placedFigures) ?? ctx.text.slice(previousEnd, figure.start),
        ctx.text.slice(figure.end, Math.min(clause.end, figure.end + 60)),
      );
    previousMeasure = { placed, measure };
    // "In the first half, ... [paragraphs later] the growth in new products ... was 65.7 percent": a rate of change
    // that names no time goes on in the part year the release set (a count or level may be a stock as it stands)
    if (!part && ctx.carriedPart && goesOnInPart(ctx, sentence, clause, figure, measure, kind)) part = ctx.carriedPart;
    if (part && part.year !== null) year = part.year;
    let period = part?.period ?? null;
    const before = ctx.text.slice(clause.start, figure.start);
    // a range ("10-12 billion yuan") is two facts: at least its low bound, at most its high bound
    const comparator: Comparator = figure.bound
      ? figure.bound
      : (comparatorAfter(ctx.text.slice(figure.end, figure.end + 20)) ?? comparatorBefore(before));

    // A company's own figure is never a city indicator.
    let company: string | undefined;
    if (firmsFigure(figure, companies, sentence.start, clause.start)) {
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
    // the clause's words before the figure name its owner first: "..., up 15.3 percent, above the national 10.8 percent"
    // (the sentence's words before it are the clause's when the clause opens the sentence; a clause is read once)
    let region =
      respectivePlace(ctx, sentence, placed, placedFigures) ??
      ownerOfRelativeClause(ctx, sentence, clause) ??
      regionOf(ctx, ctx.text.slice(clause.start, figure.start)) ??
      (clause.start > sentence.start ? regionOf(ctx, ctx.text.slice(sentence.start, figure.start)) : undefined) ??
      clauseRegion(clauseIndex) ??
      carriedPlace ??
      ctx.region ??
      "Unknown";
    let unit = figure.unit;
    let value: number | null = figure.value;
    // "down 4.1 percent", "retail sales fell 1.2 percent": a fall is a negative rate
    if (
      measure === "growth" &&
      (FALL.test(before.slice(-40)) || FALL_AFTER.test(ctx.text.slice(figure.end, figure.end + 40)))
    )
      value = -figure.value;
    let relative: Draft["relative"] = null;

    if (kind === "signing") {
      subject = company ?? signingSubject(ctx, sentence, placed, previousSubject);
      const eventPrefix = own[0]?.prefix ?? (ctx.otherEvent ? null : ctx.docEventPrefix);
      const series = eventPrefix ? ctx.lookup.series(eventPrefix) : undefined;
      const edition = ctx.edition && (!eventPrefix || ctx.edition.prefix === eventPrefix) ? ctx.edition : null;
      const eventYear = year ?? edition?.year ?? ctx.referenceYear;
      if (series) region = series.region;
      // "in the first two sessions": a sum over editions is no one edition's, nor one year's
      const editions = (severalEditions ??= SEVERAL_EDITIONS.test(sentence.text));
      // "With a total investment of 2 billion yuan, the project ...": one signed project's figures are not the event's
      if (!company && !editions && !quarterSignings && !oneProject(sentence) && series && eventYear !== null)
        indicator = ctx.lookup.event(series, eventYear).code;
      year = editions ? null : eventYear;
      if (!company) previousSubject = { subject, clause: clauseIndex };
    } else if (company) {
      subject = company;
      // a company's own plan is not one of the story's goals
      if (carried) year = null;
    } else {
      // "150 billion yuan of credit lines", "a 30-billion-yuan fund for AI start-ups": policy money is no industry's size
      const policyMoney =
        (figure.cls === "money" && POLICY_MONEY.test(ctx.text.slice(figure.end, figure.end + 50))) ||
        (figure.cls === "money" && CHANGE_AMOUNT.test(ctx.text.slice(figure.end, figure.end + 40))) ||
        fundMoney(ctx, sentence, placed);
      // "investment in the three leading industries rose 18.9 percent": money put into an industry is not its size
      // "GDP grew 33 percent from 2016" (in 2021): a change over several years is no series' figure
      const overYears = measure === "growth" && year !== null && changeOverYears(ctx, sentence, placed, year);
      const spent = moneySpent(ctx, clause, figure);
      let candidates =
        policyMoney || overYears
          ? []
          : candidateAliases(ctx, sentence, placed, placedFigures).filter(
              (alias) => !investmentIn(ctx, alias, spent) && !namesAnotherSubject(ctx, alias, figure, placedFigures),
            );
      if (measure === "growth" && figure.cls === "percent" && !policyMoney && !overYears)
        candidates = withPartAfter(ctx, figure, candidates);
      // "Ningbo posted a growth rate of 4.2 percent", "the rate slowed to 3.8 percent": a rate naming no series
      if (!candidates.length && !policyMoney && !overYears) candidates.push(...bareRateNames(ctx, sentence, placed));
      if (figure.cls === "multiple") {
        if (comparesWithOther(ctx, placed)) continue;
        // "more than doubled last year" reports growth (over 100 %); "should double by 2025" is a relative target
        const change = kind === "actual";
        if (change && reachesLevel(ctx, placed, placedFigures)) continue;
        const multipleFields = change
          ? { measure: "growth" as Measure, value: roundValue(figure.value - 1), relative: null, unit: "ratio" }
          : { measure, value: null, relative: relativeOf(ctx, placed, clause.end) };
        const respective = (eachOwn ??= /\b(respective|respectively|each|all|their)\b/i.test(sentence.text));
        const codes = new Map<string, AliasMatch>();
        const pool =
          respectiveAliases(ctx, sentence, placed, placedFigures) ??
          (respective
            ? ctx.aliases.filter((a) => a.start >= sentence.start && a.end <= figure.start)
            : candidates.slice(0, 1));
        // "will double in the next five years": a relative target with no year of its own is no plan's target
        const untracked = !change && year === null;
        for (const alias of untracked ? [] : pool) {
          const fit = compatible(ctx.lookup, alias.indicator, figure, measure, region);
          if (fit && !codes.has(fit.code)) codes.set(fit.code, alias);
        }
        if (!codes.size) {
          facts.push(
            draft(sentence, clause, placed, {
              period,
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
          const entry = ctx.lookup.indicator(code)!;
          facts.push(
            draft(sentence, clause, placed, {
              period,
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
      const words = ctx.text.slice(clause.start, Math.min(clause.end, figure.end + 30));
      // the sentence up to the figure: "85,692 NEVs were registered ..., a 32 percent decrease" is not output
      const lead = ctx.text.slice(sentence.start, Math.min(clause.end, figure.end + 30));
      // the first candidate the figure fits (the ones after it are not asked)
      let linked: { alias: AliasMatch; entry: NonNullable<ReturnType<typeof compatible>> } | undefined;
      for (const alias of candidates) {
        const paragraph = paragraphLead(ctx, sentence, figure, clause.end);
        const entry = compatible(ctx.lookup, alias.indicator, figure, measure, region, words, lead, paragraph);
        if (entry) {
          linked = { alias, entry };
          break;
        }
      }
      // "industrial investment reached 97 billion yuan in the first half": a part year's level is no running total
      // over the plan (its growth is still the series' reported rate)
      // ("as of the end of June, the fleet reached 710,000": a stock as it stood then, the year's, no part year's)
      if (
        linked &&
        period !== null &&
        measure === "level" &&
        isStockSeries(ctx.lookup, linked.entry) &&
        AT_MOMENT.test(lead)
      )
        period = null;
      if (linked?.entry.path === "cumulative" && measure === "level" && period !== null) linked = undefined;
      if (linked) {
        ctx.previous = { sentence: ctx.sentenceIndex, alias: linked.alias };
        // (the group's manufacturing output: biomedicine's rate is its manufacturing's)
        indicator = (memberMaking(ctx.lookup, linked.entry, measure, ctx.text, linked.alias.start, figure.start) ??
          linked.entry)!.code;
        subject = linked.alias.text;
        // a per-head amount linked to its series is counted in the series' unit ("yuan per person" for GDP per capita)
        if (figure.cls === "count" || (figure.cls === "money" && /\bper\b/.test(linked.entry!.unit)))
          unit = linked.entry!.unit;
        if (yearMention?.period && kind === "target") year = yearMention.period[1];
        if (kind === "actual" && !stock) year = yearJustEnded(ctx, linked.entry, year, period, ownYear !== null);
      } else {
        subject = placed.inferredSubject ?? figure.nounPhrase?.text ?? plainSubject(ctx, clause, figure);
        // "Industrial output ... rose 6.3 percent; in March alone it jumped ...": a sentence that opens on an unnamed
        // subject is what its "it" is about
        const opensOnIt = placed === placedFigures[0] && !onlyGenericWords(ctx.text.slice(clause.start, figure.start));
        if (figure.cls !== "count" && opensOnIt) ctx.previous = null;
        // another region's NEV output is still counted in vehicles
        // and registered NEVs ("710,000 were NEVs") are vehicles too, though not the output series
        // "..., while Hefei ranked second with 812,000 units": the units the sentence counted earlier
        const earlier = ctx.aliases.filter((a) => a.end <= figure.start).pop();
        const elsewhere =
          figure.cls === "count" && /^(?:units|count)$/.test(figure.unit) ? (candidates[0] ?? earlier) : undefined;
        const counted = elsewhere && compatible(ctx.lookup, elsewhere.indicator, figure, measure, null);
        if (counted && (figure.unit === "units" || counted.unit === "vehicles")) unit = counted.unit;
        // "The per capita GDP reached CNY 89,358", "income per head was 84,834 yuan": money per person, whosever
        if (figure.cls === "money") unit = perCapitaUnit(unit, before);
      }
    }
    if (value !== null && figure.cls === "money" && unit !== figure.unit) value = figure.value;
    facts.push(
      draft(sentence, clause, placed, {
        period,
        indicator,
        subject,
        kind,
        measure,
        year,
        value,
        unit,
        comparator,
        relative,
        region,
      }),
    );
  }
  return facts;
}

const AT_MOMENT = /\b(?:as of|by the end of|at the end of|as at)\b/i;

// "the project", "this facility", "its annual output": the sentence is about one project, not an event's tally
const ONE_PROJECT =
  /\b(?:the|this) (?:project|facility|plant|factory)\b(?!\s+(?:lists?|pools?|library|bank|pipeline)\b)|\b(?:this|its|the) (?:annual|yearly) output\b/i;

function oneProject(sentence: Sentence): boolean {
  return ONE_PROJECT.test(sentence.text);
}

/** The sentence opens on a part year of its own ("In the first quarter, ..."), not one carried or referred to. */
function ownPart(ctx: Context, sentence: Sentence): boolean {
  return ctx.periods.some(
    (p) => p.period !== null && p.start - sentence.start < 12 && /^\W*(?:In|During|For)\b/.test(sentence.text),
  );
}
