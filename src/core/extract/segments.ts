/** Splits a document into paragraphs, sentences and clauses, keeping character offsets. */

export interface Span {
  start: number;
  end: number;
  text: string;
}

export interface Sentence extends Span {
  paragraph: number;
  /** index of the sentence within its paragraph */
  indexInParagraph: number;
  clauses: Span[];
}

// Words after which a full stop does not end a sentence.
const ABBREVIATIONS = new Set([
  "mr", "mrs", "ms", "dr", "prof", "st", "co", "corp", "ltd", "inc", "no", "vs", "etc", "jan", "feb", "mar",
  "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec", "u.s", "u.k", "e.g", "i.e", "approx", "est",
  "gov", "dept", "govt", "jr", "sr",
]);

function trimmedSpan(text: string, start: number, end: number): Span | undefined {
  while (start < end && /\s/.test(text[start])) start++;
  while (end > start && /\s/.test(text[end - 1])) end--;
  return end > start ? { start, end, text: text.slice(start, end) } : undefined;
}

function isSentenceEnd(text: string, index: number): boolean {
  const char = text[index];
  if (char !== "." && char !== "!" && char !== "?") return false;
  const next = text.slice(index + 1, index + 4);
  if (!/^["'”’)]?\s/.test(next) && index + 1 < text.length) return false;
  if (char !== ".") return true;
  const before = /([A-Za-z.]+)$/.exec(text.slice(Math.max(0, index - 12), index));
  if (before) {
    const word = before[1].toLowerCase();
    if (ABBREVIATIONS.has(word)) return false;
    if (/^[a-z]$/i.test(word) && /[A-Z]/.test(before[1])) return false; // initials: "J. Smith"
  }
  const after = text.slice(index + 1).match(/^["'”’)]?\s+(\S)/);
  return !after || !/[a-z]/.test(after[1]);
}

/** Clause boundaries: commas and semicolons (not thousands separators), and "while"/"whereas". */
function splitClauses(text: string, start: number, end: number): Span[] {
  const clauses: Span[] = [];
  let clauseStart = start;
  let depth = 0;
  for (let i = start; i < end; i++) {
    const char = text[i];
    if (char === "(") depth++;
    else if (char === ")") depth = Math.max(0, depth - 1);
    if (depth > 0) continue;
    let cut = -1;
    let resume = -1;
    if ((char === "," && !/\d/.test(text[i + 1] ?? "")) || char === ";") {
      cut = i;
      resume = i + 1;
    } else if (/\s/.test(char) && /^\s(while|whereas|but)\s/i.test(text.slice(i, i + 10))) {
      cut = i;
      resume = i + 1;
    } else if (/\s/.test(char) && /^\sand\s+(?:is|are|was|were|will|should|shall|has|have|had|would|could|may|plans?|aims?|expects?)\b/i.test(text.slice(i, i + 20))) {
      // "reached 1.1 trillion last year and is expected to hit 1.3 trillion": two predicates, two clauses
      cut = i;
      resume = i + 1;
    }
    if (cut >= 0) {
      const span = trimmedSpan(text, clauseStart, cut);
      if (span) clauses.push(span);
      clauseStart = resume;
    }
  }
  const last = trimmedSpan(text, clauseStart, end);
  if (last) clauses.push(last);
  return clauses;
}

export function splitSentences(text: string): Sentence[] {
  const sentences: Sentence[] = [];
  let paragraph = 0;
  const lines = /[^\r\n]+/g;
  for (let line = lines.exec(text); line; line = lines.exec(text)) {
    const lineStart = line.index;
    const lineEnd = lineStart + line[0].length;
    let sentenceStart = lineStart;
    let indexInParagraph = 0;
    const push = (from: number, to: number) => {
      const span = trimmedSpan(text, from, to);
      if (!span) return;
      sentences.push({ ...span, paragraph, indexInParagraph: indexInParagraph++, clauses: splitClauses(text, span.start, span.end) });
    };
    for (let i = lineStart; i < lineEnd; i++) {
      if (isSentenceEnd(text, i)) {
        let stop = i + 1;
        while (stop < lineEnd && /["'”’)]/.test(text[stop])) stop++;
        push(sentenceStart, stop);
        sentenceStart = stop;
      }
    }
    push(sentenceStart, lineEnd);
    if (indexInParagraph > 0) paragraph++;
  }
  return sentences;
}
