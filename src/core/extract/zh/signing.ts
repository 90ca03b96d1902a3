/**
 * What a Chinese signing figure is about: the event (and edition) its sentence or paragraph names, or a company.
 * Separate from link.ts because signings follow their own rules (editions, events, districts' parts of an event)
 * that share nothing with how the other figures find their indicator.
 */
import type { FactKind } from "../../types";
import { districtPart } from "./district";
import type { Linked, ZhDocument } from "./document";
import type { ZhFigure } from "./figures";
import type { Span, ZhSentence } from "./segments";
import { leadSubject } from "./subject";

const YEAR_OR_TIME = /(?:19|20)\d{2}\s?年|去年|今年|一年来|年初|以来|\d{1,2}月/;
const EVENT_CONTEXT = /会上|本届|本次|此次|现场|大会|博览会|智博会|签约活动/;
const THIS_EDITION = /此次|本次|本届|这次/;
const EARLIER_EDITIONS =
  /(?<![较比与])(?:上|前|往|历)[两二三四五\d]?(?:届|次)|连续[\d两二三四五六七八九十]+(?:年|届|次)|[\d两二三四五六七八九十]+年(?:来|间|以来)?(?:累计)?签约|(?:今年|年初)以来|[\d两二三四五六七八九十]+\s?(?:年|届|次)(?:大会|会议|博览会|峰会|论坛|展会|活动)?期间|[\d两二三四五六七八九十]+\s?届(?:大会|会议|博览会|峰会|论坛|展会|活动)?(?:以来|来)/;

// 近期, 近日, 日前, 最近: a clause that opens on a time of its own, after a total over the editions or the year
const OWN_TIME_OPENING = /^[，,；;\s]*(?:近期|近日|日前|最近)/;

/**
 * Where the words that date a signing begin: the sentence's start, or the last clause up to the figure's that opens
 * on a recent time of its own (今年以来累计签约…，近期又签约…: the second total is not the year's).
 */
function sinceOwnTime(text: string, sentence: ZhSentence, clause: Span): number {
  let from = sentence.start;
  for (const c of sentence.clauses) {
    if (c.start > clause.start) break;
    if (OWN_TIME_OPENING.test(text.slice(c.start, c.start + 6))) from = c.start;
  }
  return from;
}

/** The link of a signing figure: the event's series of its year when it is this edition's, else only its subject. */
export function linkSigning(
  doc: ZhDocument,
  sentence: ZhSentence,
  clause: Span,
  figure: ZhFigure,
  fact: { kind: FactKind; year: number | null; yearInSentence: boolean; period: boolean },
  earlier: Linked[],
  paragraph: { start: number },
  company: string | undefined,
  region: string,
): Linked[] {
  const text = doc.folded;
  const mention = doc.names.eventsIn(text, sentence.start, sentence.end)[0];
  // the document's event, for a signing in a paragraph about it (本届, 此次, 会上); not for other signings it reports
  const aboutEvent =
    !mention &&
    !fact.period &&
    doc.docEvent !== null &&
    (!YEAR_OR_TIME.test(text.slice(paragraph.start, sentence.end)) ||
      EVENT_CONTEXT.test(text.slice(paragraph.start, sentence.end)));
  // 上两届智博会, 前两次大会, 连续3年举办…累计签约, 今年以来累计签约: earlier or all editions together, not this one
  // (unless the words after them come back to this one: "…，包括此次大会现场签约的26个项目")
  // (今年以来累计签约…，近日又排出重点签约项目95个…: a clause opening on a time of its own starts afresh)
  const leading = text.slice(sinceOwnTime(text, sentence, clause), figure.start);
  const cumulative = EARLIER_EDITIONS.exec(leading);
  const earlierEditions = cumulative !== null && !THIS_EDITION.test(leading.slice(cumulative.index));
  // (松江区有25个项目签约: one district's part of the event)
  const series =
    earlierEditions || districtPart(doc, leading, mention !== undefined)
      ? undefined
      : (mention?.entry ?? (aboutEvent ? doc.docEvent!.series : undefined));
  const written = mention
    ? /((?:19|20)\d{2})\s?年?\s?(?:上海|重庆)?$/.exec(text.slice(Math.max(0, mention.start - 8), mention.start))
    : null;
  const ownYear = fact.yearInSentence ? fact.year : null;
  const eventYear = written
    ? Number(written[1])
    : (ownYear ?? (aboutEvent ? doc.docEvent!.year : null) ?? fact.year ?? doc.referenceYear);
  const previousSegment = [...earlier].reverse().find((l) => l.signingSubject)?.signingSubject;
  const own = figure.noun ?? (leadSubject(text, clause.start, figure.start) || undefined);
  const subject = company ?? (figure.cls === "count" ? (own ?? "项目") : (previousSegment ?? own ?? "签约项目"));
  return [
    {
      indicator: series && !company && eventYear !== null ? doc.eventCode(series, eventYear) : null,
      subject,
      region: series ? series.region : region,
      relative: null,
      signingEventYear: eventYear,
      ...(figure.cls === "count" && !company ? { signingSubject: subject } : {}),
    },
  ];
}
