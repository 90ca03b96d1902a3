/**
 * "After reaching the 5 trillion yuan milestone in 2024, the city's GDP climbed to ...", "Having topped 1 trillion
 * yuan, the industry's revenue ...": a sentence that opens on a clause of reaching or passing a figure, with no
 * subject of its own, is about the subject of the clause that follows it.
 */
import type { AliasMatch } from "../lookup";
import type { Sentence } from "./segments";

const OPENER =
  /^(?:After|Having|Since|Upon|On|Following|Before|Shortly after)\s+(?:first\s+|successfully\s+|already\s+)?(?:reach(?:ing|ed)|surpass(?:ing|ed)|cross(?:ing|ed)|topp(?:ing|ed)|pass(?:ing|ed)|break(?:ing)?(?:\s+through)?|broken(?:\s+through)?|hitting|exceed(?:ing|ed)|hit)\b/i;

/** The names of the main clause's subject, when the figure's clause opens the sentence on reaching it; else none. */
export function openingClauseSubject(
  text: string,
  sentence: Sentence,
  clauseIndex: number,
  named: readonly AliasMatch[],
): AliasMatch[] {
  const main = sentence.clauses[clauseIndex + 1];
  if (clauseIndex !== 0 || !main || !OPENER.test(sentence.clauses[0].text)) return [];
  // the subject stands before the main clause's verb: at most some 60 characters in, before any figure
  const verb =
    /\b(?:climbed|rose|grew|reached|stood|hit|increased|jumped|expanded|topped|came|was|is|has|had|went)\b|\d/.exec(
      text.slice(main.start, main.end),
    );
  const end = main.start + Math.min(verb ? verb.index : 60, 60);
  return named.filter((a) => a.start >= main.start && a.end <= end);
}

// "…, with manufacturing output growing by 9 percent", "…, with revenue up 6 percent": a clause of how the subject did
const WITH_MEASURE =
  /^with\s+(?:the\s+|its\s+|their\s+)?(?:[\w-]+\s+){0,2}?(?:output|revenue|sales|value|scale)(?:\s+value)?\s+(?:growing|rising|increasing|expanding|climbing|jumping|up)\b/i;
const SUBJECT_VERB = /\s(?:are|is|was|were|saw|see|sees|has|have|had|posted|recorded|reported)\s/;

/**
 * "The three leading industries are IC, AI and biomedicine, with manufacturing output growing by 9 percent": a
 * "with" clause of a measure naming nothing is about the subject the sentence opens on (before its verb), not the
 * names listed after the verb.
 */
export function withClauseSubject(
  text: string,
  sentence: Sentence,
  clauseIndex: number,
  named: readonly AliasMatch[],
): AliasMatch[] {
  if (clauseIndex === 0 || !WITH_MEASURE.test(sentence.clauses[clauseIndex].text)) return [];
  const first = sentence.clauses[0];
  const verb = SUBJECT_VERB.exec(text.slice(first.start, first.end));
  if (!verb) return [];
  return named.filter((a) => a.start >= first.start && a.end <= first.start + verb.index);
}
