/**
 * The kind of a Chinese figure (target, actual or signing): read from its own clause's words, the clauses around it,
 * its year against the document's, the heading and list it stands under, and what the paragraph told before.
 */
import type { FactKind } from "../../types";
import { notASigning, signingCue, strongKind, targetCue, weakActualCue } from "./cues";
import { changeReached, startYearOf } from "./change-start";
import type { ZhFigure } from "./figures";
import type { ZhDocument } from "./link";
import type { ParagraphState } from "./read";
import type { ZhSentence } from "./segments";
import { pastWhen, type ZhYear } from "./when";
import { arrangesProjects } from "./works";
import { periodProjectCount } from "./period-signings";

// 预计 about a year already over is an estimate of what happened ("2024年…汽车产业增加值预计增长26.7%")
const ESTIMATE = /预计/;

/** What the kind of one figure is read from: the sentence, the figure's clause, its provisional year, the paragraph. */
export interface KindInput {
  doc: ZhDocument;
  sentence: ZhSentence;
  clauseIndex: number;
  figure: ZhFigure;
  year: ZhYear | null;
  state: ParagraphState;
  /** the year came from an earlier sentence */
  carried: boolean;
  /** the strong kind of clause i (strongKind), read once per sentence */
  clauseKind: (i: number) => FactKind | null;
  /** the sentence holds a word of signing (signingCue, which its clauses hold only if it does) */
  sentenceSigns: boolean;
}

/** The strong kind of each clause of a sentence, read when first asked: its figures ask about the same clauses. */
export function clauseKinds(text: string, sentence: ZhSentence): (i: number) => FactKind | null {
  const known: (FactKind | null | undefined)[] = [];
  return (i) => {
    const c = sentence.clauses[i];
    return known[i] !== undefined ? known[i]! : (known[i] = strongKind(text.slice(c.start, c.end)));
  };
}

export function kindOf(input: KindInput): FactKind {
  const { doc, sentence, year } = input;
  const kind = kindByCues(input);
  // 同时，安排预备项目48项: the projects a plan of this year or a later one arranges are the plan's
  const clause = sentence.clauses[input.clauseIndex];
  const own = doc.folded.slice(clause.start, clause.end);
  if (
    kind === "actual" &&
    arrangesProjects(own) &&
    input.clauseKind(input.clauseIndex) === null &&
    (year === null || doc.referenceYear === null || year.year >= doc.referenceYear)
  )
    return "target";
  if (
    kind === "target" &&
    year !== null &&
    doc.referenceYear !== null &&
    year.year < doc.referenceYear &&
    ESTIMATE.test(doc.folded.slice(sentence.start, sentence.end)) &&
    !/(?<![年高长加升大])到\s?(?:19|20)\d{2}\s?年|力争|目标/.test(doc.folded.slice(sentence.start, sentence.end))
  )
    return "actual";
  // (从2019年的不到10亿元到2024年有望突破…: the start of a change in a year already over is a result)
  if (kind === "target" && year !== null && doc.referenceYear !== null && year.year < doc.referenceYear)
    if (startYearOf(doc.folded, clause.start, input.figure.start, [year])) return "actual";
  return kind;
}

// (过去一年，全市落地亿元以上项目…: a sentence that writes a year, by number or as the year just past, tells that
// year's results, not the event's)
const WRITES_A_YEAR = /(?:19|20)\d{2}\s?年|过去一年|一年来|去年|(?<!以)上年|上一年/;

function kindByCues(input: KindInput): FactKind {
  const { doc, sentence, clauseIndex, figure, year, state, carried, clauseKind, sentenceSigns } = input;
  const clause = sentence.clauses[clauseIndex];
  const own = doc.folded.slice(clause.start, clause.end);
  const whole = doc.folded.slice(sentence.start, sentence.end);
  const eligibleForSigning =
    figure.cls === "money" ||
    figure.cls === "percent" ||
    figure.cls === "fraction" ||
    (figure.cls === "count" && figure.unit === "projects");
  // (no rule below holds for a sentence with no word of signing, naming no event, after no signing)
  const maySign = sentenceSigns || doc.eventInText || state.kind === "signing";
  if (eligibleForSigning && maySign && !notASigning(own)) {
    // 今年以来累计签约亿元以上产业项目…个、总投资…: a period's count of projects over 100 million yuan, no signing
    if (periodProjectCount(doc.folded, sentence, clauseIndex, figure.start)) return "actual";
    if (sentenceSigns && signingCue(own)) return "signing";
    if (sentenceSigns && !(targetCue(own) && !doc.eventInText)) return "signing";
    // a paragraph that goes on breaking a signing down stays a signing ("其中，智能制造类项目32个")
    // a report on the document's event: its figures of projects are the event's ("项目平均投资额达38亿元")
    if (doc.eventInText && /项目/.test(whole) && !targetCue(own) && !notASigning(whole) && !WRITES_A_YEAR.test(whole))
      return "signing";
    if (
      state.kind === "signing" &&
      (state.continues || /^(?:其中|另外|此外|包括)/.test(whole)) &&
      !targetCue(own) &&
      !notASigning(whole)
    )
      return "signing";
  }
  const ownKind = clauseKind(clauseIndex);
  if (ownKind) return ownKind;
  for (let i = clauseIndex - 1; i >= 0; i--) {
    const c = sentence.clauses[i];
    // (…在规划中提出…概念时: the words of a clause of when in a past year plan nothing)
    if (pastWhen(doc.folded.slice(c.start, c.end), doc.referenceYear)) continue;
    const kind = clauseKind(i);
    if (kind) return kind;
  }
  const ref = doc.referenceYear;
  // under a heading of targets ("■ 2025年主要预期目标"), a line with no cue of its own is one of them,
  // unless it is about a year already over ("上海'十五五'发展目标" … "2025年，…达到4800亿元")
  if (state.heading === "target" && (year === null || ref === null || year.year >= ref)) return "target";
  // 主要预期目标：…；城镇调查失业率5.5%左右；居民消费价格涨幅3%左右: an item of a list of goals, of whatever year
  if (state.goalList && state.continues) return "target";
  // (“十四五”期间，…突破…；…比重达8%左右: going on after a semicolon from results, the plan's period is no deadline)
  const fromResults = carried && state.continues && state.kind === "actual";
  const planned =
    year !== null &&
    ((ref !== null && year.year > ref) || (year.deadline && !fromResults && (ref === null || year.year >= ref)));
  // a deadline carried from an earlier sentence is weaker than the words of this one ("…，比上年提高0.1个百分点")
  if (!carried) {
    if (year && ref !== null && year.year > ref) return "target";
    if (year?.deadline && (ref === null || year.year >= ref) && !weakActualCue(own)) return "target";
    if (weakActualCue(own)) return "actual";
  }
  for (let i = clauseIndex + 1; i < sentence.clauses.length; i++) {
    const kind = clauseKind(i);
    if (kind) return kind;
  }
  if (planned && carried && changeReached(whole)) return "actual";
  if (planned) return "target";
  // (今年…。培育打造20个新场景 in a January report: a figure of the year just begun with no word of a result is its plan)
  if (year?.year === ref && (doc.referenceMonth ?? 12) <= 2 && !weakActualCue(whole)) return "target";
  return "actual";
}
