/**
 * Round lines a series passed at no stated time, which are no figure of any year:
 * - several lines passed one after another ("GDP topped 2 trillion and then 3 trillion yuan over the past decade",
 *   "crossed 500 billion, 600 billion and 700 billion yuan in succession"): each was passed in some year the text
 *   does not give;
 * - a first or only place to pass a line ("the first province to break through the 10 trillion yuan mark"), a
 *   distinction rather than a figure, unless the line is dated ("... 5 trillion yuan in 2024").
 */
import type { Figure } from "./figures";
import { LINE_NOUNS, lineNounGroup } from "./line-nouns";
import type { Sentence } from "./segments";

const PASS_VERB = /\b(?:surpass|exceed|cross|top|pass|broke|break|reach|hit|went past|go past)/i;
// the verb right before the first line: "surpassed", "broke through the", "topped the milestone of", "crossed RMB"
const PASSED_BEFORE = new RegExp(
  String.raw`\b(?:surpass(?:ed|es|ing)?|exceed(?:ed|s|ing)?|cross(?:ed|es|ing)?|topp(?:ed|ing)|tops?|pass(?:ed|es|ing)?|broke|break(?:s|ing)?|reach(?:ed|es|ing)?|hit(?:s|ting)?|(?:went|go(?:es|ne)?) past)(?:\s+through)?(?:\s+successively|\s+successfully|\s+in turn)?\s+(?:the\s+)?(?:(?:new\s+)?${lineNounGroup(LINE_NOUNS, true)}\s+of\s+)?(?:about\s+)?\S{0,4}$`,
  "i",
);
// between two lines: "3 trillion yuan (US$448 billion) and 4 trillion yuan", "500 billion, 600 billion and then"
const NEXT_LINE =
  /^\s*(?:\([^()]{0,60}\)\s*)?(?:,\s*(?:and\s+)?|and\s+)(?:then\s+|later\s+|again\s+)?(?:the\s+)?\S{0,4}$/i;
// a line dated on its own: "4 trillion yuan in 2021", "5 trillion yuan of GDP in 2024"
const DATED_AFTER = /^[^,;]{0,40}?\b(?:in|by|during)\s+(?:19|20)\d{2}\b/i;
const DATED_BEFORE = /\b(?:in|by|during)\s+(?:19|20)\d{2}\b/i;
// the lines were passed at different times: successively, over a span of years, or with no year said at all
const SUCCESSIVE =
  /\b(?:successively|successfully|one after another|in succession|in turn|in a row)\b|\b(?:past|last|previous|preceding)\s+(?:(?:two|three|four|five|six|seven|eight|nine|ten|\d{1,2})\s+years|decades?)\b|\bFive-Year Plan(?: \(\d{4}[-–]\d{2,4}\))? period\b|\bsince (?:19|20)\d{2}\b/i;
const YEAR = /\b(?:19|20)\d{2}\b/;

// "the first city to surpass the GDP mark of", "the only province whose economy has topped", "the first Chinese city
// to have crossed"
const FIRST_TO_PASS =
  /\b(?:first|second|third|only)\s+(?:[\w-]+\s+){0,3}?(?:city|province|region|economy|municipality|metropolis|place)\s+(?:in\s+(?:[\w'’-]+\s+){1,4}?)?(?:to\s+(?:have\s+)?|that\s+(?:has\s+|had\s+)?|whose\s+(?:[\w'’-]+\s+){1,3}?(?:has\s+|had\s+)?)(?:ever\s+)?(?:surpass|exceed|cross|top|pass|broke|break|reach|hit)\w*(?:\s+through)?\s[^,;]{0,50}$/i;

/** The starts of the sentence's figures that are lines passed at no stated time. */
export function linesPassed(text: string, sentence: Sentence, figures: readonly Figure[]): Set<number> {
  const passed = new Set<number>();
  // ("110 trillion, 120 trillion and 140 trillion yuan": the amounts before the currency are lines of it too)
  const money = figures.filter((f) => f.cls === "money" || (f.cls === "count" && f.unit === "count" && f.value >= 1e6));
  if (!money.length || !PASS_VERB.test(sentence.text)) return passed;
  const successive = SUCCESSIVE.test(sentence.text) || !YEAR.test(sentence.text);
  for (let i = 0; i < money.length; i++) {
    const first = money[i];
    const before = text.slice(Math.max(sentence.start, first.start - 60), first.start);
    if (FIRST_TO_PASS.test(text.slice(Math.max(sentence.start, first.start - 140), first.start))) {
      const dated =
        DATED_AFTER.test(text.slice(first.end, first.end + 60)) ||
        DATED_BEFORE.test(text.slice(sentence.start, first.start));
      if (!dated) passed.add(first.start);
      continue;
    }
    if (!successive || !PASSED_BEFORE.test(before)) continue;
    // the chain of lines after the one verb
    const chain = [first];
    while (i + 1 < money.length && NEXT_LINE.test(text.slice(chain[chain.length - 1].end, money[i + 1].start)))
      chain.push(money[++i]);
    if (chain.length < 2 || chain.some((f) => DATED_AFTER.test(text.slice(f.end, f.end + 60)))) continue;
    for (const f of chain) passed.add(f.start);
  }
  return passed;
}
