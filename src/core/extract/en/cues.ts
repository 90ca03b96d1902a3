/** Words that tell what a figure is: its modality (planned, reported, signed) and its comparator. */
import type { Comparator } from "../../types";
import { lastWord, lastWords } from "./last-word";
import { LINE_NOUNS, lineNounGroup } from "./line-nouns";
import { question, says } from "./said";

// ("the plan wants to push the sector to $7 billion": wanting to push, lift, boost or bring a figure somewhere is a goal;
// "is expected to have grown 5 percent" is an estimate, "is expected to have a growth rate of 5 percent" a forecast;
// "and that figure is likely to climb to 2 million units next year": what is likely is a forecast, as what is expected)
const TARGET_CUE =
  /\b(will|shall|should|would|'ll|is to|are to|(?:is|are|was|were)?\s*(?:expected|projected|predicted|forecast|set|scheduled|slated|poised|estimated|likely) to(?! have\b(?!\s+an?\s))|(?:is|are) seen (?:increasing|rising|growing|reaching)|on the verge of|(?:is|are)\s+(?:now\s+)?(?:expecting|anticipating|eyeing)\b|propos(?:ed|es|ing) to|(?:is|are|was|were|been|be)\s+targeted\s+(?:at|to|for)|(?:growth|GDP|economic|revenue)\s+(?:forecasts?|outlook)\b(?!\s+(?:was|were)\s+(?:beaten|exceeded|topped|surpassed))|aims? to|aiming to|hopes? to|hoping to|aims? for|strives? to|striving to|plans? to|planning to|seeks? to|(?:is|are) looking to|targets?|targeting|goal|vows? to|pledges? to|intends? to|expects? (?:it|them|the \w+) to|to be (?:built|completed|achieved|reached)|calls? for|called for|on (?:track|course) to|expects? (?:sales|revenue|output|growth|exports|investment|production)\b|(?:expects?|wants?|aims?|plans?|seeks?|strives?|requires?)\b[^,;.]{0,60}\bto\s+(?:reach|exceed|top|hit|rise|grow|increase|double|triple|pass|surpass|be|make up|account for|stay|remain|hold|keep|push|lift|boost|bring))\b/i;
const ACTUAL_CUE =
  /\b(is home to|are home to|reached|covered|delivered|sold|shipped|exported|imported|earned|attracted|contributed|received|expanded|surged|soared|rose|grew|increased|jumped|climbed|fell|dropped|declined|decreased|totaled|totalled|tallied|stood|hit|saw|churned out|turned out|produced|recorded|posted|registered|achieved|exceeded|topped|surpassed|accounted for|amounted|numbered|stands at|invested|generated|realized|realised|reported|was|were|had been|has been|have been|last year|announced|made|had|earmarked|allocated|doubled|tripled|quadrupled|halved|(?<!\bto be )launched)\b/i;
// "the economy contracted 13.7 percent": a shrinking, not a contract
const SHRANK_BY = String.raw`(?!\s+(?:(?:by|about|around|nearly|almost|some|roughly|an?)\s+)*(?:[\d.,]+\s*(?:%|percent|per cent)|sharply|slightly|further|again|year|for\b))`;
// Investment committed or secured is signed: "secured 50 billion yuan in project commitments", "20 percent of all
// committed capital", "12 foreign investment projects were secured at the fair" (a commitment to a cause, "committed
// to", is no deal; "secured" only of investment or projects in its sentence's words). The look back is asked after
// the word "secured" is matched, not before it: a branch that opens on a look back is tried at every position.
const COMMITTED = String.raw`(?:project|investment)\s+commitments?|commitments?\s+(?:of|worth|totall?ing)|committed\s+(?:capital|investments?|funds?|funding)`;
const SECURED = String.raw`secur(?:ed|es|ing)\b(?=(?:[^.;]|\.(?=\d)){0,80}\b(?:investments?|projects?)\b)|secured(?<=\b(?:investments?|projects?)\b(?:[^.;]|\.(?=\d)){0,60}\b(?:were|was|have been|has been|been)\s+(?:\w+\s+)?secured)`;
const SIGNING_CUE = new RegExp(
  String.raw`\b(signed|signing|signs|sign|inked|contracted${SHRANK_BY}|contractual|contracts?|agreements?|deals?|sealed|seals|${COMMITTED}|${SECURED})\b`,
  "i",
);

export function targetCue(text: string): boolean {
  return TARGET_CUE.test(text);
}
export function actualCue(text: string): boolean {
  return ACTUAL_CUE.test(text);
}
export function signingCue(text: string): boolean {
  return SIGNING_CUE.test(text);
}
const SIGNING_CUE_ASKED = question(SIGNING_CUE);
/** `signingCue` of a sentence or clause, asked once for all its figures. */
export function signingCueIn(span: { readonly text: string }): boolean {
  return says(span, SIGNING_CUE_ASKED);
}

// the words that say a figure's comparator, each list read as one pattern ending the words before the figure
const COMPARATOR_PHRASES: [string[], Comparator][] = [
  [["at least", "no less than", "not less than", "a minimum of", "minimum of", "no fewer than"], ">="],
  [
    [
      "at most",
      "no more than",
      "not more than",
      "up to",
      "a maximum of",
      "maximum of",
      "not exceed",
      "not to exceed",
    ].concat(["within", "below or at"]),
    "<=",
  ],
  [["less than", "under", "below", "fewer than"], "<"],
  [
    ["more than", "over", "above", "exceed", "exceeds", "exceeded", "exceeding", "top", "tops", "topped", "topping"]
      .concat(["surpass", "surpasses", "surpassed", "surpassing", "in excess of", "beyond", "smash", "smashes"])
      .concat(["smashed", "beat", "beats", "upwards of", "north of", "pass", "passes", "passed", "passing", "cross"])
      .concat(["crosses", "crossed", "crossing", "break through", "breaks through", "broke through"])
      .concat(["broken through", "breaking through"]),
    ">",
  ],
  [
    ["about", "around", "approximately", "approx.", "nearly", "almost", "roughly", "some", "close to"].concat([
      "an estimated",
      "estimated",
      "circa",
      "or so",
    ]),
    "~",
  ],
];
// each with the words its phrases end on: words before a figure that end on none of them carry none of its cues
const COMPARATOR_CUES: [RegExp, Comparator, Set<string>][] = COMPARATOR_PHRASES.map(([phrases, comparator]) => [
  new RegExp(`\\b(${phrases.map((p) => p.replace(/\./g, "\\.")).join("|")})\\s*$`, "i"),
  comparator,
  lastWords(phrases),
]);

// "topped the milestone of 4 trillion yuan": the line's name stands between the verb and the figure
const LINE_NAME_BEFORE = new RegExp(String.raw`\b(?:the\s+)?${lineNounGroup(LINE_NOUNS)}\s+of\s*$`, "i");
const TOTAL_WORDS = /\b(a total of|a total|in total|total of|the)\s*$/i;

/**
 * The comparator a figure carries, read from the words just before it
 * ("should exceed 1.5 trillion", "at least two-thirds", "worth a total in excess of").
 * (Each end-anchored pattern is tried only when the words end on a word it can end on: it is tried at every position.)
 */
export function comparatorBefore(before: string): Comparator {
  let near = before.slice(-40);
  let last = lastWord(near);
  if (last === "of" && LINE_NAME_BEFORE.test(near)) {
    near = near.replace(LINE_NAME_BEFORE, "");
    last = lastWord(near);
  }
  if ((last === "of" || last === "total" || last === "the") && TOTAL_WORDS.test(near)) {
    near = near.replace(TOTAL_WORDS, "");
    last = lastWord(near);
  }
  const trimmed = near.trimEnd();
  if (trimmed.length < near.length) near = `${trimmed} `;
  for (const [pattern, comparator, endWords] of COMPARATOR_CUES) {
    if (endWords.has(last) && pattern.test(near)) return comparator;
  }
  return "=";
}

export function comparatorAfter(after: string): Comparator | undefined {
  if (/^\s*(or more|and above|or above|plus)\b/i.test(after)) return ">=";
  if (/^\s*(or less|and below|or below)\b/i.test(after)) return "<=";
  return undefined;
}
