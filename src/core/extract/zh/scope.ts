/**
 * Whose a Chinese figure is when the sentence says it is not the subject's own: the nation's or a place's figure it
 * is compared with (高于全国5%的GDP增速, 高于北京的6.7%), or a sum over several regions (五省(市)合计, 京津冀地区…), which no region's series holds.
 */
import { regionIn } from "./cues";
import type { ZhFigure } from "./figures";
import type { Linked, ZhIndicator } from "./link";
import type { ZhName } from "./names";
import type { Span } from "./segments";

// 高于全国5%的GDP增速, 优于全国水平的增5.2%, 高于北京的6.7%和上海的2.2%: the figure right after is the party's
const COMPARED =
  /(?:高于|低于|快于|慢于|优于|好于|超过|超出|领先于?|不及)\s?((?:[\u4e00-\u9fff]{2,8}?的?\s?\d+(?:\.\d+)?%?\s?[和、及与]\s?)*)([\u4e00-\u9fff]{2,10}?)\s?(?:的)?\s?(?:增速|增长|增幅|增)?\s?$/;
const NATION = /^(?:全国|全国平均|全国整体)(?:平均)?(?:水平)?$/;
const PARTY_END = /(?:市|省)?(?:平均水平|整体水平|水平|平均)?$/;
// …5%的GDP增速: the name after the figure says what the party's figure is
const OF_AFTER = /^\s?的\s?$/;
const RATE_AFTER = /^\s?(?:增速|增长率|增幅|增长)/;

/**
 * A figure the clause gives as another party's for comparison, the nation's or a place's: what it is of (a name
 * right after it, else the series the sentence's figure before it was linked to) and whose it is. undefined when
 * the figure is not such a comparison.
 */
export function comparedWith(
  text: string,
  clause: Span,
  figure: ZhFigure,
  names: ZhName<ZhIndicator>[],
  earlier: Linked[],
  sentenceStart: number,
): { name?: ZhName<ZhIndicator>; region: string } | undefined {
  const leadIn = text.slice(Math.max(clause.start, figure.start - 40), figure.start);
  if (!/[于过出及]/.test(leadIn)) return undefined;
  const m = COMPARED.exec(leadIn);
  if (!m) return undefined;
  const party = m[2].replace(PARTY_END, "");
  const region = NATION.test(party) ? "China" : regionIn(party);
  if (!region) return undefined;
  const after = names.find(
    (n) =>
      n.start > figure.end &&
      n.start <= figure.end + 3 &&
      OF_AFTER.test(text.slice(figure.end, n.start)) &&
      RATE_AFTER.test(text.slice(n.end, n.end + 4)),
  );
  if (after) return { name: after, region };
  const before = [...earlier].reverse().find((l) => l.name && (l.figureStart ?? -1) >= sentenceStart);
  return { name: before?.name, region };
}

// 京津冀地区…, 长三角…, 五省(市)合计…, 13个省份合计: a group of regions opening the clause
const REGION_GROUP =
  /^(?:其中|分地区看|分地区来看|从地区看)?[，,\s]*(?:京津冀|长三角|长江三角洲|珠三角|珠江三角洲|粤港澳大湾区|成渝地区|东部地区|中部地区|西部地区|东北地区|中西部地区|[两二三四五六七八九十\d]+\s?个?\s?(?:省|省份|省区|省市|城市|地区)\s?(?:[(（]\s?[市区]\s?[)）])?\s?(?:合计|共计|总计|累计|总和))/;

const FIGURE = /\d\s?(?:[万亿元%辆个家项]|$)/;
const GROUP_COUNT = /[\d两二三四五六七八九十]+\s?个?\s?(?:省|省份|省区|省市|城市|地区)/g;

/**
 * Is the figure a group of regions'? Its clause opens with the group; or the clause before does and has no figure of
 * its own ("京津冀地区增势突出，软件业务收入同比增长…"); or, for a clause naming no subject of its own, the sentence
 * opens with the group ("东部地区完成软件业务收入…，同比增长10.1%").
 */
export function ofRegionGroup(text: string, clauses: Span[], clauseIndex: number, ownSubject: boolean): boolean {
  const opens = (c: Span) => {
    const head = text.slice(c.start, Math.min(c.end, c.start + 24));
    return /[京长珠粤成东中西省市区个]/.test(head) && REGION_GROUP.test(head);
  };
  if (opens(clauses[clauseIndex])) return true;
  if (!ownSubject && clauseIndex > 0 && opens(clauses[0])) return true;
  const before = clauses[clauseIndex - 1];
  return (
    before !== undefined && opens(before) && !FIGURE.test(text.slice(before.start, before.end).replace(GROUP_COUNT, ""))
  );
}
