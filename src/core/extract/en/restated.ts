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
  private readonly seen = new Map<string, Draft[]>();

  /**
   * Notes a paragraph's drafts, and unlinks every bound that an exact figure of the document restates. A heading's
   * figures stay as they are: a title's "tops 500 billion yuan" is the story's claim (`common/headline`).
   */
  note(drafts: readonly Draft[], heading: boolean): void {
    if (heading) return;
    for (const draft of drafts) {
      if (draft.indicator === null || draft.value === null) continue;
      const key = keyOf(draft);
      const same = this.seen.get(key);
      if (!same) {
        this.seen.set(key, [draft]);
        continue;
      }
      if (draft.comparator === "=") {
        for (const other of same) if (other.indicator !== null && meets(draft.value, other)) other.indicator = null;
      } else if (same.some((other) => other.comparator === "=" && meets(other.value!, draft))) {
        draft.indicator = null;
      }
      same.push(draft);
    }
  }
}
