/**
 * A story restates a quantity: "output per head topped 150,000 yuan" in its standfirst, "150,800 yuan" in its body.
 * The exact figure is the series' fact; a bound of the same series, kind, year and period that the exact figure
 * meets and lies close to keeps its value but loses its link. A bound that is the only statement stays linked, and
 * so does the headline's.
 */
import type { Draft } from "../common/facts";

// how close the exact figure must lie to the bound to restate it: 180,400 restates "more than 180,000"; 933.7 billion
// does not restate a lead's "exceeded 900 billion", a claim of its own
const CLOSE = 0.01;

const keyOf = (d: Draft) =>
  `${d.indicator}|${d.kind}|${d.year}|${d.period?.from ?? ""}-${d.period?.to ?? ""}|${d.unit}`;

const BOUNDS = new Set([">", ">=", "<", "<="]);

function meets(exact: number, bound: Draft): boolean {
  const b = bound.value!;
  if (Math.abs(exact - b) > CLOSE * Math.abs(exact)) return false;
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
          if (other.indicator !== null && meets(draft.value, other)) other.indicator = null;
        same.bounds = same.bounds.filter((other) => other.indicator !== null);
        same.exact.push(draft);
      } else if (same.exact.some((other) => meets(other.value!, draft))) {
        draft.indicator = null;
      } else if (BOUNDS.has(draft.comparator)) same.bounds.push(draft);
    }
  }
}
