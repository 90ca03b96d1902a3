/** The Chinese stages assembled: fold the text, split sentences, read each sentence, carry time and kind along. */
import type { DocumentContext, Fact } from "../../types";
import type { Draft, Span } from "../common/facts";
import { toFact } from "../common/facts";
import { paragraphsOf } from "../common/paragraphs";
import { quoteOf } from "../common/quote";
import { catalogFor, type CatalogData } from "../lookup";
import { referenceYearOf } from "../pipeline";
import { groupsOf } from "./collective";
import type { ZhDocument, ZhIndicator, ZhSeries } from "./link";
import { chineseNames } from "./names";
import { readSentence, type ParagraphState } from "./read";
import { chineseHeading, chineseRestated } from "./restated";
import { splitSentences } from "./segments";
import { fold, hasPinyin, overPinyin } from "./text";

export interface ZhSource {
  text: string;
  doc: string;
  region: string | null;
  referenceYear: number | null;
  referenceMonth?: number | null;
}

// 1-2月…同比增长12.5%，增速较2023年同期加快2.4个百分点: a same-period comparison is with the year before, so a
// page that compares with one year's same period and writes no later year (but its own date) tells that next year,
// however late it is dated (a page dated 2025 republishing 2024's January-February results)
const SAME_PERIOD_OF = /(?:较|比|与|同)\s?((?:19|20)\d{2})\s?年同期/g;
const WRITTEN_YEAR = /((?:19|20)\d{2})\s?年(?!\s?\d{1,2}\s?月\s?\d{1,2}\s?日)/g;

/** The year a page's same-period comparisons are with, when it is the only thing dating a page of a later year. */
function yearComparedWith(folded: string, referenceYear: number | null): number | null {
  if (referenceYear === null || !folded.includes("年同期")) return null;
  const compared = new Set([...folded.matchAll(SAME_PERIOD_OF)].map((m) => Number(m[1])));
  if (compared.size !== 1) return null;
  const [year] = compared;
  if (year + 1 >= referenceYear) return null;
  return [...folded.matchAll(WRITTEN_YEAR)].every((m) => Number(m[1]) <= year) ? year : null;
}

function documentOf(source: ZhSource, catalog: CatalogData): ZhDocument {
  const indicators = catalog.indicators as readonly ZhIndicator[];
  const events = catalog.events as readonly ZhSeries[];
  const byCode = new Map(indicators.map((entry) => [entry.code, entry]));
  const folded = fold(source.text);
  const names = chineseNames(indicators, events);
  const first = names.eventsIn(folded, 0, folded.length)[0];
  const writtenYear = first
    ? /((?:19|20)\d{2})\s?年?\s?(?:上海|重庆)?$/.exec(folded.slice(Math.max(0, first.start - 8), first.start))
    : null;
  const comparedYear = yearComparedWith(folded, source.referenceYear);
  return {
    ...source,
    ...(comparedYear !== null ? { referenceYear: comparedYear + 1 } : {}),
    referenceMonth: source.referenceMonth ?? null,
    folded,
    names,
    indicator: (code) => byCode.get(code),
    groups: groupsOf(indicators),
    eventCode: (series, year) => `${series.prefix}${year}`,
    docEvent: first ? { series: first.entry, year: writtenYear ? Number(writtenYear[1]) : null } : null,
    eventInText: Boolean(first),
    previous: null,
    topic: null,
    sentenceIndex: 0,
  };
}

/** A reader of one document's Chinese paragraphs (the `Language` reader of ./index.ts). */
export function chineseReader(source: ZhSource, catalog: CatalogData): (paragraph: Span) => Draft[] {
  const doc = documentOf(source, catalog);
  const pinyin = hasPinyin(source.text);
  // time and kind carry from paragraph to paragraph: a release states 前三季度 once, a signing report its event once
  const state: ParagraphState = {
    paragraph: { start: 0, end: 0 },
    year: null,
    period: null,
    kind: null,
    continues: false,
    heading: null,
    goalList: false,
  };
  // a bound restated by an exact figure of the same series loses its link (./restated.ts)
  const restated = chineseRestated(doc.folded);
  return (paragraph) => {
    state.paragraph = paragraph;
    state.continues = false;
    const drafts: Draft[] = [];
    doc.previous = null;
    doc.topic = null;
    for (const sentence of splitSentences(doc.folded, paragraph.start, paragraph.end)) {
      drafts.push(...readSentence(doc, sentence, state));
      doc.sentenceIndex++;
    }
    restated.note(drafts, chineseHeading(doc.folded, paragraph));
    // (quotes of a text with pinyin inside words take whole words of the original)
    if (pinyin)
      for (const draft of drafts) {
        draft.sentence = overPinyin(doc.text, doc.folded, draft.sentence);
        draft.clause = overPinyin(doc.text, doc.folded, draft.clause);
      }
    return drafts;
  };
}

/**
 * The Chinese stages alone on a text (every paragraph read as Chinese): facts with quotes verbatim at their offsets.
 * `offset` is where `text` starts in a larger document; the facts' offsets are then the document's.
 */
export function extractChinese(text: string, context: DocumentContext, offset = 0): Fact[] {
  const read = chineseReader(
    {
      text,
      doc: context.doc,
      region: context.region?.trim() || null,
      referenceYear: referenceYearOf(context.date),
      referenceMonth: context.date && /^\d{4}-(\d{2})/.test(context.date) ? Number(context.date.slice(5, 7)) : null,
    },
    catalogFor(context),
  );
  // (a later paragraph's exact figure may unlink an earlier bound: facts are made once all are read)
  const drafts = paragraphsOf(text).flatMap((paragraph) => read(paragraph));
  return drafts.map((draft) => {
    const fact = toFact(text, context.doc, draft, quoteOf(text, draft));
    return offset ? { ...fact, start: fact.start + offset, end: fact.end + offset } : fact;
  });
}
