/** Splits an English paragraph into sentences and clauses, keeping character offsets. */
import { SUMMARY_MARKS } from "../common/summary-marks";
import { withDecimalComma } from "./decimal-comma";

export interface Span {
  start: number;
  end: number;
  text: string;
}

export interface Sentence extends Span {
  /** index of the sentence within its paragraph */
  indexInParagraph: number;
  clauses: Span[];
}

// Words after which a full stop does not end a sentence.
const ABBREVIATIONS = new Set([
  "mr",
  "mrs",
  "ms",
  "dr",
  "prof",
  "st",
  "co",
  "corp",
  "ltd",
  "inc",
  "no",
  "vs",
  "etc",
  "jan",
  "feb",
  "mar",
  "apr",
  "jun",
  "jul",
  "aug",
  "sep",
  "sept",
  "oct",
  "nov",
  "dec",
  "u.s",
  "u.k",
  "e.g",
  "i.e",
  "approx",
  "est",
  "gov",
  "dept",
  "govt",
  "jr",
  "sr",
]);

/** Whether a UTF-16 code unit is white space as `\s` counts it (tested by code: a pattern per character is slow). */
export function isSpaceCode(code: number): boolean {
  if (code <= 32) return code === 32 || (code >= 9 && code <= 13);
  if (code < 0xa0) return false;
  return (
    code === 0xa0 ||
    code === 0x1680 ||
    (code >= 0x2000 && code <= 0x200a) ||
    code === 0x2028 ||
    code === 0x2029 ||
    code === 0x202f ||
    code === 0x205f ||
    code === 0x3000 ||
    code === 0xfeff
  );
}

function trimmedSpan(text: string, start: number, end: number): Span | undefined {
  while (start < end && isSpaceCode(text.charCodeAt(start))) start++;
  while (end > start && isSpaceCode(text.charCodeAt(end - 1))) end--;
  return end > start ? { start, end, text: text.slice(start, end) } : undefined;
}

const isLetterOrStop = (code: number) => (code >= 65 && code <= 90) || (code >= 97 && code <= 122) || code === 46;

function isSentenceEnd(text: string, index: number): boolean {
  const char = text[index];
  if (char !== "." && char !== "!" && char !== "?") return false;
  const next = text.slice(index + 1, index + 4);
  if (!/^["'”’)]?\s/.test(next) && index + 1 < text.length) return char === "." && runOnStop(text, index);
  if (char !== ".") return true;
  // the letters and stops right before it, within its 12 characters before
  let wordStart = index;
  while (wordStart > Math.max(0, index - 12) && isLetterOrStop(text.charCodeAt(wordStart - 1))) wordStart--;
  if (wordStart < index) {
    const written = text.slice(wordStart, index);
    const word = written.toLowerCase();
    if (ABBREVIATIONS.has(word)) return false;
    if (/^[a-z]$/i.test(word) && /[A-Z]/.test(written)) return false; // initials: "J. Smith"
  }
  const after = text.slice(index + 1).match(/^["'”’)]?\s+(\S)/);
  return !after || !/[a-z]/.test(after[1]);
}

/**
 * "reached a new high.The city's output ...": a full stop with no space after it still ends a sentence between a
 * lower-case word and a capitalised one (pages that lost their spaces), not inside "U.S.", "gov.cn" or "No.1".
 */
function runOnStop(text: string, index: number): boolean {
  if (!/[A-Z]/.test(text[index + 1] ?? "") || !/[a-z]/.test(text[index - 1] ?? "")) return false;
  const word = /([A-Za-z]+)$/.exec(text.slice(Math.max(0, index - 12), index));
  return (
    word !== null &&
    /^[a-z]{2,}$/.test(word[1]) &&
    !ABBREVIATIONS.has(word[1]) &&
    text[index - word[1].length - 1] !== "." &&
    /^[A-Z][a-z]+['’]?\w*\s/.test(text.slice(index + 1, index + 30))
  );
}

// Commas and semicolons (not thousands separators), "while"/"whereas"/"but", and "and" before a second predicate
// ("reached 1.1 trillion last year and is expected to hit 1.3 trillion").
// ("..., and this is likely to rise to 1.3 million next year": "and" before a pronoun and its verb opens a clause too)
const CLAUSE_BREAK =
  /,(?!\d)|;|\s(?=(?:while|whereas|but)\s|and\s+(?:(?:this|it|these|they)\s+)?(?:is|are|was|were|will|should|shall|has|have|had|would|could|may|plans?|aims?|expects?)\b)/gi;

/** Whether the comma at text[at] is a decimal comma ("from 3, 31 percent to 4.21 percent"). */
function decimalCommaAt(text: string, at: number): boolean {
  let digits = at;
  while (digits > at - 3 && digits > 0 && /\d/.test(text[digits - 1])) digits--;
  if (digits === at || /[\d,.]/.test(text[digits - 1] ?? "")) return false;
  return withDecimalComma(text, digits, text.slice(digits, at)) !== null;
}

// a one-word aside between two commas leaves its clause whole: its subject comes before it, its verb after
const ASIDE =
  "(?:meanwhile|in turn|too|likewise|similarly|moreover|furthermore|in addition|for its part|for their part)";
const ASIDE_AFTER = new RegExp(`^,\\s*${ASIDE},`, "i");
const ASIDE_BEFORE = new RegExp(`,\\s*${ASIDE}$`, "i");

/** Whether the comma at `at` opens or closes an aside (", meanwhile,"). */
function aroundAside(sentence: string, at: number): boolean {
  return ASIDE_AFTER.test(sentence.slice(at, at + 24)) || ASIDE_BEFORE.test(sentence.slice(Math.max(0, at - 24), at));
}

/** Splits a sentence into clauses, never inside brackets. */
function splitClauses(text: string, start: number, end: number): Span[] {
  const clauses: Span[] = [];
  const sentence = text.slice(start, end);
  let clauseStart = start;
  CLAUSE_BREAK.lastIndex = 0;
  for (let m = CLAUSE_BREAK.exec(sentence); m; m = CLAUSE_BREAK.exec(sentence)) {
    const cut = start + m.index;
    const opened = sentence.lastIndexOf("(", m.index);
    if (opened >= 0 && sentence.lastIndexOf(")", m.index) < opened) continue; // inside brackets
    if (/^\s*and\s+May\b/.test(sentence.slice(m.index, m.index + 10))) continue; // "between January and May"
    if (m[0] === "," && decimalCommaAt(text, cut)) continue; // "from 3, 31 percent to 4.21 percent"
    if (m[0] === "," && aroundAside(sentence, m.index)) continue; // "Unemployment rates, meanwhile, are to stay ..."
    const span = trimmedSpan(text, clauseStart, cut);
    if (span) clauses.push(span);
    clauseStart = cut + 1;
  }
  const last = trimmedSpan(text, clauseStart, end);
  if (last) clauses.push(last);
  return clauses;
}

/** Longer "sentences" are run-on text (PDF tables, lists): read in pieces so quotes and work stay bounded. */
const MAX_SENTENCE = 600;
const PIECE = 400;
// where a run-on text can be cut: after a clause break, between table rows ("10.7 Biomedicine"), between words
const CUTS = [
  /[;,](?!\d)\s+|\s[-–—•·]\s|\s{2,}|\t/g,
  /(?<=\d)\s+(?=[A-Z])/g,
  /(?<=[A-Za-z)])(?<!\b(?:thousand|million|billion|trillion|bn|mn|per|of|to|worth))\s+(?=[A-Za-z(])/g,
  /\s+/g,
];

/** Cuts text[start, end) into pieces of at most PIECE characters at the best break each piece has. */
function pieces(text: string, start: number, end: number): [number, number][] {
  const out: [number, number][] = [];
  let at = start;
  while (end - at > PIECE) {
    const window = text.slice(at, at + PIECE);
    let cut = -1;
    for (const pattern of CUTS) {
      pattern.lastIndex = 0;
      for (let m = pattern.exec(window); m; m = pattern.exec(window))
        if (m.index > PIECE / 4) cut = m.index + m[0].length;
      if (cut > 0) break;
    }
    if (cut <= 0) cut = PIECE; // one 400-character word: cut it
    out.push([at, at + cut]);
    at += cut;
  }
  out.push([at, end]);
  return out;
}

// A summary's items on one line: reference marks after a statement ("... 6.0% [1] Industrial ...") and spaced list
// marks before a capitalised word ("... by 2.0% - The secondary ..."). A spaced hyphen is also a dash in prose, so
// it ends an item only on a line of two or more such marks, and not where it opens an aside the next one closes
// ("three cities - Beijing, Shanghai and Shenzhen - grew ..."); between figures ("2021 - 2025") it is a range.
const REFERENCE_MARK = new RegExp(String.raw`\s*(?:${SUMMARY_MARKS.reference})+(?=\s+[A-Z(]|\s*$)`, "g");
const LIST_MARK = new RegExp(String.raw`(?<=\S)\s+${SUMMARY_MARKS.list}\s+(?=[A-Z])`, "g");
const SPACED_LIST_MARK = new RegExp(String.raw`\s${SUMMARY_MARKS.list}\s`);
const ASIDE_CLOSE = /\s[-–—]\s+[a-z]/;

/** The [start, end) stretches of item breaks in text[from, to): reference marks and a bulleted line's list marks. */
function itemBreaks(text: string, from: number, to: number): [number, number][] {
  const slice = text.slice(from, to);
  if (!slice.includes("[") && !SPACED_LIST_MARK.test(slice)) return [];
  const breaks: [number, number][] = [];
  for (const m of slice.matchAll(REFERENCE_MARK)) breaks.push([m.index, m.index + m[0].length]);
  const marks = [...slice.matchAll(LIST_MARK)];
  if (marks.length >= 2)
    for (const [i, m] of marks.entries()) {
      const next = marks[i + 1]?.index ?? slice.length;
      if (!ASIDE_CLOSE.test(slice.slice(m.index + m[0].length, next))) breaks.push([m.index, m.index + m[0].length]);
    }
  return breaks.sort((a, b) => a[0] - b[0]).map(([start, end]) => [from + start, from + end]);
}

/** The sentences of one paragraph text[from, to), with their clauses. */
export function splitSentences(text: string, from: number, to: number): Sentence[] {
  const sentences: Sentence[] = [];
  let sentenceStart = from;
  const push = (start: number, end: number) => {
    for (const [from, to] of end - start > MAX_SENTENCE ? pieces(text, start, end) : [[start, end]]) {
      const span = trimmedSpan(text, from, to);
      if (span)
        sentences.push({
          start: span.start,
          end: span.end,
          text: span.text,
          indexInParagraph: sentences.length,
          clauses: splitClauses(text, span.start, span.end),
        });
    }
  };
  const breaks = itemBreaks(text, from, to);
  let nextBreak = 0;
  for (let i = from; i < to; i++) {
    while (nextBreak < breaks.length && breaks[nextBreak][0] < i) nextBreak++;
    if (nextBreak < breaks.length && i === breaks[nextBreak][0]) {
      const [start, end] = breaks[nextBreak++];
      if (start > sentenceStart) push(sentenceStart, start);
      sentenceStart = end;
      i = end - 1;
      continue;
    }
    const code = text.charCodeAt(i);
    // (only a stop, an exclamation or a question mark can end one)
    if ((code === 46 || code === 33 || code === 63) && isSentenceEnd(text, i)) {
      let stop = i + 1;
      while (stop < to && /["'”’)]/.test(text[stop])) stop++;
      push(sentenceStart, stop);
      sentenceStart = stop;
    }
  }
  push(sentenceStart, to);
  return sentences;
}
