/**
 * The Chinese reading of one sentence: its figures become fact drafts with kind, year, period, measure, comparator,
 * region, indicator and subject. Stages: figures (figures.ts) -> filters (thresholds, conversions) -> cues per figure.
 */
import type { Comparator, FactKind, Measure, Period } from "../../types";
import { findFigures } from "./figures";
import { comparatorBefore, isDecline, measureOf, signingCue, startingPlace } from "./cues";
import { goalOfFigure, goalTopic, opensGoalList } from "./goals";
import { isSizeClass } from "./size-class";
import { linkFigure, type Linked, type ZhDocument } from "./link";
import { changeFromYear, comparedBaseYear, spanStartYear, startYearOf } from "./change-start";
import { sentenceNames } from "./sentence-names";
import { readTableLine, tableCell } from "./goal-table";
import { headingKind, headingTopic } from "./headings";
import { clauseKinds, kindOf } from "./kind-of";
import { clauseIndexOf, type Span, type ZhSentence } from "./segments";
import { carriedPeriod, findPeriods, findYears, opensOnThisSigning, reviewEndsLastYear, yearToDate } from "./when";
import { soFar, whenClause } from "./when";
import type { ZhPeriod, ZhYear } from "./when";

export interface ZhDraft {
  indicator: string | null;
  subject: string;
  kind: FactKind;
  measure: Measure;
  year: number | null;
  period: Period | null;
  value: number | null;
  unit: string;
  comparator: Comparator;
  relative: { multiple: number } | null;
  region: string;
  figure: Span;
  sentence: Span;
  clause: Span;
}

/** What a document carries from one sentence to the next: its time ("2024年前三季度，…。其中，…") and its kind. */
export interface ParagraphState {
  paragraph: { start: number; end: number };
  year: ZhYear | null;
  period: ZhPeriod | null;
  kind: FactKind | null;
  /** the sentence before ended with a semicolon, so this one goes on with it */
  continues: boolean;
  /** the kind a heading gives the list under it ("二、2025年主要目标任务" -> target), until the next heading */
  heading: FactKind | null;
  /** the sentence before opened or went on with a list of goals ending in a semicolon (主要预期目标：…；) */
  goalList: boolean;
  /** the start year of a change from one year to another the sentence before told (./change-start.ts) */
  changeFrom?: number | null;
}

const COMPARED_LEAD =
  /^(?:这一增速)?(?:不仅)?(?:高于|低于|快于|慢于|优于|好于)[\u4e00-\u9fff]{0,10}?的?\s?(?:[\d.]+%\s?[和、及与]\s?[\u4e00-\u9fff]{0,10}?的?\s?)?$/;

// A COMMA IN BRACKETS ENDS NO CLAUSE: 规上工业增加值增长（同比，下同）5.1%: the figure's measure is read from where the
// clause the bracket opened in starts
function bracketedFrom(text: string, sentence: ZhSentence, clauseIndex: number): number {
  let index = clauseIndex;
  const open = (to: number) => {
    const lead = text.slice(sentence.start, to);
    return (lead.match(/[(（]/g)?.length ?? 0) > (lead.match(/[)）]/g)?.length ?? 0);
  };
  while (index > 0 && open(sentence.clauses[index].start)) index--;
  return sentence.clauses[index].start;
}

const placeOnly = (before: string): boolean => {
  const rest = before.replace(/^[\s、，,和及与(（]+/, "");
  const place = startingPlace(rest);
  return place > 0 && place === rest.trimEnd().length;
};

// 160.6亿美元、折合1148亿元人民币: the same amount converted
const CONVERSION_BEFORE = /(?:折合|约合|合人民币|相当于人民币)\s?$/;

// OWN_REGION_SERIES: a catalog series is one region's series, as in English (en/link.ts): 重庆新能源汽车产量 is not
// Shanghai's NEV, so another region's figure keeps its region and links to no indicator (a signing keeps its event)
function ownRegionSeries(doc: ZhDocument, kind: FactKind, link: Linked): string | null {
  const region = kind === "signing" || !link.indicator ? undefined : doc.indicator(link.indicator)?.region;
  return region && region.toLowerCase() !== link.region.toLowerCase() ? null : link.indicator;
}

function nearest(mentions: { start: number; end: number }[], figure: Span, preferBefore = true) {
  let best: (typeof mentions)[number] | null = null;
  let bestDistance = Infinity;
  for (const m of mentions) {
    const distance = m.end <= figure.start ? figure.start - m.end : (m.start - figure.end) * (preferBefore ? 1.5 : 1);
    if (distance >= 0 && distance < bestDistance) {
      best = m;
      bestDistance = distance;
    }
  }
  return best;
}

/** The year of a figure: its own clause, then the clauses before it, then (lookAhead) the clauses after. */
function yearOf(
  text: string,
  years: ZhYear[],
  sentence: ZhSentence,
  clauseIndex: number,
  figure: Span,
  lookAhead: boolean,
) {
  // 比上年增长, 较2020年: the year a change is measured against never dates it
  const usable = years.filter((y) => !y.comparison);
  const inClause = (i: number) =>
    usable.filter((y) => y.start >= sentence.clauses[i].start && y.end <= sentence.clauses[i].end);
  // (从2019年的不到10亿元到2024年…: the figure a change starts from is of the year after 从)
  const own =
    startYearOf(text, sentence.clauses[clauseIndex].start, figure.start, usable) ??
    (nearest(inClause(clauseIndex), figure) as ZhYear | null);
  if (own) return own;
  for (let i = clauseIndex - 1; i >= 0; i--) {
    const found = inClause(i);
    // "从2021年到2024年，制造业产值从1500亿元增长至1880亿元": the figure after 从 is of the span's first year
    if (found.length >= 2 && /从\s?$/.test(text.slice(Math.max(0, figure.start - 2), figure.start))) return found[0];
    // (2020年在“十四五”规划中提出…时，…: a clause of when is dated by its calendar year, not by the plan it names)
    const dated = found.filter((y) => !y.plan && !y.horizon);
    if (dated.length && whenClause(text.slice(sentence.clauses[i].start, sentence.clauses[i].end)))
      return dated[dated.length - 1];
    if (found.length) return found[found.length - 1];
  }
  for (let i = clauseIndex + 1; lookAhead && i < sentence.clauses.length; i++) {
    const found = inClause(i);
    if (found.length) return found[0];
  }
  return null;
}

const DATELINE = /^\s*[^\d，。,;；]{0,6}[:：]?\s?(?:19|20)\d{2}\s?年\s?\d{1,2}\s?月\s?\d{1,2}\s?日\s*$/;

/** Reads one sentence; `state` carries the paragraph's time and kind to the next sentence. */
export function readSentence(doc: ZhDocument, sentence: ZhSentence, state: ParagraphState): ZhDraft[] {
  const text = doc.folded;
  const figures = findFigures(text, sentence.start, sentence.end).filter(
    (f) =>
      f.cls !== "points" &&
      !isSizeClass(text, f, sentence) &&
      !CONVERSION_BEFORE.test(text.slice(Math.max(sentence.start, f.start - 8), f.start).replace(/[(（]\s?$/, "")),
  );
  const years = findYears(text, sentence.start, sentence.end, doc.referenceYear);
  // "2023年…。…企业已达350家，五年来翻了一番；产值达到…": a span ending now dates its own sentence, but the
  // sentences after it stay in the year the text has stated
  const carriedYear = () => years.filter((y) => !y.comparison && !y.span).pop() ?? state.year;
  const periods = findPeriods(text, sentence.start, sentence.end);
  if (opensOnThisSigning(text.slice(sentence.start, sentence.end))) state.period = null;
  const endsWithSemicolon = /[；;]\s*$/.test(text.slice(sentence.start, sentence.end));
  // a question ("2025年，重庆如何…？") sets no time for the sentences after it
  const question = /[？?]["'”’)）]*\s*$/.test(text.slice(sentence.start, sentence.end));
  const goalList =
    endsWithSemicolon &&
    ((state.goalList && state.continues) || opensGoalList(text.slice(sentence.start, sentence.end)));
  if (!figures.length) {
    readTableLine(doc, sentence, state.paragraph);
    state.goalList = goalList;
    if (sentence.start <= state.paragraph.start + 2) doc.topic = headingTopic(doc, sentence);
    const goalOf = goalTopic(doc, sentence);
    if (goalOf) doc.previous = { name: goalOf, sentence: doc.sentenceIndex };
    state.continues = endsWithSemicolon;
    state.changeFrom = null;
    state.heading = headingKind(text, sentence, state.paragraph, state.heading);
    // (发布日期:2025年03月09日: a line of a label and a full date alone is the page's dateline, no time of its figures)
    if ((years.length || periods.length) && !question && !DATELINE.test(text.slice(sentence.start, sentence.end))) {
      state.year = carriedYear();
      state.period = periods.length ? carriedPeriod(periods, years) : years.length ? null : state.period;
    }
    return [];
  }
  const ownYear = years.some((y) => !y.comparison);
  const ownTime = ownYear || periods.length > 0;
  const drafts: ZhDraft[] = [];
  const linked: Linked[] = [];
  // (集成电路、生物医药、人工智能三大产业: a group named by its members; 上海经济同比增长…: the whole economy)
  const names = sentenceNames(doc, sentence);
  const clauseKind = clauseKinds(text, sentence);
  const sentenceSigns = signingCue(text.slice(sentence.start, sentence.end));
  // 全市生产总值 / 预期性 / 增长5%左右 / 增长5.4%: a cell of a table of goals and results is its column's, of its row
  const cell = tableCell(doc, sentence, state.paragraph);
  if (cell?.name) doc.topic = cell.name;
  for (const figure of figures) {
    const clauseIndex = clauseIndexOf(sentence, figure.start);
    const clause = sentence.clauses[clauseIndex];
    const before = text.slice(clause.start, figure.start);
    const previousPercent = [...drafts].reverse().find((d) => d.unit === "ratio" && d.measure !== "level");
    // "增长20.8%、8.5%和5.6%": a bare percentage goes on in the measure of the one before it
    // (快于广州的4.6%和天津的3.9%: a figure compared with the one before is in its measure)
    // (19个省市正增长(甲省3.1%、乙省2.6%): a place alone before a percentage of a list goes on in it too)
    const bare = /^[\s、和及与\d.%]*$/.test(before) || COMPARED_LEAD.test(before) || placeOnly(before);
    const measure: Measure = measureOf(
      figure.cls,
      text.slice(bracketedFrom(text, sentence, clauseIndex), clause.end),
      bare ? (previousPercent?.measure as "growth" | "share" | undefined) : undefined,
    );
    // (这一增速高于全国4.2%的平均水平，且扭转了2024年…: the figure a result is compared with is of the result's time,
    // not of a year the clauses after it write)
    const compared = COMPARED_LEAD.test(before) && /^这一|^该/.test(before);
    const own = yearOf(text, years, sentence, clauseIndex, figure, !compared);
    const provisional = own ?? (ownYear && !compared ? null : state.year);
    const carried = !own && provisional !== null;
    const lead = { before: text.slice(sentence.start, figure.start), carried };
    // …为4.6%，低于5%的控制目标: the figure a result is compared with is the goal's value
    const goal = goalOfFigure(before, text.slice(figure.end, Math.min(clause.end, figure.end + 12)));
    const kind = cell
      ? cell.kind
      : goal
        ? "target"
        : kindOf({ doc, sentence, clauseIndex, figure, year: provisional, state, carried, clauseKind, sentenceSigns });
    const yearMention = kind === "signing" ? yearOf(text, years, sentence, clauseIndex, figure, false) : provisional;
    // a sentence with no time of its own is in the time of the sentence before it
    let year =
      yearMention?.year ?? (!ownYear && state.year ? state.year.year : kind === "actual" ? doc.referenceYear : null);
    year = spanStartYear(text, clause.start, figure.start, yearMention) ?? year;
    if (
      !ownYear &&
      state.continues &&
      state.changeFrom &&
      /[从由]\s?$/.test(text.slice(figure.start - 2, figure.start))
    )
      year = state.changeFrom;
    // (较2020年的3.1万亿元: the base compared with is that year's)
    if (kind === "actual") year = comparedBaseYear(text, clause.start, figure.start) ?? year;
    // a report is not dated after its publication by a plan's deadline carried from an earlier sentence
    if (carried && kind === "actual" && year !== null && doc.referenceYear !== null && year > doc.referenceYear)
      year = doc.referenceYear;
    let period: Period | null = null;
    // 一季度实际完成…，超额完成500亿元的目标, 上半年力争完成…: a goal for a part year the sentence writes is that part's
    // (…上半年达5005亿元，预计今年将突破1万亿元: a year written after the part year is the whole year's)
    const partGoal = kind === "target" ? periods.filter((p) => p.start < figure.start).pop() : undefined;
    if (partGoal && !years.some((y) => !y.comparison && y.start >= partGoal.end && y.end <= figure.start)) {
      period = partGoal.period;
      // (a part year with no year written is this year's, as a result in it would be)
      if (period && year === null) year = doc.referenceYear;
    } else if (kind !== "target") {
      const earlier = periods.filter((p) => p.start < figure.start);
      const mention = earlier.length ? earlier[earlier.length - 1] : ownTime ? null : state.period;
      period = mention?.period ?? (kind === "actual" ? soFar(own, periods, doc.referenceMonth) : null);
      if (mention && mention.end <= clause.start) period = yearToDate(text.slice(clause.start, figure.start), period);
      // a January report on 前三季度 with no year is about the year before
      if (
        !yearMention &&
        !(!ownYear && state.year) &&
        period &&
        year !== null &&
        doc.referenceMonth !== null &&
        doc.referenceMonth <= period.to - (mention?.day ? 1 : 0)
      )
        year -= 1;
      // a whole-year result stated with no time at all (or only 全年) in January or February is last year's
      // (重庆人均地区生产总值突破10万元, 某工厂全年交付超30万辆)
      else if (
        kind === "actual" &&
        !yearMention &&
        (!ownTime || (!ownYear && periods.every((p) => p.period === null))) &&
        !state.year &&
        !period &&
        year !== null &&
        doc.referenceMonth !== null &&
        doc.referenceMonth <= 2
      )
        year -= 1;
      // (五年来 or a year carried from the sentences before in a January report; 十年来…从…增至…)
      else if (kind === "actual" && !period && year !== null && reviewEndsLastYear(yearMention, year, doc, lead))
        year -= 1;
    }
    const comparator: Comparator = goal
      ? (goal.comparator ?? figure.comparator ?? "=")
      : (figure.comparator ?? comparatorBefore(before) ?? "=");
    let value: number | null = figure.value;
    if (measure === "growth" && isDecline(before)) value = -value;
    for (const link of linkFigure(
      doc,
      sentence,
      clauseIndex,
      figure,
      { kind, measure, year, yearInSentence: Boolean(yearMention), period: period !== null },
      linked,
      names,
      state.paragraph,
    )) {
      linked.push(link);
      drafts.push({
        indicator: ownRegionSeries(doc, kind, link),
        subject: link.subject,
        kind,
        measure: link.measure ?? measure,
        year: link.signingEventYear !== undefined ? link.signingEventYear : year,
        period,
        value: link.relative ? null : (link.growthValue ?? value),
        unit: link.unit ?? figure.unit,
        comparator,
        relative: link.relative,
        region: link.region,
        figure: { start: figure.start, end: figure.end },
        sentence: { start: sentence.start, end: sentence.end },
        clause: { start: clause.start, end: clause.end },
      });
    }
  }
  if (ownYear) state.year = carriedYear();
  if (ownTime) state.period = carriedPeriod(periods, years);
  state.kind = drafts[drafts.length - 1].kind;
  state.continues = endsWithSemicolon;
  state.changeFrom = endsWithSemicolon ? changeFromYear(text.slice(sentence.start, sentence.end)) : null;
  state.goalList = goalList;
  const goalOf = drafts.some((d) => d.indicator) ? undefined : goalTopic(doc, sentence);
  if (goalOf) doc.previous = { name: goalOf, sentence: doc.sentenceIndex };
  // "作为最早布局人工智能产业的城市，…企业已达350家；产值达到3800多亿元": after a semicolon the sentence goes on
  // about the topic the one before named, even when none of its own figures was the topic's
  if (endsWithSemicolon && names.length && doc.previous?.sentence !== doc.sentenceIndex)
    doc.previous = { name: names[0], sentence: doc.sentenceIndex };
  return drafts;
}
