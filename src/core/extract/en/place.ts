/** Places the figures of a sentence in their clauses; bare numbers become counts only when the sentence says what they count. */
import type { Context, Placed } from "./context";
import { COUNTED_NOUNS, findFigures, type Figure } from "./figures";
import { linesPassed } from "./lines-passed";
import { WORD_NUMBER_SOURCE } from "./numbers";
import type { Sentence } from "./segments";
import { countOfSentenceBefore, refersToLastNoun, unitsAreVehicles } from "./same-noun";
import { subjectCount } from "./subject-count";
import { phraseUnit } from "./units";
import { lastWord } from "./last-word";

export function clauseOf(sentence: Sentence, position: number): number {
  const index = sentence.clauses.findIndex((clause) => position >= clause.start && position < clause.end);
  return index >= 0 ? index : Math.max(0, sentence.clauses.length - 1);
}

// "the number of projects signed live at the venue numbered 66", "the number of visitors surpassed an astonishing
// 90,000", "bringing the total number of parks to 1,010"
const NUMBER_OF = new RegExp(
  `\\bnumber of ((?:[\\w'’-]+\\s+){0,8}?)?(${COUNTED_NOUNS})\\b([^.;]*?)\\s+(?:numbered|stands at|stood at|totaled|totalled|reached|was|were|hit|came to|rose to|grew to|surpassed|exceeded|topped|to)(?:\\s+an?\\s+(?:astonishing|impressive|remarkable|record|estimated))?\\s*$`,
  "i",
);

/** Bare numbers become counts only when the sentence says what they count. */
export function placeFigures(ctx: Context, sentence: Sentence): Placed[] {
  const placed: Placed[] = [];
  let lastNoun: string | undefined;
  const counts: { unit: string; subject: string }[] = [];
  let totalTurn = 0;
  let pairedNoun: { noun: string; subject: string } | undefined;
  const found = findFigures(ctx.text, sentence.start, sentence.end);
  // "surpassed 3 trillion and 4 trillion yuan over the past decade": lines passed at no stated time are no figures
  const passed = linesPassed(ctx.text, sentence, found);
  for (let figure of found) {
    if (passed.has(figure.start)) continue;
    const clauseIndex = clauseOf(sentence, figure.start);
    const before = ctx.text.slice(sentence.start, figure.start);
    if (figure.points) continue;
    // "one of the first cities", "among the top 100 manufacturing cities": a membership or a ranking, not a count
    if (
      figure.cls !== "money" &&
      figure.cls !== "percent" &&
      NOT_A_COUNT.test(ctx.text.slice(Math.max(0, figure.start - 16), figure.end + 8))
    )
      continue;
    if (
      figure.cls === "money" &&
      /\bnumber of\b(?![^,;]*\b(?:numbered|stands at|stood at|was|were|is|are)\b)[^,;]*$/i.test(before)
    ) {
      continue; // "the number of projects worth over ¥5 billion": a threshold, not a figure
    }
    if (figure.cls === "money" && sizeClass(ctx.text, before, figure)) continue;
    if (figure.cls === "money" && firmSizeClass(ctx.text, before, figure)) continue;
    // "1.78 million of the province's NEVs": a magnitude counts the noun after "of"
    const ofNoun =
      figure.cls === "count" && figure.unit === "count"
        ? OF_THE.exec(ctx.text.slice(figure.end, figure.end + 60))
        : null;
    if (ofNoun) figure = { ...figure, unit: nounUnit(ofNoun[1]) };
    // "bringing the totals to 1,018 and 592": the totals of the counts before, in their order; "the total" is the last's
    // "..., reaching 15 in total": the total of the last count
    const total =
      (TOTAL_LAST.has(lastWord(before)) ? TOTAL_OF.exec(before) : null) ??
      IN_TOTAL.exec(ctx.text.slice(figure.end, figure.end + 12));
    if (total && counts.length && (figure.cls === "bare" || (figure.cls === "count" && figure.unit === "count"))) {
      const inOrder = /totals/i.test(total[0]) || /^\s+and\s+\d/.test(ctx.text.slice(figure.end, figure.end + 8));
      const turn =
        inOrder || /\d\s+and\s+$/.test(before)
          ? counts[Math.min(totalTurn++, counts.length - 1)]
          : counts[counts.length - 1];
      placed.push({ figure: { ...figure, cls: "count", unit: turn.unit }, clauseIndex, inferredSubject: turn.subject });
      continue;
    }
    // a number with no noun of its own ("962", "1,004"), which the sentence may name
    const unnamed = figure.cls === "bare" || (figure.cls === "count" && figure.unit === "count" && !figure.nounPhrase);
    // "42 new ones were signed", "compared with 280,000 in 2016": the noun counted last
    if (unnamed && lastNoun && lastNoun !== "count" && refersToLastNoun(ctx.text, before, figure.end)) {
      const subject = counts.length ? counts[counts.length - 1].subject : lastNoun;
      placed.push({ figure: { ...figure, cls: "count", unit: lastNoun }, clauseIndex, inferredSubject: subject });
      continue;
    }
    if (figure.cls === "count") {
      const after = figure.nounPhrase ? ctx.text.slice(figure.end, figure.end + 80) : "";
      lastNoun = figure.nounPhrase ? phraseUnit(figure.unit, figure.nounPhrase.text, after) : figure.unit;
      if (figure.nounPhrase) counts.push({ unit: figure.unit, subject: figure.nounPhrase.text });
    }
    const numberOf = unnamed ? NUMBER_OF.exec(before) : null;
    const subjectNoun = unnamed && !numberOf && !pairedNoun ? subjectCount(before) : undefined;
    if (subjectNoun && figure.cls !== "bare") {
      placed.push({ figure: { ...figure, unit: subjectNoun.noun }, clauseIndex, inferredSubject: subjectNoun.subject });
      continue;
    }
    if (!numberOf && !(unnamed && pairedNoun) && figure.cls !== "bare") {
      placed.push({ figure, clauseIndex });
      continue;
    }
    if (numberOf) {
      const noun = numberOf[2].toLowerCase().replace(/^project$/, "projects");
      const subject = `${numberOf[1] ?? ""}${numberOf[2]}${numberOf[3]}`.trim();
      placed.push({ figure: { ...figure, cls: "count", unit: noun }, clauseIndex, inferredSubject: subject });
      lastNoun = noun;
      // "the number of regional headquarters ... and R&D centers ... had reached 962 and 563": the second noun's
      const second = SECOND_NOUN.exec(numberOf[3]);
      pairedNoun = second ? { noun: nounUnit(second[2]), subject: second[1].trim() } : undefined;
      continue;
    }
    if (unnamed && pairedNoun && /\d\s+and\s+$/.test(before)) {
      placed.push({
        figure: { ...figure, cls: "count", unit: pairedNoun.noun },
        clauseIndex,
        inferredSubject: pairedNoun.subject,
      });
      pairedNoun = undefined;
      continue;
    }
    if (figure.cls !== "bare") {
      placed.push({ figure, clauseIndex });
      continue;
    }
    const named =
      nounBefore(before) ?? subjectCount(before) ?? nounAfter(ctx.text.slice(figure.end, figure.end + 60), lastNoun);
    // "Of these deals, 12 were inked on site and 37 online": the next bare number's noun
    if (named) lastNoun = named.noun;
    if (named) {
      // "..., with a total of 891 and 531": totals of the counts named so far
      counts.push({ unit: named.noun, subject: named.subject ?? named.noun });
      placed.push({
        figure: { ...figure, cls: "count", unit: named.noun },
        clauseIndex,
        inferredSubject: named.subject,
      });
      continue;
    }
    // "Among them, four were completed": the things the sentence before counted
    const earlier = lastNoun ? undefined : countOfSentenceBefore(ctx, sentence.start, before);
    if (earlier) {
      lastNoun = earlier.noun;
      placed.push({
        figure: { ...figure, cls: "count", unit: earlier.noun },
        clauseIndex,
        inferredSubject: earlier.subject,
      });
      continue;
    }
    const remaining = /\b(the remaining|another|the other|the rest of the|a further)\s*$/i.exec(before);
    if (remaining && lastNoun) {
      const clause = sentence.clauses[clauseIndex];
      const phraseStart = figure.start - remaining[0].length + (remaining[0].length - remaining[0].trimStart().length);
      const nextFigureAt =
        findFigures(ctx.text, figure.end, clause.end).find((f) => f.cls === "money")?.start ?? clause.end;
      const subject = ctx.text
        .slice(phraseStart, nextFigureAt)
        .replace(/\s+(?:totaled|totalled|worth|valued at|with)?\s*$/i, "")
        .trim();
      placed.push({ figure: { ...figure, cls: "count", unit: lastNoun }, clauseIndex, inferredSubject: subject });
    }
  }
  for (const p of placed) {
    if (p.figure.cls !== "count") continue;
    const phrase = p.figure.nounPhrase?.text ?? p.inferredSubject ?? "";
    let unit = phraseUnit(p.figure.unit, phrase, ctx.text.slice(p.figure.end, p.figure.end + 80));
    if (unit === "units" && unitsAreVehicles(ctx, sentence.start, p.figure.start)) unit = "vehicles";
    if (unit !== p.figure.unit) p.figure = { ...p.figure, unit };
  }
  return placed;
}

const SECOND_NOUN = new RegExp(`\\band\\s+((?:[\\w&'’-]+\\s+){0,4}?(${COUNTED_NOUNS}))\\b`, "i");
const NOT_A_COUNT = /\bone of the\b|\b(?:the|world['’]s|China['’]s|country['’]s|nation['’]s)\s+top\s+\d[\d,]*\b/i;
const IN_TOTAL = /^\s+in total\b/i;
// ("bringing the total of such institutions to 1,016 and 591": the totals of the kinds just counted)
// ("the total number of them reached 891 and 531, respectively", "their combined total stood at 40")
const TOTAL_OF =
  /\b(?:the|a) totals? (?:to|at|of)\s+(?:\d[\d,.]*\s+and\s+)?$|\bthe total (?:number )?of (?:such|these|those|both) [\w -]{1,40}? to\s+(?:\d[\d,.]*\s+and\s+)?$|\b(?:the|their) (?:total|combined total|cumulative total)(?: numbers?)?(?: of (?:them|these|those|both|each))? (?:reached|rose to|grew to|climbed to|increased to|stood at|came to|amounted to|hit|was|were)\s+(?:\d[\d,.]*\s+and\s+)?$/i;

// the words TOTAL_OF can end on (it is asked of the whole sentence before each figure)
const TOTAL_LAST = new Set(["to", "at", "of", "and", "reached", "hit", "was", "were"]);

// "Projects in integrated circuits numbered 47", "Foreign-funded projects totalled 64"
const NOUN_THEN_VERB = new RegExp(
  `(?:^|[,;:]\\s*|\\b(?:and|while|with)\\s+)((?:[\\w'’-]+\\s+){0,4}?(${COUNTED_NOUNS})\\b[^.;,]{0,60}?)\\s+(?:numbered|totaled|totalled|stood at|came to)\\s*$`,
  "i",
);

// "Of the signed projects, 131 were in ...": the noun the sentence opened with
// ("Of the 35 major industrial sectors, output in 30 grew": the noun of the sectors output was read in)
const OF_THE_BEFORE = new RegExp(
  `^\\s*(?:Of|Among)\\s+(?:the|these|those|all)\\s+((?:[\\w'’-]+\\s+){0,3}?(${COUNTED_NOUNS}))\\s*,\\s*(?:(?:[a-z][\\w-]*\\s+){1,3}?(?:in|at)\\s+)?$`,
  "i",
);

function nounBefore(before: string): { noun: string; subject: string } | undefined {
  const opened = OF_THE_BEFORE.exec(before);
  if (opened) return { noun: nounUnit(opened[2]), subject: opened[1].trim() };
  const match = NOUN_THEN_VERB.exec(before);
  if (!match) return undefined;
  return { noun: match[2].toLowerCase().replace(/^project$/, "projects"), subject: match[1].trim() };
}

// "Fifty-eight of the projects", "51 of them", "131 were in the leading industries" (after a count of projects)
const OF_THE = new RegExp(
  `^\\s+of\\s+(?:the|these|those|all|its|their)\\s+(?:[\\w'’-]+\\s+)?(${COUNTED_NOUNS})\\b`,
  "i",
);
const nounUnit = (noun: string) =>
  /^(?:NEVs|EVs|cars|automobiles|autos)$/i.test(noun)
    ? "vehicles"
    : noun.toLowerCase().replace(/^project$/, "projects");

function nounAfter(after: string, lastNoun: string | undefined): { noun: string; subject?: string } | undefined {
  const of = OF_THE.exec(after);
  if (of) return { noun: of[1].toLowerCase().replace(/^project$/, "projects") };
  if (lastNoun && /^\s+(?:of them\b|(?:were|are)\s+(?:in|from|for|signed|located|foreign)\b)/i.test(after))
    return { noun: lastNoun };
  return undefined;
}

// "54 projects with an investment of over 1 billion yuan each", "2,000 projects worth over 100 million yuan"
// "Fifty-eight of the projects are worth more than 1 billion yuan each"
const PROJECTS_OVER = new RegExp(
  `(?:\\b\\d[\\d,]*|\\b(?:${WORD_NUMBER_SOURCE}))\\s+(?:of\\s+(?:the|these|those)\\s+)?(?:[\\w-]+\\s+){0,3}projects?\\s+(?:(?:are|were)\\s+)?(?:worth|valued at|with (?:an? |the )?(?:[\\w-]+\\s+){0,3}(?:value|investment) of)\\s+(?:over|more than|above|at least)\\s*$`,
  "i",
);

// "three sectors with output of more than 1 trillion yuan each", "six parks with an output value of over 10
// billion yuan each": counted things of a size, any noun, when "each" follows the amount
const COUNTED_WITH = new RegExp(
  `(?:\\b\\d[\\d,]*|\\b(?:${WORD_NUMBER_SOURCE}))\\s+(?:[\\w-]+\\s+){0,4}?(?:worth|valued at|with\\b[^,;.\\d]{0,50}?)\\s*$`,
  "i",
);

// "firms with annual operating revenue of at least 20 million yuan", "enterprises with annual revenue of
// at least 20 million yuan", "firms with an annual main business income of 20 million yuan or more"
const FIRMS_WITH =
  /\b(?:companies|enterprises|firms|businesses|manufacturers)\s+with\s+(?:an?\s+)?(minimum\s+)?(?:annual\s+)?(?:main\s+business\s+|sales\s+|operating\s+|business\s+)?(?:revenues?|income|turnover|output(?:\s+value)?)\s+of\s+(at least\s+|over\s+|more than\s+|above\s+|no less than\s+)?$/i;

/** A money figure that is the threshold of the firms a statistic counts (its size class), not an amount. */
function firmSizeClass(text: string, before: string, figure: Figure): boolean {
  const firms = FIRMS_WITH.exec(before.slice(-160));
  if (!firms) return false;
  const orMore = /^\s*(?:or more|and above|or above)\b/i.test(text.slice(figure.end, figure.end + 16));
  return firms[1] !== undefined || firms[2] !== undefined || orMore;
}

// the words PROJECTS_OVER can end on (it is tried from every position of the words before the figure)
const OVER_LAST = new Set(["over", "than", "above", "least"]);

/**
 * A money figure that is the size class of counted things, not an amount: "each" after it, or (of projects) a round 1
 * or 5 x 10^k.
 */
function sizeClass(text: string, before: string, figure: Figure): boolean {
  const each = /^\s*(?:\([^)]*\)\s*)?each\b/i.test(text.slice(figure.end, figure.end + 40));
  if (each && COUNTED_WITH.test(before.slice(-120))) return true;
  if (!OVER_LAST.has(lastWord(before)) || !PROJECTS_OVER.test(before.slice(-120))) return false;
  if (each) return true;
  const mantissa = figure.value / 10 ** Math.floor(Math.log10(figure.value));
  return figure.value <= 1e10 && (Math.abs(mantissa - 1) < 1e-9 || Math.abs(mantissa - 5) < 1e-9);
}
