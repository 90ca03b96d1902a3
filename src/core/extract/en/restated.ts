/**
 * A story restates a quantity: "output per head topped 150,000 yuan" in its standfirst, "150,800 yuan" in its body.
 * The exact figure is the series' fact; a bound of the same series, kind, year and period that the exact figure
 * meets and lies close to keeps its value but loses its link. A bound that is the only statement stays linked, and
 * so does the headline's. A milestone passed ("crossed the 4 trillion yuan mark", "topped 120,000 yuan for the first
 * time") is restated by an exact figure further away, and a bound that shares its sentence with the exact figure
 * ("exceeded 4 trillion yuan, reaching 4.32 trillion yuan") is the line passed, whatever the two values.
 */
import type { Draft } from "../common/facts";
import { RESTATED_LINE_NOUNS, lineNounGroup } from "./line-nouns";

// how close the exact figure must lie to the bound to restate it: 180,400 restates "more than 180,000"; 933.7 billion
// does not restate a lead's "exceeded 900 billion", a claim of its own
const CLOSE = 0.01;

const keyOf = (d: Draft) =>
  `${d.indicator}|${d.kind}|${d.year}|${d.period?.from ?? ""}-${d.period?.to ?? ""}|${d.unit}`;

// a milestone's round number lies further from the exact figure: "broke the 5 trillion yuan mark" beside 5.39 trillion
const MILESTONE_CLOSE = 0.2;

const BOUNDS = new Set([">", ">=", "<", "<="]);

// "the four-trillion-yuan (about 630 billion U.S. dollars) threshold", "the 2 trillion yuan mark": a line passed
const MILESTONE = lineNounGroup(RESTATED_LINE_NOUNS);
const MILESTONE_AFTER = new RegExp(
  String.raw`^\s*(?:\([^()]{0,80}\)\s*)?${MILESTONE}\b|^[^;.]{0,40}?\bfor the first time\b`,
  "i",
);
// "passed the milestone of 4 trillion yuan", "for the first time topped 120,000 yuan", "marks the first time ... has"
const MILESTONE_BEFORE = new RegExp(
  String.raw`\b${MILESTONE}\s+of\s+(?:about\s+|around\s+)?$|\b(?:for|marks?|marked|marking) the first time\b[^;.]{0,60}$`,
  "i",
);

/** Whether a bound is written as a line passed, not as a claim of its own. */
function milestone(text: string, bound: Draft): boolean {
  const clauseStart = Math.max(bound.clause.start, bound.figure.start - 100);
  const sentenceEnd = Math.min(bound.sentence.end, bound.figure.end + 100);
  return (
    MILESTONE_AFTER.test(text.slice(bound.figure.end, sentenceEnd)) ||
    MILESTONE_BEFORE.test(text.slice(clauseStart, bound.figure.start))
  );
}

function meets(exact: number, bound: Draft, close = CLOSE): boolean {
  const b = bound.value!;
  if (Math.abs(exact - b) > close * Math.abs(exact)) return false;
  switch (bound.comparator) {
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
export class RestatedBounds {
  // per series key: its exact figures, and its bounds still linked (an exact figure can only unlink a bound, and a
  // bound only be unlinked by an exact figure: kept apart, a long document's figures are not each compared with all)
  private readonly seen = new Map<string, { exact: Draft[]; bounds: Draft[] }>();

  constructor(private readonly text: string) {}

  /** Whether the exact figure restates the bound: close to it, a milestone it passed, or in the same sentence. */
  private restates(exact: Draft, bound: Draft): boolean {
    if (exact.sentence.start === bound.sentence.start) return BOUNDS.has(bound.comparator);
    if (meets(exact.value!, bound)) return true;
    return milestone(this.text, bound) && meets(exact.value!, bound, MILESTONE_CLOSE);
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
      if (draft.comparator === "=") {
        for (const other of same.bounds)
          if (other.indicator !== null && this.restates(draft, other)) other.indicator = null;
        same.bounds = same.bounds.filter((other) => other.indicator !== null);
        same.exact.push(draft);
      } else if (same.exact.some((other) => this.restates(other, draft))) {
        draft.indicator = null;
      } else if (BOUNDS.has(draft.comparator)) same.bounds.push(draft);
    }
  }
}
