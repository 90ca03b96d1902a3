/** Size classes of projects (10亿元以上项目有55个): a bound that sorts projects, not a figure of its own. */
import { comparatorBefore } from "./cues";
import type { ZhFigure } from "./figures";
import type { Span } from "./segments";

// 10亿元以上项目有55个, 投资额30亿元及以上66个, 50亿元到100亿元项目11个: a size class of projects, not a figure
const CLASS_AFTER =
  /^(?:级|\s?(?:到|至|-|~)\s?[\d.]+\s?[万亿]*元(?:以上|及以上)?)?(?:的)?[\u4e00-\u9fff]{0,8}?(?:项目|企业)/;
const PER_PROJECT_BEFORE =
  /\d+\s?个(?:[^\d，。,；;]{0,6})?项目(?:的)?(?:单个)?(?:投资额|合同额|投资规模|投资)(?:均)?\s?(?:超过|超|逾|达到|达|在)?\s?$/;
const RANGE_BEFORE = /[\d.]+\s?[万亿]*元\s?(?:到|至|-|~)\s?$/;
const CLASS_BEFORE = /(?:单个|单体|单项|投资额|投资规模|合同额)(?:在|达)?$/;
export function isSizeClass(text: string, figure: ZhFigure, sentence: Span): boolean {
  if (figure.cls !== "money") return false;
  const after = text.slice(figure.end, Math.min(sentence.end, figure.end + 16));
  const before = text.slice(Math.max(sentence.start, figure.start - 12), figure.start);
  const stated = figure.comparator ?? comparatorBefore(before);
  const bounded = stated === ">=" || stated === "<=" || stated === ">";
  if ((bounded || /^(?:级|\s?(?:到|至|-|~)\s?\d)/.test(after) || RANGE_BEFORE.test(before)) && CLASS_AFTER.test(after))
    return true;
  // 其中17个项目投资额超过50亿元: each project's size, not a total
  if (bounded && PER_PROJECT_BEFORE.test(text.slice(Math.max(sentence.start, figure.start - 24), figure.start)))
    return true;
  return bounded && CLASS_BEFORE.test(before) && /^\s?\d/.test(after);
}
