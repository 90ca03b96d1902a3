/**
 * A bound restated by an exact figure, in every language: a story gives a quantity twice, once as a bound ("topped
 * 150,000 yuan", 突破5万亿元) and once exactly ("150,800 yuan", 5.39万亿元). The exact figure is the series' fact; a
 * bound of the same series, kind, year, period and unit that the exact figure meets and lies close to keeps its value
 * but loses its link. A bound that is the only statement stays linked, and so does a heading's. A milestone passed
 * (a line's name or a first time) is restated by an exact figure further away, and a bound that shares its sentence
 * with the exact figure is the line passed, whatever the two values. Which words write a milestone is each language's
 * (en/restated.ts, zh/restated.ts); the grouping and the closeness tests are here.
 */
import type { Comparator } from "../../types";
import type { Draft } from "./facts";

/** A language's words of a restated bound. */
export interface RestatedWords {
  /** Whether a bound is written as a line passed, not as a claim of its own. */
  milestone(bound: Draft): boolean;
  /**
   * The comparator a draft is compared with: its own, or a bound's for a figure written as the line stepped onto
   * (迈上5万亿元新台阶 is read "=" but passes the line). Its own when not given.
   */
  comparatorOf?(draft: Draft): Comparator;
}

// how close the exact figure must lie to the bound to restate it: 180,400 restates "more than 180,000"; 933.7 billion
// does not restate a lead's "exceeded 900 billion", a claim of its own
const CLOSE = 0.01;

// a milestone's round number lies further from the exact figure: "broke the 5 trillion yuan mark" beside 5.39 trillion
const MILESTONE_CLOSE = 0.2;

const BOUNDS = new Set<Comparator>([">", ">=", "<", "<="]);

const keyOf = (d: Draft) =>
  `${d.indicator}|${d.kind}|${d.year}|${d.period?.from ?? ""}-${d.period?.to ?? ""}|${d.unit}`;

/** Whether the exact value meets the bound and lies within `close` of it. */
function meets(exact: number, bound: Draft, comparator: Comparator, close = CLOSE): boolean {
  const b = bound.value!;
  if (Math.abs(exact - b) > close * Math.abs(exact)) return false;
  switch (comparator) {
    case ">":
      return exact > b;
    case ">=":
      return exact >= b;
    case "<":
      return exact < b;
    case "<=":
      return exact <= b;
    default:
      return false;
  }
}

/** The linked drafts of one document, by series, kind, year, period and unit, as its paragraphs are read. */
export class SeriesBounds {
  // per series key: its exact figures, and its bounds still linked (an exact figure can only unlink a bound, and a
  // bound only be unlinked by an exact figure: kept apart, a long document's figures are not each compared with all)
  private readonly seen = new Map<string, { exact: Draft[]; bounds: Draft[] }>();

  constructor(private readonly words: RestatedWords) {}

  private comparatorOf(draft: Draft): Comparator {
    return this.words.comparatorOf ? this.words.comparatorOf(draft) : draft.comparator;
  }

  /** Whether the exact figure restates the bound: close to it, a milestone it passed, or in the same sentence. */
  private restates(exact: Draft, bound: Draft, comparator: Comparator): boolean {
    if (exact.sentence.start === bound.sentence.start) return BOUNDS.has(comparator);
    if (meets(exact.value!, bound, comparator)) return true;
    // (the closeness first: it is a sum, the milestone's words a pattern over the text)
    return meets(exact.value!, bound, comparator, MILESTONE_CLOSE) && this.words.milestone(bound);
  }

  /**
   * Notes a paragraph's drafts, and unlinks every bound that an exact figure of the document restates. A heading's
   * figures stay as they are: a title's "tops 500 billion yuan" is the story's claim (`common/headline`).
   */
  note(drafts: readonly Draft[], heading: boolean): void {
    if (heading) return;
    for (const draft of drafts) {
      if (draft.indicator === null || draft.value === null) continue;
      const key = keyOf(draft);
      let same = this.seen.get(key);
      if (!same) this.seen.set(key, (same = { exact: [], bounds: [] }));
      const comparator = this.comparatorOf(draft);
      if (comparator === "=") {
        for (const other of same.bounds)
          if (other.indicator !== null && this.restates(draft, other, this.comparatorOf(other))) other.indicator = null;
        same.bounds = same.bounds.filter((other) => other.indicator !== null);
        same.exact.push(draft);
      } else if (same.exact.some((other) => this.restates(other, draft, comparator))) {
        draft.indicator = null;
      } else if (BOUNDS.has(comparator)) same.bounds.push(draft);
    }
  }
}
