/**
 * The word a stretch of words ends on. Patterns anchored at the end of the words before a figure ("at least", "up
 * from", "the total of") are tried from every position of those words, so they are asked only when the words end on
 * a word the pattern can end on: a set lookup instead of one attempt per character.
 */

const isLetter = (code: number) => (code >= 65 && code <= 90) || (code >= 97 && code <= 122);

/**
 * The last run of Latin letters in the text after its trailing white space (as `\s` counts it), lower-cased, with
 * the full stop after it when the text ends on one ("approx."); "" when the text ends on no letter.
 */
export function lastWord(text: string): string {
  const trimmed = text.trimEnd();
  const end = trimmed.length;
  let start = trimmed.charCodeAt(end - 1) === 46 /* . */ ? end - 1 : end;
  let capital = false;
  for (let code = trimmed.charCodeAt(start - 1); start > 0 && isLetter(code); code = trimmed.charCodeAt(--start - 1))
    if (code <= 90) capital = true;
  const word = trimmed.slice(start, end);
  return capital ? word.toLowerCase() : word;
}

/** The last words of phrases, each as `lastWord` reads it ("close to" -> "to", "approx." -> "approx."). */
export function lastWords(phrases: readonly string[]): Set<string> {
  return new Set(phrases.map((phrase) => lastWord(phrase.split(" ").pop()!)));
}
