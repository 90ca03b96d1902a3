/**
 * Whether a Chinese clause has a subject of its own, and what it is: the noun phrase it opens with, without its
 * connectors, time words and verbs; clauses that only qualify a figure (受…驱动, 按不变价格计算, 与上年相比).
 */
import { regionIn } from "./cues";

// 相关产业规模达…: the industry the clause before named
const RELATED = /^相关(?=产业|行业|领域)/;

// 过去3年平均年增幅接近30%: a span and an average before the rate name no subject
const SPAN_LEAD = /^(?:过去|近|最近)[\d两二三四五六七八九十]+年(?:来|间)?|平均|复合(?=增长)/g;

// 与上一年度相比, 与上年相比: the time a change is measured from, no subject
const COMPARED_TIME = /^(?:与|和|同|比|较)(?:上一?年度?|去年|上年同期|去年同期)(?:同期)?相比?$/;

const CONNECTOR =
  /^(?:其中|此外|同时|另外|另|据介绍|据统计|据初步统计|初步统计|目前|截至目前|总体看|总的来看|今年以来|近年来|一是|二是|三是|四是|五是|首先|其次|再次|最后)[，,：:\s]*/;

// (初步估算全年产业规模有望…, 核心产业营收超…, 全年降幅进一步收窄至…: an estimate's words, the industry's core
// and a change's size name no new subject)
// (规模历史性突破…, 首次超过…, 稳步增长: an adverb before the verb names no subject either)
// (按不变价格计算同比增长…: how a growth is measured, written on to its verb with no comma, names no subject)
const GENERIC =
  /(?:未来|今后)[一两二三四五六七八九十\d]{1,2}年|总规模|历史性|首次|再次|从|不到|不足|稳步|大幅|按可比价格计算|按可比价格|按不变价格计算|按不变价格|按现行价格计算|按可比口径|可比口径|可比|同口径|初步估算|初步测算|估算|测算|预估|估计|核心产业|整体|总体|降幅|跌幅|涨幅|进一步|收窄|缩小|扩大|同比|比上年同期|比去年同期|比上年|比去年|较上年|较去年|复合增长率|增长率|大涨|大增|猛增|激增|劲增|飙升|增长|增速|增幅|下降|上升|上涨|减少|回落|年均|达到|达|实现|完成|突破|超过|超|逾|约|近|几乎|接近|为|了|的|和|其中|分别|产业规模|总量|规模|总产值|产值|营业收入|营收|销售收入|收入|增加值|产量|力争|预计|将|有望|继续|保持|全年|今年|去年|提高到|提高|上升到|到|至|以上|左右|累计|共计|共|总额|额|年|月|上半年|下半年|前三季度|季度|增加|占|比重|目标|确保|争取|要|其|该产业|该行业|该领域|产业|行业|全市|我市|本市|本届|此次|本次|稳定在|保持在|在|是/g;

const ADVERBIAL = /^(?:受|随着|依托|围绕|通过|得益于|在.{0,12}(?:带动|推动|驱动)下)/;

// 按不变价格计算: an aside on how a figure is measured, between the figure's subject and its growth
// (人民币，单位下同）: the unit's aside, as 下同）
// 包括6个百亿元级产业园区: a list of what the subject includes, after which the sentence returns to the subject
const ASIDE =
  /^(?:按(?:不变|可比|现行)?价格计算|按可比口径计算?|扣除价格因素)$|^(?:包括|涵盖)|^(?:单位)?下同[)）]?\s*$/;

const TRAILING_VERBS =
  /(?:同比增长|比上年增长|比去年增长|增长|达到了|达到|达|为|实现了|实现|完成了|完成|突破|超过|超|逾|约|近|累计|共计|共|合计|总计|攀升至|提高到|提高至|提升到|提升至|上升到|升至|增至|增加|下降|减少|占比|占|有|是|在|至|到|将|力争|预计|确保|稳定在|保持在|其中|分别|的|不低于|不少于|\s)+$/;

/** The noun phrase that opens a clause, without its connectors, time words, verbs and comparators. */
export function leadSubject(text: string, clauseStart: number, upTo: number): string {
  let lead = text.slice(clauseStart, upTo).replace(CONNECTOR, "");
  // 上海市实现地区生产总值: the subject is what the verb governs
  lead = lead.replace(/^[^，,]*?(?:实现|完成|录得|拥有|集聚了|集聚|汇聚了|汇聚)(?=[\u4e00-\u9fff]{2,})/, "");
  lead = lead.replace(
    /^(?:(?:19|20)\d{2}\s?年|去年|今年|明年|全年|上半年|前三季度|[一二三四]季度|\d{1,2}-\d{1,2}月|预计|有望|力争|争取|将|要|[\s,，])+/,
    "",
  );
  // (up to four times; once nothing is cut, the next times would cut nothing either)
  for (let i = 0; i < 4; i++) {
    const cut = lead.replace(TRAILING_VERBS, "");
    if (cut === lead) break;
    lead = cut;
  }
  return lead
    .replace(/["'()（）]/g, "")
    .slice(-24)
    .trim();
}

const COMPARED_WITH =
  /(?:与|和|同)\s?(?:(?:19|20)\d{2}\s?年|上年|去年)(?:年底|年末|底|末|同期)?\s?相比|(?:比|较)\s?(?:(?:19|20)\d{2}\s?年|上年|去年)(?:年底|年末|底|末|同期|计划数|计划)?/g;

const RANK = /(?:位列|排在|排名|位居|居|列)(?:全国)?第[一二三四五六七八九十\d]+(?:位|名)?/g;

const SIZE_OR_SPAN = /规模以上|规上|十[一二三四五]五(?:期间|时期)?|期间/g;

export function refersBack(leadIn: string): boolean {
  // 占规上工业总产值的比重升至47%: a share clause leaves out its subject
  // (工业总产值占规模以上工业40%, 产值占比: the measure of the subject before, then its share)
  // (其中 refers back only with no name after it: 其中新能源增长…, a part named on its own, is no figure of the whole;
  // the generic words below take 其中 away when nothing else stands)
  if (/^\s*(?:占|其中[，,：:\s]*(?:占|分别|$)|分别|(?:工业)?(?:总产值|产值|增加值|营业收入|营收)占)/.test(leadIn))
    return true;
  // 与2022年年底相比增长: the time a change is measured from is no subject
  let rest = leadIn.includes("比") ? leadIn.replace(COMPARED_WITH, "") : leadIn;
  // (位列第二, 排在第三位: a rank names no subject; every rank holds 第)
  if (rest.includes("第")) rest = rest.replace(RANK, "");
  rest = rest
    .replace(/(?:19|20)\d{2}/g, "")
    .replace(GENERIC, "")
    // (规上产业规模, "十四五"期间: the firms' size class and the plan's span name no subject either)
    .replace(SIZE_OR_SPAN, "")
    .replace(/[\d.,，、:：;；"'()（）“”\s%~-]/g, "");
  return rest.length <= 1;
}

// 喊出两年破万亿, 提出三年内突破: a goal proclaimed with its horizon, the subject left to the clause before
const PROCLAIMED_GOAL =
  /^(?:喊出|提出|明确提出|定下|立下|锚定|瞄准)?(?:未来|今后|力争|争取)?(?:用)?\s?[一两二三四五六七八九十\d]{1,2}\s?年(?:左右)?(?:时间|之内|内|后)?(?:突破|破|超过|超|迈上|达到|实现)?$|^(?:喊出|提出|明确提出|定下|立下)/;

// …，广州市则为60万辆, 浙江、福建均突破5万亿元, 河南紧随其后为5.2%, 四川则以5.9%的增速…: places going on in the terms
// of the clause before (only a verb, or 以 and the figure, after them)
const PLACE_GOING_ON =
  /^((?:[\u4e00-\u9fff]{2,5}?(?:市|省)?[、和与及])*[\u4e00-\u9fff]{2,5}?)(?:市|省)?(?:则|也|亦|同样|均|都|紧随其后|紧跟其后)*(?=(?:为|达到|达|突破|超过|实现|以)?\s?$)/;
const PLACE_ITEM = /(?:市|省)?[、和与及]/;

// 生产总值7.35万亿元（人民币，下同）、增长8.5%: the rest of an aside opened in the clause before names no subject
const ASIDE_TAIL = /^[^()（）]{1,12}[)）]\s?[、，,]?/;

/** 相关产业规模达…, 过去3年平均年增幅…: the lead-in of a figure without the words that only point back or span time. */
export function ownLeadOf(leadIn: string): string {
  const own = leadIn.replace(ASIDE_TAIL, "").replace(RELATED, "").replace(SPAN_LEAD, "").replace(PROCLAIMED_GOAL, "");
  const place = PLACE_GOING_ON.exec(own);
  const places = place ? place[1].split(PLACE_ITEM) : [];
  return place && places.every((p) => regionIn(p) !== undefined && regionIn(p) !== "China")
    ? own.slice(place[0].length)
    : own;
}

/** An adverbial clause (受…驱动, 随着…), an aside (按不变价格计算, 包括…) or the time a change is measured from. */
export function isAside(clause: string): boolean {
  return ADVERBIAL.test(clause) || ASIDE.test(clause) || COMPARED_TIME.test(clause);
}
