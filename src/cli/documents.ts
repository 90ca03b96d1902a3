/**
 * Reading documents from disk for the command line: the embedded seeds and the analyst's own files — plain text
 * (.txt, .md, any other name) in UTF-8 or UTF-16, HTML pages, and text PDFs — with the date and region that a
 * documents.json beside them gives.
 */
import * as fs from "fs";
import * as path from "path";
import type { SourceDocument } from "../core/dataset";
import { dateProblem } from "../core/documents/calendar";
import { chooseDate, type DocumentDate } from "../core/documents/dating";
import { htmlToText, pageDateOf, type PageDate } from "../core/documents/html";
import { MAX_TEXT_LENGTH } from "../core/extract";
import type { DocumentInfo } from "../core/types";
import { decodeText, type Encoding } from "../input/decode";
import { InputError } from "../input/errors";
import { looksLikePdf, readPdf } from "../input/pdf-node";

export const SEEDS_DIR = path.resolve(__dirname, "..", "..", "seeds");

export class DocumentError extends Error {}

/** Largest text or HTML file the command line reads (the extractor itself takes up to 50 MB of text). */
export const MAX_FILE_BYTES = 20 * 1024 * 1024;
/** Largest PDF: plan documents carry images, so a PDF may be much larger than its text. */
export const MAX_PDF_BYTES = 200 * 1024 * 1024;

/** The file names a folder of documents is read for. */
export const DOCUMENT_FILES = /\.(txt|md|html?|pdf)$/i;

export type DocumentFormat = "text" | "html" | "pdf";

export interface ReadDocument {
  text: string;
  format: DocumentFormat;
  /** for text and HTML files */
  encoding: Encoding | null;
  /** for PDFs */
  pages: number | null;
  /** for HTML pages: the publication date their metadata states */
  page: PageDate | null;
}

function readBytes(file: string, limit: number): Buffer {
  let stat: fs.Stats;
  try {
    stat = fs.statSync(file);
  } catch {
    throw new DocumentError(`${file}: no such file`);
  }
  if (stat.isDirectory()) throw new DocumentError(`${file}: is a directory, not a document`);
  if (stat.size > limit)
    throw new DocumentError(`${file}: ${stat.size} bytes is over the ${limit}-byte limit; split it`);
  if (stat.size === 0) throw new DocumentError(`${file}: is empty`);
  try {
    return fs.readFileSync(file);
  } catch (error) {
    throw new DocumentError(`${file}: cannot be read (${(error as NodeJS.ErrnoException).code ?? "error"})`);
  }
}

function checkedText(file: string, text: string): string {
  if (!text.trim()) throw new DocumentError(`${file}: has no text to read`);
  if (text.length > MAX_TEXT_LENGTH)
    throw new DocumentError(
      `${file}: ${text.length} characters of text is over the ${MAX_TEXT_LENGTH} limit; split it`,
    );
  return text;
}

function decodeTextFile(file: string, bytes: Uint8Array): ReadDocument {
  try {
    const { text, encoding } = decodeText(bytes, file);
    const html = /\.html?$/i.test(file);
    return {
      text: checkedText(file, html ? htmlToText(text) : text),
      format: html ? "html" : "text",
      encoding,
      pages: null,
      page: html ? pageDateOf(text) : null,
    };
  } catch (error) {
    if (error instanceof InputError) throw new DocumentError(error.message);
    throw error;
  }
}

/** Reads a plain-text, .md or .html document (not a PDF), refusing missing, empty, binary or oversized files. */
export function readDocumentText(file: string): string {
  if (/\.pdf$/i.test(file)) throw new DocumentError(`${file}: a PDF is read with readDocument (it is asynchronous)`);
  return decodeTextFile(file, readBytes(file, MAX_FILE_BYTES)).text;
}

/** Reads any document the command line takes: text (UTF-8/UTF-16), HTML or a text PDF (by name or by signature). */
export async function readDocument(file: string): Promise<ReadDocument> {
  const bytes = readBytes(file, /\.pdf$/i.test(file) ? MAX_PDF_BYTES : MAX_FILE_BYTES);
  if (!/\.pdf$/i.test(file) && !looksLikePdf(bytes)) return decodeTextFile(file, bytes);
  try {
    const pdf = await readPdf(new Uint8Array(bytes.buffer, bytes.byteOffset, bytes.byteLength), file);
    return { text: checkedText(file, pdf.text), format: "pdf", encoding: null, pages: pdf.pages, page: null };
  } catch (error) {
    if (error instanceof InputError) throw new DocumentError(error.message);
    throw error;
  }
}

function isDocumentInfo(value: unknown): value is DocumentInfo {
  const info = value as DocumentInfo;
  return (
    Boolean(info) && typeof info.file === "string" && typeof info.date === "string" && typeof info.region === "string"
  );
}

/** The entries of documents.json in a folder ([] when there is none); a malformed one is an error naming it. */
export function documentIndex(dir: string): DocumentInfo[] {
  const indexFile = path.join(dir, "documents.json");
  let infos: DocumentInfo[] = [];
  if (fs.existsSync(indexFile)) {
    let parsed: unknown;
    try {
      parsed = JSON.parse(fs.readFileSync(indexFile, "utf8"));
    } catch (error) {
      throw new DocumentError(`${indexFile}: is not JSON (${(error as Error).message})`);
    }
    if (!Array.isArray(parsed) || !parsed.every(isDocumentInfo))
      throw new DocumentError(`${indexFile}: expected an array of {file, date, region, title}`);
    for (const info of parsed) {
      const problem = info.date ? dateProblem(info.date) : null;
      if (problem) throw new DocumentError(`${indexFile}: the date of ${info.file}, "${info.date}", ${problem}`);
    }
    infos = parsed;
  }
  return infos;
}

/** The documents.json entry for a file, from the folder the file is in. */
export function indexEntryFor(file: string): DocumentInfo | null {
  const name = path.basename(file);
  return documentIndex(path.dirname(path.resolve(file))).find((info) => info.file === name) ?? null;
}

/** The document's info (date chosen: documents.json, else the text) for the dataset, and where its date came from. */
function infoFor(
  read: ReadDocument,
  name: string,
  entry: DocumentInfo | null,
): { info: DocumentInfo; dated: DocumentDate } {
  const dated = chooseDate({ option: null, index: entry?.date || null, page: read.page, text: read.text });
  const info: DocumentInfo = entry
    ? { ...entry, date: dated.date ?? "" }
    : { file: name, title: name, outlet: null, date: dated.date ?? "", region: "" };
  if (dated.from === "text") {
    info.dateInferred = false;
    info.dateReason = `the text states "${dated.stated!.quote}"`;
  } else if (dated.from === "page") {
    info.dateInferred = false;
    info.dateReason = `the page's ${dated.page!.what}`;
  }
  return { info, dated };
}

/** Reads a folder of documents (text, HTML, PDF); documents.json, when present, gives dates and regions. */
export async function loadDocuments(
  dir: string,
  warn: (message: string) => void = () => undefined,
): Promise<SourceDocument[]> {
  let names: string[];
  try {
    names = fs
      .readdirSync(dir)
      .filter((name) => DOCUMENT_FILES.test(name))
      .sort();
  } catch {
    throw new DocumentError(`${dir}: no such folder`);
  }
  const infos = documentIndex(dir);
  const documents: SourceDocument[] = [];
  for (const name of names) {
    try {
      const read = await readDocument(path.join(dir, name));
      documents.push({ info: infoFor(read, name, infos.find((i) => i.file === name) ?? null).info, text: read.text });
    } catch (error) {
      if (!(error instanceof DocumentError)) throw error;
      warn(error.message);
    }
  }
  return documents;
}

/** The embedded seeds (plain text, listed in seeds/documents.json). */
export function loadSeeds(): SourceDocument[] {
  return documentIndex(SEEDS_DIR).map((info) => ({ info, text: readDocumentText(path.join(SEEDS_DIR, info.file)) }));
}
