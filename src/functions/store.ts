/**
 * The one store the task pane, the ribbon commands and the custom functions share (shared runtime).
 * It holds the embedded seed facts, the facts the analyst keeps in the workbook tables and the facts of
 * documents added in the pane; every change rebuilds the dataset once and tells the subscribers, which
 * re-evaluates every SH formula (they are streaming functions).
 */
import {
  addIndicatorDefinition,
  defaultCatalog,
  type AddResult,
  type Catalog,
  type DateLike,
  type DefinitionProblem,
  type DefinitionSource,
  type IndicatorDraft,
} from "../core/catalog";
import { datasetFromFacts, type Dataset } from "../core/dataset";
import type { DocumentInfo, Fact } from "../core/types";

export interface SeedData {
  documents: DocumentInfo[];
  facts: Fact[];
}

type Listener = (dataset: Dataset) => void;

/** How definitions added in the pane are named in messages and in the Indicators sheet's definedIn. */
const PANE_SOURCE = "Add an indicator form";

function paneSource(rows: Record<string, string>[]): DefinitionSource {
  return { file: PANE_SOURCE, text: JSON.stringify(rows) };
}

export class Store {
  private workbookFacts: Fact[] = [];
  private added = new Map<string, { info: DocumentInfo; facts: Fact[] }>();
  private cached: Dataset | null = null;
  // Slots rather than a Set: every open SH formula subscribes and unsubscribes, and slot reuse keeps that cheap.
  private listeners: (Listener | null)[] = [];
  private freeSlots: number[] = [];
  private version = 0;
  private catalogInUse: Catalog;
  private definitionSources: DefinitionSource[] = [];
  private paneRows: Record<string, string>[] = [];
  private problems: DefinitionProblem[] = [];
  private date: DateLike;

  /** `catalog`: the shipped one by default; the command line passes one extended by --catalog FILE. */
  constructor(
    private readonly seeds: SeedData,
    private readonly base: Catalog = defaultCatalog(),
  ) {
    this.catalogInUse = base;
  }

  /** The catalog before the analyst's definitions (the shipped one, or the command line's). */
  baseCatalog(): Catalog {
    return this.base;
  }

  dataset(): Dataset {
    if (!this.cached) {
      const added = [...this.added.values()];
      this.cached = datasetFromFacts(
        [...this.seeds.facts, ...added.flatMap((a) => a.facts), ...this.workbookFacts],
        [...this.seeds.documents, ...added.map((a) => a.info)],
        { catalog: this.catalogInUse, date: this.date },
      );
    }
    return this.cached;
  }

  /** The catalog in use: the shipped one extended by the analyst's definitions (documents added link to it). */
  catalog(): Catalog {
    return this.catalogInUse;
  }

  /**
   * The analyst's own definitions (the workbook's Indicators table, a file): replaces the previous ones. They load
   * whole or not at all: with any problem the catalog stays as it was and the problems are returned (and kept for
   * `definitionProblems()`), each naming its row and field.
   */
  setDefinitions(sources: DefinitionSource[]): DefinitionProblem[] {
    const same =
      sources.length === this.definitionSources.length &&
      sources.every((s, i) => s.file === this.definitionSources[i].file && s.text === this.definitionSources[i].text);
    if (same) return this.problems;
    const result = this.base.tryExtend({ indicators: sources });
    this.problems = result.problems;
    if (!result.catalog) return this.problems;
    this.definitionSources = sources;
    // A row added through the pane that the workbook now defines itself (the pane wrote it there) is the workbook's.
    const inWorkbook = (row: Record<string, string>) =>
      result.catalog!.indicatorsOfRegion(row.region).some((i) => i.code === row.code);
    this.paneRows = this.paneRows.filter((row) => !inWorkbook(row));
    const withPane = this.paneRows.length
      ? result.catalog.tryExtend({ indicators: [paneSource(this.paneRows)] })
      : result;
    this.problems = withPane.problems;
    this.catalogInUse = withPane.catalog ?? result.catalog;
    this.changed();
    return this.problems;
  }

  /**
   * Adds one definition from the task pane's *Add an indicator* form: validated against the catalog in use; on
   * success the catalog is extended at once (every SH formula re-answers) and `row` is what to append to the
   * workbook's tblIndicators, where it then stays; on failure nothing changes and `errors` say why, per field.
   */
  addDefinition(draft: IndicatorDraft): AddResult {
    const result = addIndicatorDefinition(this.catalogInUse, draft, PANE_SOURCE);
    if (result.ok) {
      this.paneRows.push(result.row);
      this.catalogInUse = result.catalog;
      this.changed();
    }
    return result;
  }

  definitionProblems(): DefinitionProblem[] {
    return this.problems;
  }

  /** The workbook's date, which picks the plan in force for functions asked without a year (today by default). */
  setDate(date: DateLike): void {
    this.date = date;
    this.changed();
  }

  /** The dataset of the documents alone (seeds and added), which the tracking sheets are written from. */
  documentDataset(): Dataset {
    const added = [...this.added.values()];
    return datasetFromFacts(
      [...this.seeds.facts, ...added.flatMap((a) => a.facts)],
      [...this.seeds.documents, ...added.map((a) => a.info)],
      { catalog: this.catalogInUse, date: this.date },
    );
  }

  get changeCount(): number {
    return this.version;
  }

  /** Facts read from the workbook's Actuals and Targets tables (replaces the previous read). */
  setWorkbookFacts(facts: Fact[]): void {
    this.workbookFacts = facts;
    this.changed();
  }

  /** Accepted facts of a document the analyst added; adding the same file again replaces it. */
  addDocument(info: DocumentInfo, facts: Fact[]): void {
    this.added.set(info.file, { info, facts });
    this.changed();
  }

  addedDocuments(): { info: DocumentInfo; facts: Fact[] }[] {
    return [...this.added.values()];
  }

  subscribe(listener: Listener): () => void {
    const slot = this.freeSlots.length ? this.freeSlots.pop()! : this.listeners.length;
    this.listeners[slot] = listener;
    let active = true;
    return () => {
      if (!active) return;
      active = false;
      this.listeners[slot] = null;
      this.freeSlots.push(slot);
    };
  }

  private changed(): void {
    this.version++;
    this.cached = null;
    const dataset = this.dataset();
    for (const listener of this.listeners.filter((l): l is Listener => l !== null)) {
      try {
        listener(dataset);
      } catch {
        // one failing subscriber must not stop the others from updating
      }
    }
  }
}

const KEY = "__planTrackerStore";
type Registry = { [KEY]?: Store };

/** Creates the shared store once per JavaScript context; later calls return the same store. */
export function initSharedStore(seeds: SeedData, catalog?: Catalog): Store {
  const registry = globalThis as unknown as Registry;
  if (!registry[KEY]) registry[KEY] = new Store(seeds, catalog);
  return registry[KEY]!;
}

export function sharedStore(): Store {
  const store = (globalThis as unknown as Registry)[KEY];
  if (!store) throw new Error("the Plan Tracker data store is not loaded yet");
  return store;
}

/** For tests: forget the shared store. */
export function resetSharedStore(): void {
  delete (globalThis as unknown as Registry)[KEY];
}
