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
