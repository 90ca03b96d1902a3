/**
 * The whole a Chinese share is taken of (占生产总值, 占工业总产值), against the whole a series' own name takes; and
 * figures that are no level or year's rate of any series (a step of the scale, a change on the month).
 */
import type { Measure } from "../../types";
import type { ZhDocument, ZhIndicator } from "./link";
import type { ZhName } from "./names";
import type { ZhFigure } from "./figures";

// 占工业总产值, 占规上工业总产值, 占规模以上工业: a share of industrial output
const SHARE_OF_INDUSTRY = /占[^，。；;,]{0,10}(?:(?:工业|规上)(?:总)?产值|规模以上工业|规上工业)/;
// the whole a share is taken of: the economy's output or industry's
const WHOLE = /占[^，。；;,]{0,12}?(生产总值|GDP|工业(?:总)?产值|规上|规模以上工业)/;
const wholeKind = (text: string): string | undefined => {
  const m = WHOLE.exec(text);
  return m ? (/生产总值|GDP/.test(m[1]) ? "economy" : "industry") : undefined;
};
// 中小企业研发投入强度, 规上工业企业研发经费投入强度: an intensity of firms is over their revenue
const FIRMS_BEFORE = /(?:企业|公司|集团)(?:的)?$/;

/**
 * Does the text take the share of another whole than the series' own name does (占生产总值 for a share of industry),
 * or is the intensity one of firms (`beforeName`: the words before the name), over their revenue, not the economy?
 */
export function otherWhole(entry: ZhIndicator, between: string, beforeName = ""): boolean {
  if (FIRMS_BEFORE.test(beforeName) && /强度/.test(entry.nameZh ?? "")) return true;
  const written = wholeKind(between);
  const own = entry.nameZh ? wholeKind(entry.nameZh) : undefined;
  return written !== undefined && own !== undefined && written !== own;
}

/** Does the text between a name and its figure take a share of industrial output (…占工业总产值比重)? */
export const shareOfIndustry = (between: string): boolean => SHARE_OF_INDUSTRY.test(between);

// 跨越四个万亿元台阶: a step of the scale; 环比, 比上月下降0.08%: a change on the month
const STEP_AFTER = /^\s?新?台[阶階]/;
const REACHED_BEFORE = /(?:迈上|站上|登上|跃上|迈入)\s?$/;
const ON_THE_MONTH = /环比|比上月|较上月|比上个月/;
// 从环比看，3月份，…: a sentence opening on the month-on-month view
const MONTH_VIEW = /^\s?(?:从|就)?环比(?:来)?看/;
// 同比增长9.1%，两年平均增长7.0%: an average over two or three years beside the year's own rate is another measure
const FEW_YEARS_AVERAGE = /(?:两|二|三|2|3)\s?年(?:平均|年均)(?:增长|增速|增幅|增)?(?:为|达到|达|约)?\s?$/;

/**
 * Is the figure a step of the scale (万亿元台阶), a rate on the month before (环比, 比上月) or an average over two or
 * three years (两年平均增长), not a year's?
 */
export function stepOrMonthChange(
  text: string,
  figure: ZhFigure,
  measure: Measure,
  sentenceStart: number,
  clauseStart: number,
  leadIn: string,
): boolean {
  // (经济总量迈上3000亿元新台阶: the level a series reached, not a step of the scale)
  const reached = REACHED_BEFORE.test(text.slice(Math.max(sentenceStart, figure.start - 3), figure.start));
  if (figure.cls === "money" && !reached && STEP_AFTER.test(text.slice(figure.end, figure.end + 4))) return true;
  return (
    measure === "growth" &&
    (ON_THE_MONTH.test(leadIn) ||
      FEW_YEARS_AVERAGE.test(leadIn) ||
      MONTH_VIEW.test(text.slice(sentenceStart, clauseStart)))
  );
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

// 新能源、新能源汽车和高端装备制造业产值同比分别增长…: the output word the list ends with, before 分别
const LIST_MONEY_MEASURE = /^[^，,。；;\d]*?(?:产值|营业收入|营收|销售收入)[^，,。；;\d]*?分别/;

/**
 * A name of things made (新能源汽车) paired with a figure of a clause opening on their output, or of a list ending
 * on their output word (`between`: the text from the name to the figure), is its money twin.
 */
export function moneyTwinOf(
  doc: ZhDocument,
  name: ZhName<ZhIndicator>,
  leadIn: string,
  between = "",
): ZhName<ZhIndicator> {
  if (name.entry.unitClass === "money" || !name.entry.twin) return name;
  const output = LIST_MONEY_MEASURE.exec(between);
  if (!MONEY_MEASURE_OPENING.test(leadIn) && !(output && !output[0].includes("产量"))) return name;
  const twin = doc.indicator(name.entry.twin);
  return twin && twin.unitClass === "money" ? { ...name, entry: twin } : name;
}

// 集成电路设计收入 (one segment's revenue), 生物医药制造业产值, 产量, 增加值: another measure than an industry's money
const MONEY_OTHER_MEASURE = /产量|增加值|制造业|设计|封测业/;

/**
 * Do the words between a money series' name and its figure make the figure another measure? (新能源汽车制造业产值 does
 * not: the output of things made and counted, NEV_VALUE of the vehicles, is all manufacturing.)
 */
export function otherMoneyMeasure(doc: ZhDocument, entry: ZhIndicator, between: string): boolean {
  if (entry.unitClass !== "money") return false;
  const madeGoods = entry.twin !== undefined && doc.indicator(entry.twin)?.unitClass === "count";
  return MONEY_OTHER_MEASURE.test(madeGoods ? between.replace(/制造业/g, "") : between);
}
