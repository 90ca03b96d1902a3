/** Fact drafts from any language's stages, and the facts they become. */
import type { Fact } from "../../types";

export interface Span {
  start: number;
  end: number;
}

export type FactCore = Pick<
  Fact,
  "indicator" | "subject" | "kind" | "measure" | "year" | "value" | "unit" | "comparator" | "relative" | "region"
> & { period?: Fact["period"] };

/** A fact before its quote is chosen: the figure, the sentence it stands in, and the clause around it. */
export interface Draft extends FactCore {
  figure: Span;
  sentence: Span;
  clause: Span;
}

/** Removes floating-point noise (252.4 * 1e9) without losing stated precision. */
export function roundValue(value: number): number {
  // (a whole number of at most 12 digits is exact already; 0 goes the long way, which turns -0 into 0)
  if (Number.isInteger(value) && value !== 0 && Math.abs(value) < 1e12) return value;
  return Number(value.toPrecision(12));
}

export function toFact(text: string, doc: string, draft: Draft, quote: Span): Fact {
  return {
    doc,
    region: draft.region,
    indicator: draft.indicator,
    subject: draft.subject,
    kind: draft.kind,
    measure: draft.measure,
    year: draft.year,
    period: draft.period ?? null,
    value: draft.value === null ? null : roundValue(draft.value),
    unit: draft.unit,
    comparator: draft.comparator,
    relative: draft.relative,
    quote: text.slice(quote.start, quote.end),
    start: quote.start,
    end: quote.end,
  };
}
