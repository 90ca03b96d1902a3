/** Chinese sentences (。！？； and their ASCII forms) and clauses (，：, and 、 between figures) in folded text. */
import { SUMMARY_MARKS } from "../common/summary-marks";

export interface Span {
  start: number;
  end: number;
}

export interface ZhSentence extends Span {
  clauses: Span[];
}

// A summary's bullets also end sentences: reference marks after a statement ([2], [8][9]) and a list mark standing
// alone between words (… - 广东…, • …, … - 2025年…); a hyphen between digits (2021 - 2025) is a range and stays.
// A 【bracketed headline】 before its story is a sentence of its own: its 将 is no tense of the story's figures.
const SENTENCE_END = new RegExp(
  String.raw`[。！？!?；;]+["'”’)）]*|(?<=【[^【】。\n]{1,80})】|(?:${SUMMARY_MARKS.reference})+(?=\s|$)|(?<=[^\d\s])\s+${SUMMARY_MARKS.list}\s+(?=[^\d\s-]|(?:19|20)\d{2}\s?年)`,
  "g",
);
const BULLET = new RegExp(String.raw`^\s+${SUMMARY_MARKS.list}`);
const CLAUSE_BREAK = /[，,：:]|(?<=[\d元%辆个家项倍番右上内下亿万])、/g;

// (ideographs and the Chinese marks lie past U+3000, where only U+FEFF is a space: no pattern is run for them)
const isSpaceAt = (text: string, i: number): boolean => {
  const code = text.charCodeAt(i);
  return (code <= 0x3000 || code === 0xfeff) && /\s/.test(text[i]);
};

function trimmed(text: string, start: number, end: number): Span {
  while (start < end && isSpaceAt(text, start)) start++;
  while (end > start && isSpaceAt(text, end - 1)) end--;
  return { start, end };
}

function clausesOf(text: string, sentence: Span): Span[] {
  const clauses: Span[] = [];
  const slice = text.slice(sentence.start, sentence.end);
  let from = 0;
  CLAUSE_BREAK.lastIndex = 0;
  for (let m = CLAUSE_BREAK.exec(slice); m; m = CLAUSE_BREAK.exec(slice)) {
    // 1,200: a comma between digits is a thousands separator
    if (m[0] === "," && /\d/.test(slice[m.index - 1] ?? "") && /^\d{3}(?!\d)/.test(slice.slice(m.index + 1))) continue;
    const clause = trimmed(text, sentence.start + from, sentence.start + m.index);
    if (clause.end > clause.start) clauses.push(clause);
    from = m.index + m[0].length;
  }
  const last = trimmed(text, sentence.start + from, sentence.end);
  if (last.end > last.start || !clauses.length) clauses.push(last);
  return clauses;
}

/** The sentences of folded text[from, to), each with its clauses; a sentence keeps its closing mark. */
export function splitSentences(text: string, from: number, to: number): ZhSentence[] {
  const sentences: ZhSentence[] = [];
  const slice = text.slice(from, to);
  let start = 0;
  SENTENCE_END.lastIndex = 0;
  const push = (end: number) => {
    const span = trimmed(text, from + start, from + end);
    if (span.end > span.start) sentences.push({ start: span.start, end: span.end, clauses: clausesOf(text, span) });
  };
  for (let m = SENTENCE_END.exec(slice); m; m = SENTENCE_END.exec(slice)) {
    push(BULLET.test(m[0]) ? m.index : m.index + m[0].length);
    start = m.index + m[0].length;
  }
  push(slice.length);
  return sentences;
}

/** Index of the clause a position falls in (the last clause when it falls in none). */
export function clauseIndexOf(sentence: ZhSentence, position: number): number {
  const index = sentence.clauses.findIndex((c) => position >= c.start && position < c.end);
  return index >= 0 ? index : sentence.clauses.length - 1;
}
