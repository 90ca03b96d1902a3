/**
 * A headline restates the story's figures, sometimes with the wrong unit word ("216 projects valued at 490 million
 * yuan" over a story of 490 billion). Where the body gives the same series, kind and year the headline's value a
 * thousand times over (or under), the headline's figure keeps its value but loses its link: the body's figure is
 * the series' one. Rounded restatements and the body's breakdowns leave the headline linked.
 */
import type { Draft } from "./facts";

/** End of the headline: the first line that has words beyond a leading date label (" date 2024-03-30 ..."). */
export function headlineEnd(text: string): number {
  let from = 0;
  while (from < text.length) {
    const next = text.indexOf("\n", from);
    const end = next < 0 ? text.length : next;
    const words = text
      .slice(from, end)
      .replace(/^\s*date\s+\d{4}-\d{2}-\d{2}/i, "")
      .match(/[A-Za-z\u3400-\u9fff]+/g);
    if (words && words.length >= 3) return end;
    if (next < 0) return text.length;
    from = next + 1;
  }
  return text.length;
}

export function unlinkRestatedHeadline(text: string, drafts: Draft[]): Draft[] {
  const end = headlineEnd(text);
  if (end >= text.length) return drafts;
  const body = drafts.filter((d) => d.figure.start >= end);
  return drafts.map((draft) => {
    if (draft.figure.start >= end || draft.indicator === null || draft.value === null) return draft;
    const value = draft.value;
    const same = body.filter(
      (d) =>
        d.indicator === draft.indicator &&
        d.kind === draft.kind &&
        d.unit === draft.unit &&
        d.year === draft.year &&
        d.value !== null,
    );
    const slip = (other: number) => [1000, 0.001].some((factor) => Math.abs(other - value * factor) <= 1e-9 * other);
    const mistyped = same.some((d) => slip(d.value!)) && !same.some((d) => d.value === value);
    return mistyped ? { ...draft, indicator: null } : draft;
  });
}
