/**
 * Vehicles promoted so far are the fleet: 累计推广 (cumulative promotion) or 历年累计推广量, with no time of its own
 * before it in its clause, counts every vehicle promoted up to now, so its figure is the series of the vehicles in use
 * (新能源汽车 -> 新能源汽车保有量), not of the vehicles made. A year or a part year before it (2024年…累计推广量,
 * 去年…累计推广) makes it that time's promotions, which no series holds.
 */
import type { ZhDocument, ZhIndicator } from "./document";
import type { ZhFigure } from "./figures";
import type { ZhName } from "./names";
import type { Span, ZhSentence } from "./segments";

const PROMOTED = /(历年)?累计推广/;
const OWN_TIME =
  /(?:19|20)\d{2}\s?年|去年|今年|上年|全年|当年|本年|[一二三四1-4]季度|[上下]半年|\d{1,2}\s?月|前[一二三四五六七八九十\d]{1,2}个?月/;
const MEASURE_END = /(?:产量|推广量|销量)$/;

export function promotedFleet(
  doc: ZhDocument,
  sentence: ZhSentence,
  clause: Span,
  figure: ZhFigure,
  names: ZhName<ZhIndicator>[],
): ZhName<ZhIndicator> | undefined {
  if (figure.cls !== "count") return undefined;
  const leadIn = doc.folded.slice(clause.start, figure.start);
  const promoted = PROMOTED.exec(leadIn);
  if (!promoted || (!promoted[1] && OWN_TIME.test(leadIn.slice(0, promoted.index)))) return undefined;
  // the name promoted: in the clause, or the last one before it in the sentence, or (…推广量超…；历年累计推广量突破…)
  // in the sentence before, up to its full stop
  const text = doc.folded;
  const stop = Math.max(text.lastIndexOf("。", sentence.start - 1), sentence.start - 80, 0);
  const name =
    names.filter((n) => n.start >= sentence.start && n.end <= figure.start).pop() ??
    doc.names.indicatorsIn(text, stop, sentence.start).pop();
  if (!name) return undefined;
  const fleetName = name.text.replace(MEASURE_END, "") + "保有量";
  const entry = doc.names.indicatorNamed(fleetName);
  return entry && entry.unitClass === "count" ? { ...name, text: fleetName, entry } : undefined;
}
