/** The draft of one figure read in an English sentence, and the year a figure gets when its sentence names none. */
import type { FactKind } from "../../types";
import type { Draft, FactCore } from "../common/facts";
import type { Context, Placed } from "./context";
import type { Sentence, Span } from "./segments";

export function draft(sentence: Sentence, clause: Span, placed: Placed, core: FactCore): Draft {
  // every field written out: one object shape for all drafts (a spread of `core` is several times slower)
  return {
    indicator: core.indicator,
    subject: core.subject,
    kind: core.kind,
    measure: core.measure,
    year: core.year,
    period: core.period ?? null,
    value: core.value,
    unit: core.unit,
    comparator: core.comparator,
    relative: core.relative,
    region: core.region,
    figure: { start: placed.figure.start, end: placed.figure.end },
    sentence: { start: sentence.start, end: sentence.end },
    clause: { start: clause.start, end: clause.end },
  };
}

/** The year of a figure whose sentence names none: its section's or paragraph's, else the report's for actuals. */
export function defaultYear(ctx: Context, kind: FactKind): number | null {
  const ref = ctx.referenceYear;
  if (kind === "actual") return ctx.contextYear ?? ctx.storyYear ?? ref;
  // "II. Main Targets for 2025": a heading dates the targets under it, when it is not in the past
  const target = ctx.contextTargetYear;
  if (kind === "target" && target !== null && (ref === null || target >= ref)) return target;
  return null;
}
