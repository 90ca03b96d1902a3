/**
 * A year's list of major works (2024年重大工程安排正式项目…项): its planned investment is written apart from the list's
 * name (…，全年计划完成投资超过…亿元), and its counts of projects arranged are the plan's.
 */
import type { ZhIndicator, ZhDocument } from "./link";
import type { ZhName } from "./names";
import type { Span } from "./segments";

// the list: 重大工程, 重大工程项目, 市级重大项目 (not 重大产业项目, a part of it, nor a batch 集中开工 on one day)
const WORKS = /重大工程|重大项目(?!集中)/g;
// a list not of the city's own: a batch started on one day (集中开工…重大项目, 开工重大项目61个), projects built with another region
// (共建…重大项目, 合作重大项目)
const NOT_OWN_LIST = /开工|共建|合作|联合/;
const OWN_LIST_LOOKBACK = 16;
// the investment planned for the year (全年计划完成投资, 年度计划投资额), the plan met (完成年初计划…的103.6%,
// 超额完成…的目标) or the investment done (实际完成投资额), as the lead-in of its figure
const PLANNED_INVESTMENT =
  /(?:(?:全年|年内|年度|今年|当年|年初)?计划(?:完成)?投资(?:额)?|(?:实际|累计)?完成投资(?:额)?|(?:超额)?完成(?:了)?(?:年初|全年|年度)?(?:计划|目标))\s?(?:超过|超|逾|约|近|达到|达|为|突破|不低于|不少于)?\s?$/;
// 一是在科技产业领域…, 围绕产业高质量发展…: a part of the list, whose money is not the list's
const PART_OF_LIST = /^[\s"“]*(?:[一二三四五六七八九十]是|其[一二三四五]|围绕|聚焦|在[^，。；,;]{0,12}领域)/;
// (…同样聚焦城市能级的提升，围绕基础设施建设，…: a later clause of the sentence opening so)
const PART_CLAUSE = /[，,；;]\s?(?:围绕|聚焦)/;
// 在…项重大项目中，X项目…项, 清单中新开工项目占比超…: a part of the list that the sentence counts or takes a share of
const COUNTED_PART = /^[\s"“]*在[^，。；,;]{0,24}中[，,]|占比|所占比重/;
// 重大产业项目, 民生领域, 基础设施项目: a paragraph about one kind of project in the list
const OTHER_PROJECTS = /产业项目|民生|基础设施|社会事业|领域|板块/;
// 这是自2022年以来第3年完成投资超2000亿元, 连续三年: a run of years, not the year's figure
const RUN_OF_YEARS = /第\s?[\d一二三四五六七八九十]+\s?年|连续\s?[\d一二三四五六七八九十]+\s?年|以来/;
const HEADLINE_LENGTH = 80;

/** The document's first line, when it is short enough to be its headline. */
function headlineOf(text: string): string {
  // (only the first characters are searched: a text of one long paragraph has no headline)
  const end = text.slice(0, HEADLINE_LENGTH + 1).indexOf("\n");
  return end < 0 ? "" : text.slice(0, end);
}

/** The major-works lists the text names, but for batches started on one day and lists shared with another region. */
function ownLists(text: string): string[] {
  return [...text.matchAll(WORKS)]
    .filter((m) => {
      const before = text.slice(Math.max(0, m.index - OWN_LIST_LOOKBACK), m.index);
      return !NOT_OWN_LIST.test(before.slice(before.search(/[^，。；,;！!]*$/)));
    })
    .map((m) => m[0]);
}

// the names the catalog may give the list's planned investment, the list's word first
const MEASURES = ["计划投资", "计划完成投资", "投资"];

/**
 * 2023年重大工程安排正式项目191项，…，全年计划完成投资超过2150亿元: the planned investment of the major-works list
 * the paragraph names, as the catalog names it (重大工程计划投资). undefined when the lead-in is no such plan, the
 * paragraph names no list, or the sentence or paragraph is about a part of the list.
 */
export function worksInvestment(
  doc: ZhDocument,
  paragraphStart: number,
  sentence: Span,
  clause: Span,
  figureStart: number,
): ZhName<ZhIndicator> | undefined {
  const text = doc.folded;
  const leadIn = text.slice(clause.start, figureStart);
  const planned = PLANNED_INVESTMENT.exec(leadIn);
  if (!planned) return undefined;
  if (
    PART_OF_LIST.test(text.slice(sentence.start, sentence.end)) ||
    PART_CLAUSE.test(text.slice(sentence.start, figureStart)) ||
    COUNTED_PART.test(text.slice(sentence.start, figureStart)) ||
    PART_OF_LIST.test(text.slice(paragraphStart, sentence.end)) ||
    RUN_OF_YEARS.test(text.slice(sentence.start, figureStart))
  )
    return undefined;
  const upTo = text.slice(paragraphStart, figureStart);
  let lists = ownLists(upTo);
  // (松江区今年116项重大工程项目出炉 as the headline, the body's paragraph naming no other kind of project)
  if (!lists.length && !OTHER_PROJECTS.test(upTo)) lists = ownLists(headlineOf(text));
  if (!lists.length) return undefined;
  const words = new Set([...lists.reverse(), "重大工程"]);
  // (the name is where the lead-in writes the measure: 计划完成投资)
  const from = clause.start + planned.index;
  const measure = /计划|完成/.exec(planned[0])!;
  const last = Math.max(planned[0].lastIndexOf("投资"), planned[0].lastIndexOf("计划"), planned[0].lastIndexOf("目标"));
  const at = { start: from + measure.index, end: from + last + 2 };
  for (const word of words)
    for (const measure of MEASURES) {
      const entry = doc.names.indicatorNamed(word + measure);
      if (entry) return { start: at.start, end: at.end, text: word + measure, entry };
    }
  return undefined;
}

// 安排正式项目191项, 共安排项目77项, 安排预备项目48项: the projects a plan arranges
const ARRANGED = /安排[^，。；,;\d]{0,8}?项目\s?\d/;

/** Does the clause count the projects a plan arranges (安排…项目N项)? */
export const arrangesProjects = (clause: string): boolean => ARRANGED.test(clause);
