/**
 * A Chinese story restates a quantity: 全市生产总值突破5万亿元，达到5.39万亿元, or 迈上5万亿元新台阶 in one
 * paragraph and 全年实现地区生产总值5.39万亿元 in another. The exact figure is the series' fact; the bound it
 * restates keeps its value but loses its link (the convention of both languages, common/restated.ts: same series,
 * kind, year, period and unit, met and close; a milestone further away; the same sentence whatever the two values).
 * A bound that is the only statement stays linked, and so does a heading's (a title without a closing mark).
 * The Chinese words of a milestone are here: a line's name after the figure (大关, 台阶, 关口, 门槛, 里程碑), a step
 * onto it before (迈上, 跨越, 站上, 登上, 跃上), a first time (首次突破, 历史性突破, 历史上首次).
 */
import type { Comparator } from "../../types";
import type { Draft, Span } from "../common/facts";
import { SeriesBounds } from "../common/restated";

// 5万亿元大关, 迈上5万亿元新台阶, 3000亿元的历史性关口, 万亿元门槛, 实现5万亿元的历史性突破
const LINE_AFTER = /^\s?(?:的)?\s?(?:(?:新|历史性)?\s?(?:台阶|大关|关口|门[槛檻]|里程碑)|历史性突破)/;
// 迈上 / 跨越 / 站上 / 登上 / 跃上 5万亿元: the line stepped onto (read "=", a bound here)
const STEP_BEFORE = /(?:迈上|迈入|跨越|跨上|跨过|越过|站上|登上|跃上|冲上)\s?(?:了)?\s?$/;
// 首次突破, 历史上第一次超过, 历史性地突破: a first time in the figure's clause before it
const FIRST_BEFORE = /(?:首次|第一次|首度|历史性)[^，,。；;：:]{0,12}$/;
// 突破5万亿元，为历史上首次 / 这也是首次: a first time said after the figure in its sentence
const FIRST_AFTER = /^[^。；;]{0,16}?(?:首次|第一次|首度)/;

// a heading: a short paragraph with no closing mark (上海经济总量突破5万亿元)
const CLOSED = /[。！？；：!?;:…]\s?["”’』」)）]?$/;
const HEADING_LENGTH = 60;

/** Whether a Chinese paragraph is a heading or a title, whose figures are the story's claims. */
export function chineseHeading(text: string, paragraph: Span): boolean {
  const line = text.slice(paragraph.start, paragraph.end).trim();
  return line.length <= HEADING_LENGTH && !CLOSED.test(line);
}

/** The bounds of one Chinese document restated by its exact figures; `text` is the folded text drafts point into. */
export function chineseRestated(text: string): SeriesBounds {
  const before = (d: Draft) => text.slice(Math.max(d.clause.start, d.figure.start - 30), d.figure.start);
  const after = (d: Draft) => text.slice(d.figure.end, Math.min(d.sentence.end, d.figure.end + 30));
  const stepped = (d: Draft) => STEP_BEFORE.test(before(d)) || LINE_AFTER.test(after(d));
  return new SeriesBounds({
    milestone: (bound) => stepped(bound) || FIRST_BEFORE.test(before(bound)) || FIRST_AFTER.test(after(bound)),
    comparatorOf: (draft): Comparator => (draft.comparator === "=" && stepped(draft) ? ">=" : draft.comparator),
  });
}
