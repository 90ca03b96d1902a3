/**
 * A year's list of major works (2024年重大工程安排正式项目…项): its planned investment is written apart from the list's
 * name (…，全年计划完成投资超过…亿元), and its counts of projects arranged are the plan's.
 */
import type { ZhIndicator, ZhDocument } from "./link";
import type { ZhName } from "./names";
import type { Span } from "./segments";

// the list: 重大工程, 重大工程项目, 市级重大项目 (not 重大产业项目, a part of it, nor a batch 集中开工 on one day)
const WORKS = /重大工程|重大项目(?!集中)/g;
// the investment planned for the year, as the lead-in of its figure
const PLANNED_INVESTMENT =
  /(?:全年|年内|年度|今年|当年)?计划完成投资(?:额)?\s?(?:超过|超|逾|约|近|达到|达|为|突破|不低于|不少于)?\s?$/;
// 一是在科技产业领域…, 围绕产业高质量发展…: a part of the list, whose money is not the list's
const PART_OF_LIST = /^[\s"“]*(?:[一二三四五六七八九十]是|其[一二三四五]|围绕|聚焦|在[^，。；,;]{0,12}领域)/;
// 重大产业项目, 民生领域, 基础设施项目: a paragraph about one kind of project in the list
const OTHER_PROJECTS = /产业项目|民生|基础设施|社会事业|领域|板块/;
const HEADLINE_LENGTH = 80;

/** The document's first line, when it is short enough to be its headline. */
function headlineOf(text: string): string {
  // (only the first characters are searched: a text of one long paragraph has no headline)
  const end = text.slice(0, HEADLINE_LENGTH + 1).indexOf("\n");
  return end < 0 ? "" : text.slice(0, end);
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
    PART_OF_LIST.test(text.slice(paragraphStart, sentence.end))
  )
    return undefined;
  const upTo = text.slice(paragraphStart, figureStart);
  let lists = [...upTo.matchAll(WORKS)].map((m) => m[0]);
  // (松江区今年116项重大工程项目出炉 as the headline, the body's paragraph naming no other kind of project)
  if (!lists.length && !OTHER_PROJECTS.test(upTo)) lists = [...headlineOf(text).matchAll(WORKS)].map((m) => m[0]);
  if (!lists.length) return undefined;
  const words = new Set([...lists.reverse(), "重大工程"]);
  // (the name is where the lead-in writes the measure: 计划完成投资)
  const from = clause.start + planned.index;
  const at = { start: from + planned[0].indexOf("计划"), end: from + planned[0].indexOf("投资") + 2 };
  for (const word of words)
    for (const measure of MEASURES) {
      const entry = doc.names.indicatorNamed(word + measure);
      if (entry) return { ...at, text: word + measure, entry };
    }
  return undefined;
}

// 安排正式项目191项, 共安排项目77项, 安排预备项目48项: the projects a plan arranges
const ARRANGED = /安排[^，。；,;\d]{0,8}?项目\s?\d/;

/** Does the clause count the projects a plan arranges (安排…项目N项)? */
export const arrangesProjects = (clause: string): boolean => ARRANGED.test(clause);
