/**
 * A period's count of projects over 100 million yuan, signed or landed (今年以来，全市累计签约亿元以上重大产业项目
 * 320个、总投资1900亿元; 1-5月签约亿元以上产业项目…): the catalog's series of such projects in the period
 * (INVEST_PROJ), a result of the period like any statistic, not one event's signing, even in a report on an event.
 * The same count with no time of its own (大会现场签约亿元以上产业项目50个) stays the event's signing.
 */
import type { ZhSentence } from "./segments";

// 亿元以上产业项目, 亿元以上重大产业项目 (十亿元以上… is another class, no such series)
const PROJECTS_OVER_100M = /(?<![十百千万\d])亿元以上(?:重大|重点)?产业项目/;
// the period the count runs over: since the year's start, months, a year, the whole year
const PERIOD =
  /(?:今年|年初|本年|开年)以来|\d{1,2}\s?[-—–~至到]\s?\d{1,2}\s?月|前[一二三四五六七八九十\d]{1,2}个?月|(?:19|20)\d{2}\s?年|全年|去年|上年/;

// …353个、总投资2254亿元: the investment of the count, joined to it by 、
const ITS_INVESTMENT = /^(?:计划)?总?投资(?:总额|额)?/;

/**
 * The figure's clause counts a period's projects over 100 million yuan (or, joined to such a count by 、, gives their
 * investment), the period told before it in its sentence.
 */
export function periodProjectCount(text: string, sentence: ZhSentence, clauseIndex: number, figureStart: number) {
  const clause = sentence.clauses[clauseIndex];
  const before = text.slice(sentence.start, figureStart);
  if (PROJECTS_OVER_100M.test(text.slice(clause.start, clause.end))) return PERIOD.test(before);
  const previous = sentence.clauses[clauseIndex - 1];
  return (
    previous !== undefined &&
    text.slice(previous.end, clause.start).includes("、") &&
    ITS_INVESTMENT.test(text.slice(clause.start, clause.end)) &&
    PROJECTS_OVER_100M.test(text.slice(previous.start, previous.end)) &&
    PERIOD.test(before)
  );
}
