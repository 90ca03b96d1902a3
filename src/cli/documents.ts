/** Reading documents from disk for the command line: the embedded seeds and the analyst's own files. */
import * as fs from "fs";
import * as path from "path";
import type { SourceDocument } from "../core/dataset";
import type { DocumentInfo } from "../core/types";
import { htmlToText } from "../core/text";

export const SEEDS_DIR = path.resolve(__dirname, "..", "..", "seeds");

export class DocumentError extends Error {}

/** Largest file the command line reads (the extractor itself takes up to 50 MB of text). */
export const MAX_FILE_BYTES = 20 * 1024 * 1024;

/** Reads a plain-text (or .html/.md) document, refusing missing, empty, binary or oversized files. */
export function readDocumentText(file: string): string {
  let stat: fs.Stats;
  try {
    stat = fs.statSync(file);
  } catch {
    throw new DocumentError(`${file}: no such file`);
  }
  if (stat.isDirectory()) throw new DocumentError(`${file}: is a directory, not a document`);
  if (stat.size > MAX_FILE_BYTES)
    throw new DocumentError(`${file}: ${stat.size} bytes is over the ${MAX_FILE_BYTES}-byte limit; split it`);
  let buffer: Buffer;
  try {
    buffer = fs.readFileSync(file);
  } catch (error) {
    throw new DocumentError(`${file}: cannot be read (${(error as NodeJS.ErrnoException).code ?? "error"})`);
  }
  if (buffer.includes(0)) throw new DocumentError(`${file}: looks binary (contains NUL bytes); give a plain-text file`);
  const text = buffer.toString("utf8");
  const replaced = (text.match(/\uFFFD/g) ?? []).length;
  if (replaced > 0 && replaced / Math.max(1, text.length) > 0.01) throw new DocumentError(`${file}: is not UTF-8 text`);
  if (!text.trim()) throw new DocumentError(`${file}: is empty`);
  return /\.html?$/i.test(file) ? htmlToText(text) : text;
}

function isDocumentInfo(value: unknown): value is DocumentInfo {
  const info = value as DocumentInfo;
  return (
    Boolean(info) && typeof info.file === "string" && typeof info.date === "string" && typeof info.region === "string"
  );
}

/** Reads a folder of documents; documents.json, when present, gives dates and regions. */
export function loadDocuments(dir: string, warn: (message: string) => void = () => undefined): SourceDocument[] {
  let infos: DocumentInfo[] = [];
  const indexFile = path.join(dir, "documents.json");
  if (fs.existsSync(indexFile)) {
    const parsed: unknown = JSON.parse(fs.readFileSync(indexFile, "utf8"));
    if (!Array.isArray(parsed) || !parsed.every(isDocumentInfo))
      throw new DocumentError(`${indexFile}: expected an array of {file, date, region, title}`);
    infos = parsed;
  }
  let names: string[];
  try {
    names = fs
      .readdirSync(dir)
      .filter((name) => /\.(txt|md|html?)$/i.test(name))
      .sort();
  } catch {
    throw new DocumentError(`${dir}: no such folder`);
  }
  const documents: SourceDocument[] = [];
  for (const name of names) {
    try {
      const text = readDocumentText(path.join(dir, name));
      const info = infos.find((i) => i.file === name) ?? {
        file: name,
        title: name,
        outlet: null,
        date: "",
        region: "",
      };
      documents.push({ info, text });
    } catch (error) {
      warn((error as Error).message);
    }
  }
  return documents;
}

export function loadSeeds(): SourceDocument[] {
  return loadDocuments(SEEDS_DIR);
}
