/**
 * Document text -> facts with provenance (DESIGN.md "Facts"), in stated stages:
 * 1. split the text into paragraphs (`common/paragraphs`);
 * 2. give each paragraph to its language (`languages`), whose stages find figures and cues and draft facts;
 * 3. shared refiners turn drafts into facts: a headline figure the body gives a thousand times over loses its
 *    link (`common/headline`); each quote bounded to the figure's sentence or clause (`common/quote`).
 */
import type { DocumentContext, Fact } from "../types";
import type { DocumentState, ParagraphReader } from "./common/document";
import type { Draft } from "./common/facts";
import { toFact } from "./common/facts";
import { unlinkRestatedHeadline } from "./common/headline";
import { paragraphsOf } from "./common/paragraphs";
import { quoteOf } from "./common/quote";
import { languageOf, type Language } from "./languages";
import { regionOfDocument } from "./document-region";
import { catalogFor, lookupFor } from "./lookup";

/** Largest text extract() reads; longer text is an error the caller must split, not a silent cut. */
export const MAX_TEXT_LENGTH = 50_000_000;

export class ExtractionError extends Error {}

export function referenceYearOf(date: string | null | undefined): number | null {
  if (!date) return null;
  const match = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/.exec(date.trim());
  if (!match) throw new ExtractionError(`date "${date}" is not YYYY-MM-DD or YYYY`);
  return Number(match[1]);
}

function referenceMonthOf(date: string | null | undefined): number | null {
  const month = date ? /^\d{4}-(\d{2})/.exec(date.trim()) : null;
  return month && Number(month[1]) >= 1 && Number(month[1]) <= 12 ? Number(month[1]) : null;
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
  const document: DocumentState = {
    text,
    doc: context.doc,
    region: context.region?.trim() || regionOfDocument(text),
    referenceYear: referenceYearOf(context.date),
    referenceMonth: referenceMonthOf(context.date),
    lookup: lookupFor(catalogFor(context)),
  };
  const readers = new Map<Language, ParagraphReader>();
  const drafts: Draft[] = [];
  let previous: Language | undefined;
  for (const paragraph of paragraphsOf(text)) {
    const language = languageOf(text, paragraph, undefined, previous);
    previous = language;
    let read = readers.get(language);
    if (!read) readers.set(language, (read = language.reader(document)));
    drafts.push(...read(paragraph));
  }
  return unlinkRestatedHeadline(text, drafts).map((draft) => toFact(text, document.doc, draft, quoteOf(text, draft)));
}
