/**
 * A file the analyst opens in the task pane -> the text the extractor reads: .txt/.md in UTF-8 or UTF-16, .html as
 * the story a reader sees, .pdf through pdf.js (loaded only for PDFs). Also the date the text states, if any.
 */
import { findStatedDate, type StatedDate } from "../core/documents/dateline";
import { htmlToText, pageDateOf, type PageDate } from "../core/documents/html";
import { decodeText } from "./decode";
import { InputError } from "./errors";

/** The pane reads files up to this size (a PDF's images make it larger than its text). */
export const MAX_PANE_TEXT_BYTES = 5 * 1024 * 1024;
export const MAX_PANE_PDF_BYTES = 50 * 1024 * 1024;
export const PANE_FILE_TYPES = ".txt,.md,.html,.htm,.pdf";

export interface OpenedFile {
  text: string;
  /** what was read, for the analyst: "PDF, 12 pages", "UTF-16 text", "HTML page" */
  description: string;
  stated: StatedDate | null;
  /** an HTML page's publication date from its metadata */
  page: PageDate | null;
}

/** The file's bytes (FileReader where Blob.arrayBuffer is missing, as in older browsers and jsdom). */
function bytesOf(file: File): Promise<Uint8Array> {
  if (typeof file.arrayBuffer === "function") return file.arrayBuffer().then((buffer) => new Uint8Array(buffer));
  return new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.onload = () => resolve(new Uint8Array(reader.result as ArrayBuffer));
    reader.onerror = () => reject(new InputError(`${file.name}: cannot be read (${reader.error?.message ?? "error"})`));
    reader.readAsArrayBuffer(file);
  });
}

function megabytes(bytes: number): string {
  return `${(bytes / 1048576).toFixed(1)} MB`;
}

/** Reads an opened file; throws InputError with a message for the analyst. */
export async function readOpenedFile(file: File): Promise<OpenedFile> {
  const pdf = /\.pdf$/i.test(file.name);
  if (!pdf && !/\.(txt|md|html?)$/i.test(file.name))
    throw new InputError(`${file.name}: open a .txt, .md, .html or .pdf file.`);
  const limit = pdf ? MAX_PANE_PDF_BYTES : MAX_PANE_TEXT_BYTES;
  if (file.size > limit)
    throw new InputError(`${file.name} is ${megabytes(file.size)}; the limit is ${megabytes(limit)}.`);
  const bytes = await bytesOf(file);
  if (!bytes.length) throw new InputError(`${file.name}: is empty`);
  if (pdf) {
    const { readPdfInBrowser } = await import(/* webpackChunkName: "pdf-reader" */ "./pdf-browser");
    const read = await readPdfInBrowser(bytes, file.name);
    return {
      text: read.text,
      description: `PDF, ${read.pages} page${read.pages === 1 ? "" : "s"}`,
      stated: findStatedDate(read.text),
      page: null,
    };
  }
  const { text: decoded, encoding } = decodeText(bytes, file.name);
  const html = /\.html?$/i.test(file.name);
  const text = html ? htmlToText(decoded) : decoded;
  if (!text.trim()) throw new InputError(`${file.name}: has no text to read`);
  const what = html ? "HTML page" : "text";
  return {
    text,
    description: encoding === "utf-8" ? what : `${what}, ${encoding}`,
    stated: findStatedDate(text),
    page: html ? pageDateOf(decoded) : null,
  };
}
