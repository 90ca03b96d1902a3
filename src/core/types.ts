/** The fact model of DESIGN.md: one figure stated in one document. */
import type { Catalog } from "./catalog";

export type FactKind = "target" | "actual" | "signing";
export type Measure = "level" | "growth" | "share";
export type Comparator = "=" | ">" | ">=" | "<" | "<=" | "~";

export interface RelativeTarget {
  /** "more than double" -> 2, "triple" -> 3 */
  multiple: number;
  /** the year the multiple is of, when the text names one ("1.5 times the 2022 level"); else the plan's baseline */
  of?: number;
}

/** The months of a year a part-year figure covers: { from: 1, to: 6 } is the first half. */
export interface Period {
  from: number;
  to: number;
}

/** Where a tabular figure (not a quote in a text) was published. */
export interface FigureSource {
  url: string;
  publisher: string;
  /** publication date, YYYY-MM-DD */
  published: string;
  /** how this publisher defines the figure, where publishers differ */
  note?: string;
  /** the analyst's own figure (imported or typed in): it counts before any publication when sources disagree */
  analyst?: boolean;
}

export interface Fact {
  doc: string;
  region: string;
  /** catalog indicator code, signing event code (GIPC2022), or null */
  indicator: string | null;
  subject: string;
  kind: FactKind;
  measure: Measure;
  year: number | null;
  /** null for a whole year; otherwise the months of `year` the figure covers */
  period: Period | null;
  /** base units: yuan, dollars, counts; rates and shares as fractions. null only for relative targets */
  value: number | null;
  unit: string;
  comparator: Comparator;
  relative: RelativeTarget | null;
  quote: string;
  start: number;
  end: number;
  /** for figures from a published table rather than a text */
  source?: FigureSource;
}

/** What the caller knows about a document before reading it. */
export interface DocumentContext {
  doc: string;
  /** publication date, YYYY-MM-DD or YYYY; relative years ("last year") resolve against it */
  date?: string | null;
  /** default region when the text names none */
  region?: string | null;
  /** the catalog names link to (the shipped one when left out; the analyst's definitions extend it) */
  catalog?: Catalog;
}

export interface DocumentInfo {
  file: string;
  title: string;
  outlet: string | null;
  date: string;
  dateInferred?: boolean;
  dateReason?: string;
  region: string;
}
