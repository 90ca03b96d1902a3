/**
 * A level and the rate of change it is told with are of the same time: "Exports rose 9.5 percent to 610 billion
 * yuan", "imports stood at 720 billion yuan, down 3.1 percent": in a sentence that names no time of its own, when its
 * growth goes on in the part year an earlier paragraph set ("In the first four months, ..."), so do the amounts and
 * shares it is measured with (an amount alone may be a stock as it stands, and is left as it was).
 */
import type { Draft } from "../common/facts";
import type { Context } from "./context";
import { isStockSeries } from "./stock";
import { isComparisonBase, isMultipleBase } from "./when";

const CURRENCY = /^[A-Z]{3}$/;

/** The drafts of one sentence, its amounts and shares given the part year its growth goes on in. */
export function measuredPart(ctx: Context, drafts: Draft[]): Draft[] {
  const growth = drafts.find((d) => d.kind === "actual" && d.measure === "growth" && d.period);
  if (!growth?.period) return drafts;
  // the sentence's own time (a part year, or a year it is not only compared with) is read figure by figure
  if (ctx.periods.length || ctx.years.some((y) => !isComparisonBase(ctx, y) && !isMultipleBase(ctx, y))) return drafts;
  for (const draft of drafts) {
    if (draft.kind !== "actual" || draft.period || draft.year !== growth.year) continue;
    if (!(draft.measure === "share" || (draft.measure === "level" && CURRENCY.test(draft.unit)))) continue;
    // a running total or a stock of the catalog is no part year's
    const entry = draft.indicator === null ? undefined : ctx.lookup.indicator(draft.indicator);
    if (entry && (entry.path === "cumulative" || isStockSeries(ctx.lookup, entry))) continue;
    draft.period = growth.period;
  }
  return drafts;
}
