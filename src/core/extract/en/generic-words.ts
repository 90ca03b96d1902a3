/** Words that name nothing: a lead-in made only of them is about what the sentence named before. */

const GENERIC_WORDS = new Set(
  (
    "the a an and while with its their that of for in figure industry industry's industry’s sector annual output value " +
    "revenue revenues turnover scale production sales total should will shall would is are was were be been expected projected " +
    "set to reach reached exceed top hit helping it this which more than over at least about by respectively also rose grew " +
    "surged city city's city’s its year last combined overall an increase rise growth gain decrease drop decline up down " +
    "size exceeding exceeded exceeds reaching have has had surpassed surpass hit topped increasing increased rising growing " +
    // "..., in the same period from 3.31 percent to 4.21 percent": a time phrase names nothing new either
    "same period from during " +
    // "..., a year-on-year increase of 4.8 percent", "..., a comparable growth rate of 7.2 percent"
    "on rate comparable " +
    // "..., representing growth of 8.1 percent", "..., marking a rise of 3 percent": the clause before goes on
    "representing marking " +
    // "..., reflecting a year-on-year increase of 5.5 percent", "..., indicating growth of 3 percent": the same
    "reflecting indicating " +
    // "... and artificial intelligence – broke through ...": a threshold's verb, like "surpassed"
    "broke broken through crossed passed topping " +
    // "..., and at the end achieved an overall 1.7 percent growth": a verb with no subject of its own goes on too
    "but achieved achieving recorded recording posted registered realized realised logged end " +
    // "…, registering an annual growth of 5.4 percent", "GDP for the year, at …, shows a growth of 5.4 percent": a verb
    // of reporting with no subject of its own (or the one before) goes on about what the sentence named
    "registering posting logging shows showed showing"
  ).split(" "),
);

/** A lead-in like "and output should exceed" names nothing new, so the figure is about what came before. */
export function onlyGenericWords(leadIn: string): boolean {
  // its words are the runs of a-z and apostrophes of the lowercased text, read up to the first that names something
  // (in a text of Latin letters, apostrophes and other ASCII each word is lower-cased alone: most end at the first)
  const ascii = asciiWordsOnly(leadIn);
  if (ascii) return true;
  if (ascii === false) return false;
  const text = leadIn.toLowerCase();
  let start = -1;
  for (let i = 0; i <= text.length; i++) {
    const code = i < text.length ? text.charCodeAt(i) : 0;
    if ((code >= 97 && code <= 122) || code === 39 || code === 0x2019) {
      if (start < 0) start = i;
    } else if (start >= 0) {
      if (!namesNothing(text.slice(start, i))) return false;
      start = -1;
    }
  }
  return true;
}

/**
 * `onlyGenericWords` of a text whose characters are ASCII or the curly apostrophe, read word by word; undefined for a
 * text with other characters (lower-casing them may change the words).
 */
function asciiWordsOnly(text: string): boolean | undefined {
  let start = -1;
  let capital = false;
  for (let i = 0; i <= text.length; i++) {
    const code = i < text.length ? text.charCodeAt(i) : 0;
    if (code > 127 && code !== 0x2019) return undefined;
    if ((code >= 97 && code <= 122) || (code >= 65 && code <= 90) || code === 39 || code === 0x2019) {
      if (start < 0) start = i;
      if (code >= 65 && code <= 90) capital = true;
    } else if (start >= 0) {
      const word = text.slice(start, i);
      if (!namesNothing(capital ? word.toLowerCase() : word)) return false;
      start = -1;
      capital = false;
    }
  }
  return true;
}

// an adverb ("historically broke through", "steadily rose") names nothing either
const namesNothing = (word: string) =>
  GENERIC_WORDS.has(word) || (word.length > 5 && word.endsWith("ly") && !word.endsWith("ply"));
