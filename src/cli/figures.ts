/**
 * Figures tables for the command line: the shipped data/reported.csv and the analyst's own `--data FILE`
 * (.csv or .xlsx, the same format). Bad rows are printed with their file, row and reason; good rows are kept.
 */
import * as fs from "fs";
import * as path from "path";
import { defaultCatalog, type Catalog } from "../core/catalog";
import { figureLookup, parseFiguresCsv, type FigureImport } from "../core/figures";
import type { Fact } from "../core/types";
import { readFiguresXlsx } from "../xlsx/read-figures";
import { DocumentError } from "./documents";

export const REPORTED_FILE = path.resolve(__dirname, "..", "..", "data", "reported.csv");

export interface LoadedFigures {
  facts: Fact[];
  /** rows rejected, across all files */
  rejected: number;
}

/** The shipped reported figures (data/reported.csv), read against the catalog. */
export function reportedFigures(catalog: Catalog = defaultCatalog()): FigureImport {
  if (!fs.existsSync(REPORTED_FILE)) return { rows: [], errors: [] };
  return parseFiguresCsv(fs.readFileSync(REPORTED_FILE, "utf8"), {
    doc: "reported.csv",
    lookup: figureLookup(catalog),
  });
}

/** One figures file of the analyst's (.csv or .xlsx). */
export async function readFiguresFile(file: string, catalog: Catalog = defaultCatalog()): Promise<FigureImport> {
  if (!fs.existsSync(file)) throw new DocumentError(`${file}: no such file`);
  const options = { doc: path.basename(file), analyst: true, lookup: figureLookup(catalog) };
  if (/\.xlsx$/i.test(file)) return readFiguresXlsx(fs.readFileSync(file), options);
  if (!/\.(csv|txt)$/i.test(file))
    throw new DocumentError(`${file}: figures come as .csv or .xlsx in the reported-figures table format`);
  return parseFiguresCsv(fs.readFileSync(file, "utf8"), options);
}

/**
 * The shipped figures plus every `--data` file (comma-separated for several), bad rows reported through `warn`
 * as "FILE row N: reason".
 */
export async function loadFigures(
  dataOption: string | undefined,
  warn: (message: string) => void,
  catalog: Catalog = defaultCatalog(),
): Promise<LoadedFigures> {
  const shipped = reportedFigures(catalog);
  for (const error of shipped.errors) warn(`data/reported.csv row ${error.row}: ${error.reason}`);
  const facts = [...shipped.rows];
  let rejected = 0;
  const files = (dataOption ?? "")
    .split(",")
    .map((f) => f.trim())
    .filter(Boolean);
  for (const file of files) {
    const result = await readFiguresFile(path.resolve(file), catalog);
    for (const error of result.errors) warn(`${file} row ${error.row}: ${error.reason}`);
    rejected += result.errors.length;
    facts.push(...result.rows);
  }
  return { facts, rejected };
}
