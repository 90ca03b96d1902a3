/** Reads documents and builds the dataset (kept apart so the task pane loads extraction only when needed). */
import { extract } from "../extract";
import type { Fact } from "../types";
import { datasetFromFacts, type Dataset, type DatasetOptions, type SourceDocument } from "./index";

/**
 * The facts of the documents plus `extraFacts` (reported figures, the analyst's imported figures, workbook rows)
 * in one dataset, so conflicts and cross-checks see them all.
 */
export function buildDataset(
  documents: SourceDocument[],
  extraFacts: Fact[] = [],
  options: DatasetOptions = {},
): Dataset {
  const facts = documents.flatMap(({ info, text }) =>
    extract(text, { doc: info.file, date: info.date, region: info.region, catalog: options.catalog }),
  );
  return datasetFromFacts(
    [...facts, ...extraFacts],
    documents.map((d) => d.info),
    options,
  );
}
