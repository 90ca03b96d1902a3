/**
 * Whose a Chinese figure is when the sentence says it is not the subject's own: the nation's or a place's figure it
 * is compared with (高于全国5%的GDP增速, 高于北京的6.7%), or a sum over several regions (五省(市)合计, 京津冀地区…), which no region's series holds.
 */
import { regionIn, regionsIn, startingPlace } from "./cues";
import type { ZhFigure } from "./figures";
import type { Linked, ZhIndicator } from "./link";
import type { ZhName } from "./names";
import type { Span, ZhSentence } from "./segments";

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

// 京津冀地区…, 长三角…, 五省(市)合计…, 13个省份合计, 全国15个副省级中心城市实现…: a group of regions opening the clause
// (a number of places as the subject; not 31个省份中, "among them")
const REGION_GROUP =
  /^(?:其中|分地区看|分地区来看|从地区看)?[，,\s]*(?:京津冀|长三角|长江三角洲|珠三角|珠江三角洲|粤港澳大湾区|成渝地区|东部地区|中部地区|西部地区|东北地区|中西部地区|[两二三四五六七八九十\d]+\s?个?\s?(?:省|省份|省区|省市|城市|地区)\s?(?:[(（]\s?[市区]\s?[)）])?\s?(?:合计|共计|总计|累计|总和)|(?:全国|全省|全市)?\s?(?:[2-9]|[1-9]\d+|[两二三四五六七八九十]+)\s?个\s?[\u4e00-\u9fff]{0,8}?(?:城市|省份|省市|省区|地市|设区市)(?![中里内的之]|排名)|[一两二三四五六七八九十\d]\s?省\s?[一两二三四五六七八九十\d]\s?市(?!\s?[(（]))/;

const FIGURE = /\d\s?(?:[万亿元%辆个家项]|$)/;
// (one clauses array is one sentence's of one text; the last sentence's openings are kept, for its next figure)
let groupOpenings: { clauses: Span[]; known: boolean[] } | null = null;
// GDP排名前十的省份…均超4万亿元, 前五强城市: the places of a rank, unnamed; a bound they all pass is no place's figure
// (not 居前5名的省份中，北京市…: the places named among them)
const RANKED_GROUP =
  /前\s?(?:[二三四五六七八九十]|\d{1,2})\s?(?:位|名|强)?的?\s?(?:省份|省市|省区|省(?![份市区])|城市|地市|地区)(?![中里内之])/;

// 有望成为首个经济总量突破5万亿元的城市: a goal of a rank, whose line is no goal of the place's series (a result,
// 成为第9个突破…的省份, does say the place passed it)
const FIRST_OF_RANK = /(?:首个|首座|第[一二三四五六七八九十\d]+个|唯一)[^，,。；;\d]{0,12}$/;
const PLACE_AFTER = /^\s?(?:大关)?的\s?(?:城市|省份|省|地区|经济体)/;

/**
 * Is the figure about the places of a rank (排名前十的省份…均超…), which no one place's series holds, or the line
 * of a rank a place is to reach (有望成为首个…突破5万亿元的城市)?
 */
export function ofRankedGroup(
  text: string,
  sentenceStart: number,
  figure: { start: number; end: number },
  kind: string,
): boolean {
  if (RANKED_GROUP.test(text.slice(sentenceStart, figure.start))) return true;
  return (
    kind === "target" &&
    PLACE_AFTER.test(text.slice(figure.end, figure.end + 8)) &&
    FIRST_OF_RANK.test(text.slice(Math.max(sentenceStart, figure.start - 20), figure.start))
  );
}
const LISTED_PLACES =
  /^(?:[\u4e00-\u9fff]{2,6}?[、和及与]){1,8}[\u4e00-\u9fff]{2,6}?(?=[两二三四五六七八九十\d]+\s?个?\s?(?:省|城市|地区|地|市))/;
// the groups of regions the press names, as facts name them
const NAMED_GROUPS: [RegExp, string][] = [
  [/京津冀/, "Beijing-Tianjin-Hebei"],
  [/长三角|长江三角洲/, "Yangtze River Delta"],
  [/粤港澳大湾区|大湾区/, "Greater Bay Area"],
  [/珠三角|珠江三角洲/, "Pearl River Delta"],
  [/成渝/, "Chengdu-Chongqing"],
];

/**
 * The region a group's figure is of: the group's name (长三角 -> Yangtze River Delta), or the places the sentence
 * listed before it, joined (江苏、浙江、安徽和上海…，四省市合计… -> Jiangsu + Zhejiang + Anhui + Shanghai), not the last of them.
 */
export function groupRegion(
  text: string,
  sentenceStart: number,
  clause: Span,
  figureStart: number,
): string | undefined {
  const own = text.slice(clause.start, figureStart);
  // (19个省市正增长(甲省3.1%、乙省2.6%): a place alone before its figure in the group's list is that place's)
  const listed = own.replace(/^[\s、，,和及与(（]+/, "").trimEnd();
  if (listed && startingPlace(listed) === listed.length) return regionIn(listed);
  const named = NAMED_GROUPS.find(([pattern]) => pattern.test(own));
  if (named) return named[1];
  const places = regionsIn(text.slice(sentenceStart, figureStart)).filter((r) => r !== "China");
  return places.length >= 2 ? places.join(" + ") : undefined;
}
const GROUP_COUNT = /[\d两二三四五六七八九十]+\s?个?\s?(?:省|省份|省区|省市|城市|地区)/g;

/**
 * Is the figure a group of regions'? Its clause opens with the group; or the clause before does and has no figure of
 * its own ("京津冀地区增势突出，软件业务收入同比增长…"); or, for a clause naming no subject of its own, the sentence
 * opens with the group ("东部地区完成软件业务收入…，同比增长10.1%"), or the nearest clause before it with a figure does
 * ("具体看，东部地区完成…，同比增长…").
 */
export function ofRegionGroup(text: string, clauses: Span[], clauseIndex: number, ownSubject: boolean): boolean {
  // (each figure of a sentence asks about the same clauses: what each one opens with is read once)
  if (groupOpenings?.clauses !== clauses) groupOpenings = { clauses, known: [] };
  const known = groupOpenings.known;
  const opens = (i: number) => {
    if (known[i] !== undefined) return known[i];
    const c = clauses[i];
    const head = text.slice(c.start, Math.min(c.end, c.start + 40));
    // (北京、广东、江苏三省市合计…: the places listed before their count)
    return (known[i] =
      /[京长珠粤成东中西省市区个]/.test(head) && REGION_GROUP.test(head.replace(LISTED_PLACES, "").slice(0, 24)));
  };
  if (opens(clauseIndex)) return true;
  if (!ownSubject && clauseIndex > 0 && opens(0)) return true;
  // (…，东部地区完成软件业务收入…，同比增长…: the nearest clause before with a figure is the group's)
  if (!ownSubject)
    for (let i = clauseIndex - 1; i > 0; i--) {
      if (opens(i)) return true;
      if (FIGURE.test(text.slice(clauses[i].start, clauses[i].end))) break;
    }
  const before = clauses[clauseIndex - 1];
  return (
    before !== undefined &&
    opens(clauseIndex - 1) &&
    !FIGURE.test(text.slice(before.start, before.end).replace(GROUP_COUNT, ""))
  );
}

// a place written alone as a list item: 北京, 北京市, 广东省, 广西壮族自治区
const PLACE_SUFFIX = /(?:省|市|自治区|壮族自治区|回族自治区|维吾尔自治区|特别行政区)$/;
// 北京、上海两地…, 五省市…: a count of the places after the last one
const PLACE_COUNT = /^(?:[两二三四五六七八九十\d]+\s?(?:个)?(?:地|省|市|省市|省份|城市))?$/;
const LIST_SPLIT = /[、和及与]/;
const LIST_SEPARATORS = /[，,；;：:]/g;

/** Is the item (an item of a list, trimmed) one place alone? Its region's English name, or undefined. */
function placeAlone(item: string): string | undefined {
  if (item.length < 2 || item.length > 9) return undefined;
  const region = regionIn(item);
  if (!region) return undefined;
  const stem = item.replace(PLACE_SUFFIX, "");
  return stem.length >= 2 && stem.length <= 4 && regionIn(stem) === region ? region : undefined;
}

// 三省一市（江苏省、浙江省、…）: a group's name before its members in brackets
const GROUP_BRACKET = /[(（](?=[^()（）]*[、和及与][^()（）]*[)）])/;
const BRACKET_CLOSE_AND_TIME =
  /[)）]\s?(?:(?:19|20)\d{2}\s?年)?\s?(?:今年|去年|全年|上半年|下半年|前三季度|[一二三四]季度|\d{1,2}-\d{1,2}月)?$/;

/** The list written between the separator before `at` and `at`, with its items' spans (offsets of the text). */
function listBefore(text: string, from: number, at: number): { start: number; end: number }[] {
  const head = text.slice(from, at);
  let start = 0;
  LIST_SEPARATORS.lastIndex = 0;
  for (let m = LIST_SEPARATORS.exec(head); m; m = LIST_SEPARATORS.exec(head)) start = m.index + 1;
  const bracket = GROUP_BRACKET.exec(head.slice(start));
  if (bracket) start += bracket.index + 1;
  const items: { start: number; end: number }[] = [];
  let itemStart = start;
  for (let i = start; i < head.length; i++)
    if (LIST_SPLIT.test(head[i])) {
      items.push({ start: from + itemStart, end: from + i });
      itemStart = i + 1;
    }
  items.push({ start: from + itemStart, end: from + head.length });
  return items;
}

const PLACES_OPENING =
  /^(?:[\u4e00-\u9fff]{2,9}?[、和与及])+[\u4e00-\u9fff]{2,9}?(?=均|都|则|也|同样|突破|超过|超|达到|达|为|实现|以)/;

/** The place of the nth figure after 分别 at `at`, from the list of places the clause before opens with. */
function placesOfClauseBefore(text: string, sentence: Span, at: number, order: number): { region: string } | undefined {
  const head = text.slice(sentence.start, at).replace(/[，,；;：:]\s*$/, "");
  let start = 0;
  LIST_SEPARATORS.lastIndex = 0;
  for (let m = LIST_SEPARATORS.exec(head); m; m = LIST_SEPARATORS.exec(head)) start = m.index + 1;
  const list = PLACES_OPENING.exec(head.slice(start).trim());
  if (!list) return undefined;
  const regions = list[0].split(LIST_SPLIT).map((item) => placeAlone(item.trim()));
  if (regions.some((r) => !r) || order >= regions.length) return undefined;
  return { region: regions[order]! };
}

/**
 * 北京市、广东省、浙江省软件收入分别为A、B和C，分别增长X、Y和Z: places listed before one shared name, then 分别 —
 * the nth figure after 分别 is the nth place's, in the series the name (in the last item, or between 分别 and the
 * figures) gives. A second 分别 with no list of its own goes over the same places again. undefined when the figure
 * is not in such a list (items that are not all places, or more figures than places).
 */
export function listedPlace(
  text: string,
  sentence: Span,
  figure: ZhFigure,
  names: ZhName<ZhIndicator>[],
  earlier: Linked[],
): { region: string; name?: ZhName<ZhIndicator> } | undefined {
  const upTo = text.slice(sentence.start, figure.start);
  const found = upTo.lastIndexOf("分别");
  if (found < 0) return undefined;
  let at = sentence.start + found;
  const countAfter = (position: number) =>
    new Set(earlier.filter((l) => (l.figureStart ?? -1) > position).map((l) => l.figureStart)).size;
  const order = countAfter(at);
  let items = listBefore(text, sentence.start, at);
  // 浙江、山东均超过7万亿元，分别达到…: 分别 opening its clause goes over the places the clause before opens with
  const opening = !text.slice(items[0].start, items[0].end).trim();
  const ofClauseBefore = opening && items.length === 1 ? placesOfClauseBefore(text, sentence, at, order) : undefined;
  if (ofClauseBefore) return ofClauseBefore;
  // …，分别增长X、Y和Z / 同比分别增长: no places of its own, the list of the 分别 before
  if (items.length === 1 && !regionIn(text.slice(items[0].start, items[0].end))) {
    const earlierAt = found > 0 ? upTo.lastIndexOf("分别", found - 1) : -1;
    if (earlierAt < 0) return undefined;
    at = sentence.start + earlierAt;
    items = listBefore(text, sentence.start, at);
  }
  if (items.length < 2 || order >= items.length) return undefined;
  const regions = items.slice(0, -1).map((item) => placeAlone(text.slice(item.start, item.end).trim()));
  if (regions.some((r) => !r)) return undefined;
  // the last item: a place, then the shared name (浙江省软件收入) or nothing (…、浙江省分别实现软件收入…)
  const last = items[items.length - 1];
  const shared =
    names.find((n) => n.start >= last.start && n.end <= last.end) ??
    names.find((n) => n.start > at && n.end <= figure.start);
  // (…、上海市)前三季度GDP增速: the close of a bracket of members and a time between the place and the name)
  const place = text
    .slice(last.start, shared && shared.start < last.end ? shared.start : last.end)
    .replace(BRACKET_CLOSE_AND_TIME, "")
    .trim();
  let lastRegion = placeAlone(place);
  for (let cut = place.length - 1; !lastRegion && cut >= 2; cut--)
    if (PLACE_COUNT.test(place.slice(cut))) lastRegion = placeAlone(place.slice(0, cut));
  if (!lastRegion) return undefined;
  const region = order === items.length - 1 ? lastRegion : regions[order]!;
  return { region, ...(shared ? { name: shared } : {}) };
}

const CLUSTER = "集群";
// between a member and the cluster word: the other members and the cluster's kind (、高端软件产业, 等三大先进制造业)
const TO_CLUSTER = /^[\u4e00-\u9fff、和与及等\s]{0,24}$/;
const FIGURE_AFTER = /\d/;

/**
 * 智能物联、集成电路、高端软件产业集群分别实现营业收入…，分别同比增长…: the industries that name a cluster are its
 * members, and the cluster's figures are not theirs. The names are left out for a figure after the cluster word in
 * its clause, and for the later clauses of the sentence when the cluster's clause states a figure of its own (so a
 * plan to build "世界级生物医药产业集群" in one clause leaves 产业规模超… in the next to 生物医药).
 */
export function withoutClusterMembers<N extends { start: number; end: number }>(
  text: string,
  sentence: ZhSentence,
  clauseIndex: number,
  figure: ZhFigure,
  names: N[],
): N[] {
  // (looked for only before the figure: a search to the document's end per figure is quadratic)
  if (!names.length || !text.slice(sentence.start, figure.start).includes(CLUSTER)) return names;
  const members = new Set<N>();
  for (let i = 0; i <= clauseIndex; i++) {
    const clause = sentence.clauses[i];
    const upTo = i === clauseIndex ? figure.start : clause.end;
    const own = text.slice(clause.start, upTo);
    for (let offset = own.indexOf(CLUSTER); offset >= 0; offset = own.indexOf(CLUSTER, offset + 1)) {
      const at = clause.start + offset;
      if (i < clauseIndex && !FIGURE_AFTER.test(text.slice(at, clause.end))) continue;
      for (const n of names)
        if (n.start >= clause.start && n.end <= at && TO_CLUSTER.test(text.slice(n.end, at))) members.add(n);
    }
  }
  return members.size ? names.filter((n) => !members.has(n)) : names;
}
