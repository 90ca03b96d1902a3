/**
 * The languages the extractor reads, and which one reads each paragraph.
 *
 * A language is a folder of stages (`./en/` for English) that exports one `Language`: `detect` scores how much of a
 * paragraph is written in it (0..1), `reader` makes a paragraph reader for one document. Every paragraph goes to the
 * language with the highest score (English when none scores), so a Chinese document with English headings, or an
 * English article quoting a Chinese title, is read paragraph by paragraph in the right language.
 *
 * Adding a language: write `./<code>/index.ts` exporting a `Language` (the English one is the model; the shared
 * refiners in `./common/` — quotes, fact assembly — apply to every language) and add it to `LANGUAGES` below.
 */
import type { DocumentState, ParagraphReader } from "./common/document";
import type { Span } from "./common/facts";
import { english } from "./en";
import { chinese } from "./zh";

export interface Language {
  code: string;
  /** share of text[paragraph] written in this language, 0..1 */
  detect(text: string, paragraph: Span): number;
  reader(document: DocumentState): ParagraphReader;
}

export const LANGUAGES: readonly Language[] = [english, chinese];

/**
 * The language of a paragraph; one with no letters of any language that holds a rate (a flattened table's cell: 45%,
 * 4.5%) goes on in the language of the paragraph before it (`previous`), English when there is none (a page's number,
 * 1/4, or a date line stays English's, which reads no figure in it).
 */
export function languageOf(
  text: string,
  paragraph: Span,
  languages: readonly Language[] = LANGUAGES,
  previous?: Language,
): Language {
  let best = languages[0];
  let bestScore = 0;
  for (const language of languages) {
    const score = language.detect(text, paragraph);
    if (score > bestScore) {
      best = language;
      bestScore = score;
    }
    // no score is above 1: a paragraph wholly in one language is not asked of the others (most of a document's)
    if (bestScore >= 1) break;
  }
  return bestScore === 0 && previous && /[%％]/.test(text.slice(paragraph.start, paragraph.end)) ? previous : best;
}
