/**
 * Names a sentence writes in parts: the items of a 分别 list paired with the figures after it, and a name whose stem
 * and measure word a verb and a figure stand between (新能源汽车推广35.4万辆，保有量达到… is 新能源汽车保有量).
 */
import { regionIn } from "./cues";
import type { ZhFigure } from "./figures";
import type { Linked, ZhDocument, ZhIndicator } from "./link";
import type { ZhName } from "./names";
import type { ZhSentence } from "./segments";

const SEPARATORS = ["，", ",", "；", ";", "：", ":"];

/** The items of a list written in upTo[from, to) ("新能源汽车、风力发电机组产量"), as offsets of the text. */
function listItems(upTo: string, offset: number, from: number, to: number): { start: number; end: number }[] {
  const items: { start: number; end: number }[] = [];
  let start = from;
  for (const m of upTo.slice(from, to).matchAll(/[、和及与]/g)) {
    items.push({ start: offset + start, end: offset + from + m.index! });
    start = from + m.index! + 1;
  }
  items.push({ start: offset + start, end: offset + to });
  return items;
}

/**
 * 分别: "新能源汽车、风力发电机组产量分别增长1.9倍和83.5%" — the nth figure after 分别 belongs to the nth item of the
 * list before it; the item may name a catalog indicator or not. The list may close the clause before ("智能手机、
 * 新能源汽车…等新产品产量保持较快增长，同比分别增长…"). undefined when the sentence pairs nothing.
 */
export function respectiveName(
  text: string,
  sentence: ZhSentence,
  figure: ZhFigure,
  names: ZhName<ZhIndicator>[],
  earlier: Linked[],
): { name?: ZhName<ZhIndicator>; listEnd?: number } | undefined {
  const upTo = text.slice(sentence.start, figure.start);
  const at = upTo.lastIndexOf("分别");
  if (at < 0) return undefined;
  const listStart = Math.max(...SEPARATORS.map((c) => upTo.lastIndexOf(c, at))) + 1;
  let items = listItems(upTo, sentence.start, listStart, at);
  if (items.length < 2 && listStart > 0 && !names.some((n) => n.start >= items[0].start && n.end <= items[0].end)) {
    // (a list of things, not the figures of an earlier 分别)
    const before = Math.max(...SEPARATORS.map((c) => upTo.lastIndexOf(c, listStart - 2))) + 1;
    const ends = upTo.indexOf("等", before);
    const to = ends >= 0 && ends < listStart ? ends : listStart - 1;
    if (/\d|分别/.test(upTo.slice(before, to))) return undefined;
    items = listItems(upTo, sentence.start, before, to);
  }
  if (items.length < 2) return undefined;
  const absAt = sentence.start + at;
  const order = new Set(earlier.filter((l) => (l.figureStart ?? -1) > absAt).map((l) => l.figureStart)).size;
  const item = items[Math.min(order, items.length - 1)];
  // (listEnd: the other items between the name and the figure are names, not words about the figure; the last
  // item's words after its industry (…、医药制造业表现较好, …、电子材料行业增加值) still are)
  const last = items[items.length - 1];
  const industryEnd = text.slice(last.start, last.end).lastIndexOf("业") + 1;
  const listEnd = item === last ? undefined : last.start + industryEnd;
  return { name: names.find((n) => n.start >= item.start && n.end <= item.end), listEnd };
}

// a clause that opens with a measure word has left its subject to the clause before (…，产值达到6860.3亿元)
const MEASURES = "保有量|制造业总产值|制造业产值|工业总产值|总产值|产值|产量|销量|增加值|营业收入|销售收入|营收|出口额";
// (its empty first group: no place before the measure word, as in the pattern below)
const MEASURE_OPENING = new RegExp(`^(?:其中|同时|另外)?[，,\\s]*()(${MEASURES})`);
// (深圳市新能源汽车产量…，广州市产量为…: a place before the measure word goes on in the clause before's terms)
const PLACE_MEASURE_OPENING = new RegExp(
  `^(?:其中|同时|另外|而)?[，,\\s]*([\\u4e00-\\u9fff]{2,5}?)(?:市|省)?的?(${MEASURES})`,
);
// the measure word a subject in the clause before ends with (上海汽车累计产量达到了190万辆: 上海汽车)
const MEASURED = /(?:累计|全年)?(?:保有量|工业总产值|总产值|产值|产量|销量|增加值|营业收入|销售收入|营收)/;
const MEASURE_END = /(?:保有量|工业总产值|总产值|产值|产量|销量|增加值|营业收入|销售收入|营收|规模)$/;
const SUBJECT_RUN = /[\u4e00-\u9fff]{2,12}$/;
// a clause with no subject of its own (同比增长3.1%) between them
// (or a time alone: 从2021年到2024年)
const NO_SUBJECT =
  /^(?:同比|比上年|比去年|较上年|较去年)?(?:增长|下降|增加|减少|提高|上升)|^从?\s?(?:19|20)\d{2}\s?年(?:\s?(?:到|至)\s?(?:19|20)\d{2}\s?年)?$/;
// a stem's own industry word, left out before 制造业 (生物医药产业… -> 生物医药制造业产值)
const INDUSTRY_END = /(?:产业|行业)$/;
const MIN_STEM = 2;
const MONEY_MEASURE = /产值|营业收入|销售收入|营收/;

/**
 * 新能源汽车推广35.4万辆，保有量达到128.8万辆; 上海汽车累计产量…，产值达到6860.3亿元: a clause opening with a measure
 * word takes its stem from the clause before, a catalog name there (whole) or else the subject it opens with (or
 * the end of it: 上海汽车 -> 汽车), and the two make
 * the catalog's name (新能源汽车保有量, 汽车产值). Only the nearest clause with a subject is read; a subject there
 * must end in a measure word of its own (年产汽车…，产值… is not composed: 年产汽车 is a verb's phrase).
 */
export function composedName(
  doc: ZhDocument,
  sentence: ZhSentence,
  clauseIndex: number,
  figure: ZhFigure,
  names: ZhName<ZhIndicator>[],
): ZhName<ZhIndicator> | undefined {
  const text = doc.folded;
  const clause = sentence.clauses[clauseIndex];
  const leadIn = text.slice(clause.start, figure.start);
  let opening = MEASURE_OPENING.exec(leadIn);
  if (!opening) {
    opening = PLACE_MEASURE_OPENING.exec(leadIn);
    if (!opening || !regionIn(opening[1])) return undefined;
  }
  const measure = opening[2];
  const measureStart = clause.start + opening[0].length - measure.length;
  const at = { start: measureStart, end: measureStart + measure.length };
  for (let i = clauseIndex - 1; i >= 0; i--) {
    const c = sentence.clauses[i];
    const own = text.slice(c.start, c.end);
    // a catalog name there is the stem whole (本市新能源汽车产量…，产值… is 新能源汽车产值, never 汽车产值)
    const named = names.filter((n) => n.start >= c.start && n.end <= c.end).reverse();
    const measured = named.length ? null : MEASURED.exec(own);
    const subject = measured ? SUBJECT_RUN.exec(own.slice(0, measured.index))?.[0] : undefined;
    if (!named.length && !subject) {
      if (NO_SUBJECT.test(own)) continue;
      return undefined;
    }
    const tries = named.length
      ? named.map((n) => n.text.replace(MEASURE_END, "") + measure)
      : Array.from({ length: subject!.length - MIN_STEM + 1 }, (_, from) => subject!.slice(from) + measure);
    for (const name of tries) {
      const entry = doc.names.indicatorNamed(name);
      if (entry) return { start: at.start, end: at.end, text: name, entry };
    }
    // 新能源汽车产销两旺，产值同比增长…: an amount's measure word after a name of things made is the name's twin
    const twin = named[0]?.entry.twin ? doc.indicator(named[0].entry.twin) : undefined;
    if (twin && MONEY_MEASURE.test(measure) && named[0].entry.unitClass !== "money" && twin.unitClass === "money")
      return { start: at.start, end: at.end, text: tries[0], entry: twin };
    return undefined;
  }
  // 上海生物医药产业…逼近万亿元。从2021年到2024年，制造业产值从…: the stem is the sentence before's subject
  const previous = doc.previous && doc.sentenceIndex - doc.previous.sentence === 1 ? doc.previous.name : undefined;
  if (!previous || names.some((n) => n.start >= sentence.start && n.end <= figure.start)) return undefined;
  const stem = previous.text.replace(MEASURE_END, "");
  for (const name of [stem + measure, stem.replace(INDUSTRY_END, "") + measure]) {
    const entry = doc.names.indicatorNamed(name);
    if (entry) return { start: at.start, end: at.end, text: name, entry };
  }
  return undefined;
}
