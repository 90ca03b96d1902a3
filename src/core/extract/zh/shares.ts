/**
 * The whole a Chinese share is taken of (占生产总值, 占工业总产值), against the whole a series' own name takes; and
 * figures that are no level or year's rate of any series (a step of the scale, a change on the month).
 */
import type { Measure } from "../../types";
import type { ZhDocument, ZhIndicator } from "./link";
import type { ZhName } from "./names";
import type { ZhFigure } from "./figures";

// 占工业总产值, 占规上工业总产值: a share of industrial output
const SHARE_OF_INDUSTRY = /占[^，。；;,]{0,10}(?:工业|规上)(?:总)?产值/;
// the whole a share is taken of: the economy's output or industry's
const WHOLE = /占[^，。；;,]{0,12}?(生产总值|GDP|工业(?:总)?产值|规上|规模以上工业)/;
const wholeKind = (text: string): string | undefined => {
  const m = WHOLE.exec(text);
  return m ? (/生产总值|GDP/.test(m[1]) ? "economy" : "industry") : undefined;
};
/** Does the text take the share of another whole than the series' own name does (占生产总值 for a share of industry)? */
export function otherWhole(entry: ZhIndicator, between: string): boolean {
  const written = wholeKind(between);
  const own = entry.nameZh ? wholeKind(entry.nameZh) : undefined;
  return written !== undefined && own !== undefined && written !== own;
}

/** Does the text between a name and its figure take a share of industrial output (…占工业总产值比重)? */
export const shareOfIndustry = (between: string): boolean => SHARE_OF_INDUSTRY.test(between);

// 跨越四个万亿元台阶: a step of the scale; 环比, 比上月下降0.08%: a change on the month
const STEP_AFTER = /^\s?新?台[阶階]/;
const ON_THE_MONTH = /环比|比上月|较上月|比上个月/;
// 从环比看，3月份，…: a sentence opening on the month-on-month view
const MONTH_VIEW = /^\s?(?:从|就)?环比(?:来)?看/;

/** Is the figure a step of the scale (万亿元台阶) or a rate on the month before (环比, 比上月), not a year's? */
export function stepOrMonthChange(
  text: string,
  figure: ZhFigure,
  measure: Measure,
  sentenceStart: number,
  clauseStart: number,
  leadIn: string,
): boolean {
  if (figure.cls === "money" && STEP_AFTER.test(text.slice(figure.end, figure.end + 4))) return true;
  return measure === "growth" && (ON_THE_MONTH.test(leadIn) || MONTH_VIEW.test(text.slice(sentenceStart, clauseStart)));
}

// 、人均达14.3万元: a per-head figure of the name before it
export const PER_HEAD = /(?:^|[、，,])\s?人均(?:达到|达|为|超过|超|突破|约|近|接近)?\s?$/;

/** The per-head series of a name (GDP -> 人均GDP), or the name itself when the catalog has none. */
export function perHeadOf(doc: ZhDocument, name: ZhName<ZhIndicator>): ZhName<ZhIndicator> {
  const entry = doc.names.indicatorNamed("人均" + name.text.replace(/^(?:全省|全市|全区|全国)/, ""));
  return entry ? { ...name, entry } : name;
}

// …新能源汽车、新能源和高端装备产业表现突出，产值同比分别增长2.5倍、…: the output of things made
const MONEY_MEASURE_OPENING = /^[，,\s]*(?:产值|总产值|营业收入|营收|销售收入)/;

/** A name of things made (新能源汽车) paired with a figure of a clause opening on their output is its money twin. */
export function moneyTwinOf(doc: ZhDocument, name: ZhName<ZhIndicator>, leadIn: string): ZhName<ZhIndicator> {
  if (name.entry.unitClass === "money" || !name.entry.twin || !MONEY_MEASURE_OPENING.test(leadIn)) return name;
  const twin = doc.indicator(name.entry.twin);
  return twin && twin.unitClass === "money" ? { ...name, entry: twin } : name;
}
