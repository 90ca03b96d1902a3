/**
 * 目标 in a review: a goal that a result is judged against (低于年初预期目标, 超额完成全年目标) is no plan of the
 * sentence's own figures; and a figure written as the goal's value (低于5%的控制目标) is that goal, a target.
 */
import type { Comparator } from "../../types";
import { startingPlace } from "./cues";
import type { ZhDocument } from "./document";
import type { Span } from "./segments";

// 明显低于年初预期目标, 好于全年目标, 低于5%的控制目标, 控制在预期目标以内: the goal is what a result is compared with
// (a modal before it still plans it: 力争低于…目标; a goal met, 完成全年目标, is cues.ts's GOAL_MET)
const JUDGED =
  /(?<!要|将|能|可|以|力争|争取|确保|努力|必须|需要)(?:明显|显著|大幅|略|均|都)?(?:低于|高于|好于|优于|快于|慢于|超过|超出|跑赢|不及|未达到|未完成|符合|控制在)了?[^，。；,;！？!?]{0,12}?目标(?:任务|要求)?/g;

/** The clause with each goal it judges a result against replaced by a report's cue (已实现), for the kind cues. */
export function judgedGoalsAsReport(clause: string): string {
  return clause.includes("目标") ? clause.replace(JUDGED, "已实现") : clause;
}

// 5%的控制目标, 7%左右的预期目标, 3.5%的年度目标: the goal whose value the figure is
const GOAL_AFTER = /^\s?的?\s?(?:年度|全年|年初|既定|原定|预期|控制|考核|规划|调控|约束性)*目标/;

// 低于5%的控制目标: a lead-in that is only the comparison with the goal, the subject left to the clause before
// (低于年初确定的5.5%目标: the goal's time and who set it may come between)
// (超额完成500亿元的目标, 提前完成: a goal exceeded, the figure still the goal's)
const COMPARISON_ONLY =
  /^(?:明显|显著|大幅|略|均|都)?(?:低于|高于|好于|优于|快于|慢于|超过|超出|不及|符合|超额完成了?|提前完成了?)(?:年初|年度|全年|今年|去年)?(?:确定|设定|提出|制定|既定)?的?\s?$/;

/**
 * Is the figure the value of the goal a result is compared with (…为4.6%，低于5%的控制目标)? Its comparator then:
 * a control goal (控制目标) is a ceiling, any other goal its value as written. undefined when it is not.
 * (实现3000亿元目标 is left alone: a goal met in a review is read as the result.)
 */
export function goalOfFigure(leadIn: string, afterFigure: string): { comparator: Comparator | null } | undefined {
  if (!COMPARISON_ONLY.test(leadIn)) return undefined;
  const m = GOAL_AFTER.exec(afterFigure);
  if (!m) return undefined;
  return { comparator: m[0].includes("控制") ? "<=" : null };
}

// 5.5%以上上海确定2023年GDP增长目标, 6%左右！某市定下今年经济增长预期目标: a headline's figure first, the goal's name after
const NAME_TO_GOAL = /^(?:增长|增速)?(?:的)?(?:预期|年度|发展)?目标/;
const OPENING = /^[\s"'“‘《【]*$/;

/**
 * The names after a figure that opens its clause and whose goal the clause sets (5.5%以上上海确定2023年GDP增长目标, a
 * headline's goal named after its figure): the goal's series.
 */
export function goalNamedAfter<N extends { start: number; end: number }>(
  text: string,
  leadIn: string,
  figureEnd: number,
  clauseEnd: number,
  names: N[],
): N[] {
  if (!OPENING.test(leadIn)) return [];
  return names.filter(
    (n) => n.start >= figureEnd && n.end <= clauseEnd && NAME_TO_GOAL.test(text.slice(n.end, n.end + 8)),
  );
}

// 主要预期目标是：…；…；, 今年发展的主要目标：…；: a list of the year's goals opens, every item after its semicolons a goal
const GOAL_LIST = /(?:主要|预期|发展)目标(?:任务)?(?:是|为|如下)?\s?[:：,，]/;

/** Does the sentence open a list of goals (主要预期目标：地区生产总值增长5%左右；…) whose items follow it? */
export function opensGoalList(sentence: string): boolean {
  return sentence.includes("目标") && GOAL_LIST.test(sentence);
}

/**
 * The names whose goal a sentence speaks of (各地公布了今年经济增长预期目标, GDP增长目标): the series the figures of the
 * next sentence set goals for (其中，甲省的目标是5%，乙省为6%左右).
 */
export function goalsNamed<N extends { start: number; end: number }>(text: string, names: N[]): N[] {
  return names.filter((n) => NAME_TO_GOAL.test(text.slice(n.end, n.end + 8)));
}

/** 各地公布了今年经济增长预期目标, 十余个省份敲定GDP增长目标: the series whose goals the next sentence gives place by place. */
export function goalTopic(doc: ZhDocument, sentence: Span) {
  if (!doc.folded.slice(sentence.start, sentence.end).includes("目标")) return undefined;
  return goalsNamed(doc.folded, doc.names.indicatorsIn(doc.folded, sentence.start, sentence.end)).pop();
}

// 甲省的目标是 / 乙省为 / 丙省、丁省均为: what is left of a clause's words before its figure once its places are read
const PLACE_GOAL_REST =
  /^(?:的)?(?:(?:经济)?(?:增长|增速))?(?:的)?(?:预期|年度)?(?:目标)?(?:均|都|也|则)?(?:是|为|定为|设定为|确定为|定在|设在)\s?$/;

/**
 * The places whose goal a clause sets before its figure (其中，甲省的目标是5%，乙省为6%左右; 丙省、丁省均为: each), as
 * written; empty when the clause is no such goal.
 */
export function placeGoalLead(leadIn: string): string[] {
  let rest = leadIn.replace(/^[\s，,]*(?:其中|而|同时)?[，,\s]*/, "");
  const places: string[] = [];
  for (let length = startingPlace(rest); length && places.length < 8; length = startingPlace(rest)) {
    places.push(rest.slice(0, length));
    rest = rest.slice(length).replace(/^(?:省|市|自治区)?[、和与及]?/, "");
  }
  return places.length && PLACE_GOAL_REST.test(rest) ? places : [];
}
