/**
 * A whole year's statistic told early in the next year: a story or work report of January or February that gives
 * GDP, GDP per head or an industry's growth with no year, part year or dated paragraph of its own reports the year
 * just ended ("The city's GDP exceeded 4 trillion yuan" on 11 January 2023 is 2022's): the new year's figure
 * cannot be known yet. Stocks as they stand ("is home to"), running totals over a plan and tallies of projects, which
 * a January story keeps as they go, stay the report's year.
 */
import type { Indicator } from "../../catalog";
import type { Period } from "../../types";
import type { Context } from "./context";
import { isStockSeries } from "./stock";

// the months in which last year's whole-year results are still the news (the first quarter's come out in April)
const LAST_EARLY_MONTH = 2;

/** The figure's year: the one before the report's for such a statistic, else the year it was given. */
export function yearJustEnded(
  ctx: Context,
  entry: Indicator,
  year: number | null,
  period: Period | null,
  statedYear: boolean,
): number | null {
  const ended =
    !statedYear &&
    period === null &&
    year !== null &&
    year === ctx.referenceYear &&
    ctx.referenceMonth !== null &&
    ctx.referenceMonth <= LAST_EARLY_MONTH &&
    ctx.contextYear === null &&
    ctx.storyYear === null &&
    entry.path !== "cumulative" &&
    entry.unit !== "projects" &&
    !isStockSeries(ctx.lookup, entry);
  return ended ? year - 1 : year;
}
