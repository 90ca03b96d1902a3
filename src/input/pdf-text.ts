/**
 * The text items of a PDF's pages (as pdf.js gives them) -> the document text the extractor reads: one line a
 * paragraph. Lines that wrap inside a paragraph are joined with a space (a soft hyphen at a line end joins the word
 * back), a paragraph ends at a wider gap, a short line, or a bullet; page numbers alone on a line are dropped.
 * Pure: used by the Node reader and the task pane alike. Offsets of facts refer to this text.
 */
import { InputError } from "./errors";

export interface PdfTextItem {
  str: string;
  /** position of the text's baseline start, in points from the page's bottom left */
  x: number;
  y: number;
  width: number;
  /** font height; 0 for pdf.js's own spacing items */
  height: number;
  /** pdf.js marks the last item of a line */
  eol: boolean;
}

export interface PdfText {
  text: string;
  pages: number;
  /** offset in `text` where each page's text begins */
  pageStarts: number[];
  /** pages that have no text at all (scanned pages) */
  pagesWithoutText: number[];
}

interface Line {
  text: string;
  x: number;
  y: number;
  right: number;
  height: number;
  /** pieces set far apart on the line: a table row, never joined with its neighbours */
  tabular: boolean;
}

const PAGE_NUMBER = /^\s*(?:page\s+)?[-–—]?\s*\d{1,4}\s*[-–—]?\s*(?:(?:of|\/)\s*\d{1,4})?\s*$/i;
const BULLET =
  /^\s*(?:[•▪●◦■□➢\-–—*]|\(?\d{1,2}[.)]|\(?[a-z][.)]|\([ivx]+\)|[A-Z]?\d+(?:\.\d+)+\s|(?:article|chapter|section)\s+\d)/i;
const SENTENCE_END = /[.!?:;。！？：；]["”’)\]]*$/;
/** A line ending this far left of the paragraph's right edge ends its paragraph. */
const SHORT_LINE_SHARE = 0.8;
/** A gap between lines this many times the usual spacing is a paragraph break. */
const PARAGRAPH_GAP = 1.5;
/** A gap inside a line this many times the font height separates table cells, not words. */
const CELL_GAP = 2;

function linesOf(items: PdfTextItem[]): Line[] {
  const lines: Line[] = [];
  let line: Line | null = null;
  let brokeLine = true;
  for (const item of items) {
    const height: number = item.height || line?.height || 10;
    const sameLine = line !== null && !brokeLine && Math.abs(item.y - line.y) <= height * 0.5;
    if (!sameLine && item.str.trim()) {
      line = { text: item.str, x: item.x, y: item.y, right: item.x + item.width, height, tabular: false };
      lines.push(line);
    } else if (line && sameLine) {
      const gap = item.x - line.right;
      const needsSpace = gap > height * 0.15 && !/\s$/.test(line.text) && !/^\s/.test(item.str);
      if (gap > height * CELL_GAP && item.str.trim()) line.tabular = true;
      line.text += (needsSpace ? " " : "") + item.str;
      line.right = Math.max(line.right, item.x + item.width);
    }
    if (line) brokeLine = item.eol;
  }
  for (const l of lines) l.text = l.text.replace(/\s+/g, " ").trim();
  return lines.filter((l) => l.text);
}

function median(values: number[]): number {
  if (!values.length) return 0;
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)];
}

/** Joins the end of one line and the start of the next inside a paragraph, keeping words whole. */
function joinLines(before: string, after: string): string {
  if (before.endsWith("\u00ad")) return before.slice(0, -1) + after; // soft hyphen: one word split over two lines
  if (/\p{L}-$/u.test(before) && /^\p{Ll}/u.test(after)) return before + after; // "high-" + "level"
  if (/[\u3000-\u9fff]$/.test(before) && /^[\u3000-\u9fff]/.test(after)) return before + after; // CJK: no spaces
  return `${before} ${after}`;
}

function paragraphsOf(lines: Line[]): string[] {
  const spacing = median(
    lines
      .slice(1)
      .map((l, i) => lines[i].y - l.y)
      .filter((gap) => gap > 0),
  );
  const left = Math.min(...lines.map((l) => l.x));
  const right = Math.max(...lines.map((l) => l.right));
  const paragraphs: string[] = [];
  let current = "";
  lines.forEach((line, i) => {
    const previous = lines[i - 1];
    const breaks =
      !previous ||
      previous.tabular ||
      line.tabular ||
      previous.y - line.y > PARAGRAPH_GAP * (spacing || line.height * 1.2) ||
      previous.y - line.y < -line.height || // back up the page: a new column or block
      previous.right - left < SHORT_LINE_SHARE * (right - left) ||
      BULLET.test(line.text) ||
      (SENTENCE_END.test(previous.text) && line.x - left > line.height); // an indented first line
    if (breaks) {
      if (current) paragraphs.push(current);
      current = line.text;
    } else current = joinLines(current, line.text);
  });
  if (current) paragraphs.push(current);
  return paragraphs;
}

function withoutPageNumbers(lines: Line[]): Line[] {
  return lines.filter((line, i) => !((i === 0 || i === lines.length - 1) && PAGE_NUMBER.test(line.text)));
}

/** The document text of a PDF's pages; a paragraph running over a page break is joined back. */
export function pdfPagesToText(pages: PdfTextItem[][]): PdfText {
  const pageStarts: number[] = [];
  const pagesWithoutText: number[] = [];
  let text = "";
  pages.forEach((items, index) => {
    const lines = withoutPageNumbers(linesOf(items));
    if (!items.some((item) => item.str.trim())) pagesWithoutText.push(index + 1);
    const paragraphs = lines.length ? paragraphsOf(lines) : [];
    const continues =
      text &&
      paragraphs.length &&
      !SENTENCE_END.test(text) &&
      /^\p{Ll}/u.test(paragraphs[0]) &&
      !BULLET.test(paragraphs[0]);
    if (continues) {
      const pageText = paragraphs.join("\n");
      text = joinLines(text, pageText);
      pageStarts.push(text.length - pageText.length);
    } else {
      if (text && paragraphs.length) text += "\n";
      pageStarts.push(text.length);
      text += paragraphs.join("\n");
    }
  });
  return { text, pages: pages.length, pageStarts, pagesWithoutText };
}

/** A clear message for what pdf.js could not read (its exception names are stable across versions). */
export function pdfErrorMessage(name: string, errorName: string, message: string): string {
  if (errorName === "PasswordException") return `${name}: is password-protected; save a copy without a password`;
  if (errorName === "InvalidPDFException") return `${name}: is not a readable PDF (${message})`;
  return `${name}: cannot be read as a PDF (${errorName}: ${message})`;
}

/** The text of a PDF, or the reason there is none: a scanned PDF has pages but no text layer. */
export function usablePdfText(name: string, result: PdfText): PdfText {
  if (!result.pages) throw new InputError(`${name}: the PDF has no pages`);
  if (!result.text.trim())
    throw new InputError(
      `${name}: has no text layer (${result.pages} page${result.pages > 1 ? "s" : ""} of images, a scanned PDF?); run it through OCR first and read the text`,
    );
  return result;
}
