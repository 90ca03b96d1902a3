/** Whether a figure can be a value of a catalog indicator: its unit class and measure fit the series (or its twin). */
import { isRateOfChangeSeries } from "../../catalog";
import type { Measure } from "../../types";
import type { ZhDocument, ZhIndicator } from "./document";
import type { ZhFigure } from "./figures";

/** measureNoun: the text between the name and the figure names a quantity (总产值增长6.5%), so a rate is not meant */
export function fittingIndicator(
  doc: ZhDocument,
  entry: ZhIndicator,
  figure: ZhFigure,
  measure: Measure,
  measureNoun = false,
): ZhIndicator | undefined {
  const fits = (e: ZhIndicator): boolean => {
    if (figure.cls === "multiple") return e.unitClass !== "ratio";
    // a percentage about a rate (居民消费价格上涨0.1%, 一般公共预算收入增长1.5%) is that rate
    // a rate's own change: only for series that are rates of change by definition (revenue growth, price increase)
    if (measure === "growth")
      return e.unitClass !== "ratio" || (figure.cls === "percent" && !measureNoun && isRateOfChangeSeries(e));
    if (measure === "share") return e.unitClass === "ratio";
    // 人均GDP突破10万元: a per-person series is in yuan too
    if (figure.cls === "money") return e.unitClass === "money" || (figure.unit === "CNY" && /per person/.test(e.unit));
    if (figure.cls === "count") {
      if (e.unitClass !== "count") return false;
      if (e.unit === "vehicles") return figure.unit === "vehicles" || figure.unit === "units";
      return e.unit === figure.unit;
    }
    return false;
  };
  // 生产总值增长5.4%: a rate of growth of a series whose catalog has a growth series (GDP: GDP_GROWTH) is that
  // series' figure, as the English side links it ("GDP grew 5 percent")
  const growth =
    measure === "growth" && figure.cls === "percent" && !isRateOfChangeSeries(entry)
      ? doc.indicator(`${entry.code}_GROWTH`)
      : undefined;
  if (growth && isRateOfChangeSeries(growth)) return growth;
  if (fits(entry)) return entry;
  const twin = entry.twin ? doc.indicator(entry.twin) : undefined;
  return twin && fits(twin) ? twin : undefined;
}
