/** What every language's stages know about the document being read. */
import type { Lookup } from "../lookup";
import type { Draft, Span } from "./facts";

export interface DocumentState {
  text: string;
  doc: string;
  /** the region a figure gets when its text names none */
  region: string | null;
  /** the publication year: "last year" and part-year figures resolve against it */
  referenceYear: number | null;
  /** the publication month, when the date has one: a January report on "the first three quarters" means last year */
  referenceMonth: number | null;
  lookup: Lookup;
}

/** Reads one paragraph of a document; a reader lives for one document and may remember earlier paragraphs. */
export type ParagraphReader = (paragraph: Span) => Draft[];
