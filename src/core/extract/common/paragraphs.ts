/** Splits a document into paragraphs: one a line, as pasted text, converted HTML and PDF text all come. */
import type { Span } from "./facts";

export function paragraphsOf(text: string): Span[] {
  const paragraphs: Span[] = [];
  const lines = /[^\r\n]+/g;
  for (let line = lines.exec(text); line; line = lines.exec(text)) {
    if (/\S/.test(line[0])) paragraphs.push({ start: line.index, end: line.index + line[0].length });
  }
  return paragraphs;
}
