/**
 * --catalog FILE and --docs DIR, shared by every command: the analyst's indicator definitions (CSV with the header
 * of data/indicators.csv, or a JSON array of objects with the same keys) extend the shipped catalog, and the
 * documents of DIR are read beside the embedded seeds — all against that catalog.
 */
import * as fs from "fs";
import * as path from "path";
import { defaultCatalog, describeProblem, type Catalog } from "../core/catalog";
import { buildDataset } from "../core/dataset/build";
import type { Dataset, DatasetOptions, SourceDocument } from "../core/dataset";
import type { Fact } from "../core/types";
import { UsageError } from "./args";
import { loadDocuments, loadSeeds } from "./documents";

/** The option names, for parseArgs: `parseArgs(argv, { ...INPUT_OPTIONS, method: [...] })`. */
export const INPUT_OPTIONS = { catalog: "any", docs: "any" } as const;

export const INPUT_USAGE = "[--catalog FILE.csv|.json] [--docs DIR]";

/** The shipped catalog extended by the definitions in `file`; a bad file is a UsageError listing every problem. */
export function catalogOption(file: string | undefined): Catalog {
  if (!file) return defaultCatalog();
  let text: string;
  try {
    text = fs.readFileSync(file, "utf8");
  } catch {
    throw new UsageError(`--catalog ${file}: no such file`);
  }
  const result = defaultCatalog().tryExtend({ indicators: [{ file: path.basename(file), text }] });
  if (!result.catalog)
    throw new UsageError(
      `--catalog ${file} was not loaded (nothing of it is used):\n${result.problems.map((p) => `  ${describeProblem(p)}`).join("\n")}`,
    );
  return result.catalog;
}

export interface Inputs {
  catalog: Catalog;
  /** the embedded seeds, then the documents of --docs DIR */
  documents: SourceDocument[];
  /** how many documents of --docs DIR were read */
  added: number;
  /** how many files of DIR could not be read (each already reported through `warn`) */
  unreadable: number;
}

/** Reads --catalog and --docs; `warn` gets one line per unreadable document. */
export async function readInputs(
  options: Record<string, string>,
  warn: (message: string) => void = () => undefined,
): Promise<Inputs> {
  const catalog = catalogOption(options.catalog);
  let unreadable = 0;
  const added = options.docs
    ? await loadDocuments(path.resolve(options.docs), (message) => {
        unreadable++;
        warn(message);
      })
    : [];
  const seeds = loadSeeds();
  const names = new Set(seeds.map((s) => s.info.file));
  for (const doc of added)
    if (names.has(doc.info.file))
      throw new UsageError(`--docs: ${doc.info.file} has the name of an embedded seed document; rename it`);
  return { catalog, documents: [...seeds, ...added], added: added.length, unreadable };
}

/** The dataset of the inputs plus `extraFacts` (reported figures, --data), every document read against the catalog. */
export function inputDataset(inputs: Inputs, extraFacts: Fact[] = [], options: DatasetOptions = {}): Dataset {
  return buildDataset(inputs.documents, extraFacts, { ...options, catalog: inputs.catalog });
}
