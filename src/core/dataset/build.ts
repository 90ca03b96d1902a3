/** Reads documents and builds the dataset (kept apart so the task pane loads extraction only when needed). */
import { extract } from "../extract";
import type { Fact } from "../types";
import { datasetFromFacts, type Dataset, type SourceDocument } from "./index";

export function buildDataset(documents: SourceDocument[], extraFacts: Fact[] = []): Dataset {
  const facts = documents.flatMap(({ info, text }) =>
    extract(text, { doc: info.file, date: info.date, region: info.region }),
  );
  return datasetFromFacts(
    [...facts, ...extraFacts],
    documents.map((d) => d.info),
  );
}
