/**
 * What a heading line tells the paragraphs under it: the kind of their figures (目标 -> target, 回顾 -> actual) and
 * the indicator a short opening line names. Separate from read.ts because headings are read from a line's shape and
 * words alone, before and apart from any figure's cues.
 */
import type { FactKind } from "../../types";
import type { ZhDocument } from "./document";
import type { Span, ZhSentence } from "./segments";

// A heading: a short paragraph without figures. Its words say what the list under it is.
const HEADING_TARGET = /目标|预期|计划|任务|展望/;
const HEADING_REPORT = /回顾|成绩单|成绩|成就|进展|完成情况/;
const SECTION_MARK =
  /^\s*(?:[一二三四五六七八九十]+\s?[、.]|[(（][一二三四五六七八九十]+[)）]|第[一二三四五六七八九十\d]+[章部节]|[■□◆●▲])/;

export function headingKind(text: string, sentence: Span, paragraph: Span, current: FactKind | null): FactKind | null {
  const own = text.slice(sentence.start, sentence.end);
  if (own.length > 40 || sentence.start > paragraph.start + 2 || paragraph.end > sentence.end + 2) return current;
  if (HEADING_TARGET.test(own)) return "target";
  if (HEADING_REPORT.test(own)) return "actual";
  return SECTION_MARK.test(own) ? null : current;
}

/** ——集成电路产业创新引领作用显著。: a short opening line without figures naming one indicator is the paragraph's topic. */
export function headingTopic(doc: ZhDocument, sentence: ZhSentence) {
  if (sentence.end - sentence.start > 40) return null;
  const named = doc.names.indicatorsIn(doc.folded, sentence.start, sentence.end);
  return named.length && named.every((n) => n.entry === named[0].entry) ? named[0] : null;
}
