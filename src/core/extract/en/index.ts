/** The English stages, assembled: sentences, figures, cues, years, subjects, indicators, regions. */
import type { FactKind } from "../../types";
import type { DocumentState, ParagraphReader } from "../common/document";
import type { Draft, Span } from "../common/facts";
import type { EventMention } from "../lookup";
import type { Language } from "../languages";
import type { Context } from "./context";
import { headingYears, isHeading, leadTargetYear, leadYear, storyYear, type HeadingYears } from "./sections";
import { firstEditions } from "./editions";
import { carriesOverParagraphs } from "./carried-place";
import { regionIn, subAreaIn } from "./regions";
import { RestatedBounds } from "./restated";
import { readSentence } from "./sentence";
import { reviewedPlan } from "./plan-review";
import { yearlessAverages } from "./average-rates";
import { measuredPart } from "./measured-part";
import { soughtMoney } from "./sought-money";
import { growthGoals } from "./growth-goals";
import { ratesAgain } from "./elided";
import { splitSentences } from "./segments";
import { findTables } from "./tables";

const SAMPLE = 400;

/** Latin letters against all letters (CJK ideographs included) in the paragraph's first characters. */
function detect(text: string, paragraph: Span): number {
  let latin = 0;
  let other = 0;
  const end = Math.min(paragraph.end, paragraph.start + SAMPLE);
  for (let i = paragraph.start; i < end; i++) {
    const code = text.charCodeAt(i);
    if ((code >= 65 && code <= 90) || (code >= 97 && code <= 122)) latin++;
    else if ((code >= 0x3400 && code <= 0x9fff) || (code >= 0xf900 && code <= 0xfaff)) other++;
  }
  return latin + other === 0 ? 0 : latin / (latin + other);
}

function reader(document: DocumentState): ParagraphReader {
  // the document's event mentions, found once for the stages that ask of the whole text
  const mentions = document.lookup.eventsIn(document.text);
  const events = ownEvents(document, document.text, 0, mentions);
  // a page that looks back on an ended plan period tells its results of the period's last year
  const plan = reviewedPlan(document.text, document.referenceYear);
  const ctx: Context = {
    ...document,
    aliases: [],
    years: [],
    periods: [],
    periodHistory: [],
    paragraphPart: null,
    carriedPart: null,
    lastPlace: null,
    contextYear: null,
    contextTargetYear: null,
    goalYear: null,
    storyYear: storyYear(document.text, document.referenceYear) ?? plan?.[1] ?? null,
    reviewedPlan: plan,
    docEventPrefix: events.length ? events[0].prefix : null,
    subArea: null,
    otherEvent: false,
    signingStory: mentions.length > 0,
    previous: null,
    sentenceIndex: 0,
    firstEditions: firstEditions(document.lookup, document.text, mentions),
    edition: null,
  };
  let sentenceIndex = 0;
  const restated = new RestatedBounds(document.text);
  let title: HeadingYears | undefined;
  let section: HeadingYears = { year: null, targetYear: null };
  let storyPart: Context["paragraphPart"] = null;
  return (paragraph) => {
    const drafts: Draft[] = [];
    if (isHeading(document.text, paragraph)) {
      section = headingYears(document.text, paragraph, document.referenceYear);
      // the title dates the whole document; a later heading only its section
      if (title === undefined) {
        title = section;
        ctx.subArea = subAreaIn(document.text.slice(paragraph.start, paragraph.end))?.name ?? null;
      }
    } else if (title === undefined) title = { year: null, targetYear: null };
    ctx.edition = null;
    if (!carriesOverParagraphs(ctx)) ctx.lastPlace = null;
    // a statistics release names its part year once ("in the first half") and goes on in it over paragraphs;
    // a paragraph or heading that names a year of its own ends it
    const ownYear = leadYear(document.text, paragraph, document.referenceYear) !== null;
    // "... expand 5.1 percent in the first half" in a story of the first three quarters looks back at a shorter part
    // of the same year: the next paragraphs go on in the story's part
    const latest = ctx.paragraphPart;
    const lookBack = latest !== null && storyPart !== null && within(latest, storyPart);
    if (latest && !lookBack) storyPart = latest;
    ctx.carriedPart =
      ownYear || (section.year !== null && isHeading(document.text, paragraph))
        ? null
        : lookBack
          ? storyPart
          : (latest ?? ctx.carriedPart);
    ctx.paragraphPart = null;
    // "Jiangsu's 2026 government work report" published in 2026 reports on the story's year, 2025
    const headingYear = (year: number | null) =>
      year !== null && year === document.referenceYear && ctx.storyYear !== null ? null : year;
    ctx.contextYear =
      leadYear(document.text, paragraph, document.referenceYear) ??
      headingYear(section.year) ??
      headingYear(title.year);
    ctx.contextTargetYear =
      leadTargetYear(document.text, paragraph, document.referenceYear) ?? section.targetYear ?? title.targetYear;
    // a paragraph that goes on breaking a signing down stays a signing ("For instance, ...")
    let paragraphKind: FactKind | undefined;
    // run-on tables are read cell by cell; the text around them sentence by sentence
    const tables = findTables(ctx, paragraph);
    let from = paragraph.start;
    const stretches: Span[] = [];
    for (const table of tables) {
      stretches.push({ start: from, end: table.span.start });
      from = table.span.end;
    }
    stretches.push({ start: from, end: paragraph.end });
    for (const [i, stretch] of stretches.entries()) {
      for (const sentence of splitSentences(document.text, stretch.start, stretch.end)) {
        ctx.sentenceIndex = sentenceIndex++;
        const read = ratesAgain(document.text, growthGoals(document.text, readSentence(ctx, sentence, paragraphKind)));
        const found = soughtMoney(ctx, measuredPart(ctx, yearlessAverages(ctx, read)));
        if (found.length) paragraphKind = found[found.length - 1].kind;
        drafts.push(...found);
      }
      if (tables[i]) drafts.push(...tables[i].drafts);
    }
    restated.note(drafts, isHeading(document.text, paragraph));
    return drafts;
  };
}

type Part = NonNullable<Context["paragraphPart"]>;

/** A part of the same year that starts with another and ends before it ("the first half" of "the first three quarters"). */
function within(part: Part, story: Part): boolean {
  return part.year === story.year && part.period.from >= story.period.from && part.period.to < story.period.to;
}

/**
 * Event mentions that are the series' own: "the 2025 Shenzhen Global Investment Promotion Conference" is another
 * city's conference, not Shanghai's GIPC.
 */
export function ownEvents(
  document: DocumentState,
  text: string,
  offset: number,
  mentions = document.lookup.eventsIn(text),
): EventMention[] {
  return mentions.filter((mention) => {
    const series = document.lookup.series(mention.prefix);
    const before = document.text.slice(Math.max(0, offset + mention.start - 30), offset + mention.start);
    const named = regionIn(before);
    return !series || !named || named === series.region || named === "China";
  });
}

export const english: Language = { code: "en", detect, reader };
