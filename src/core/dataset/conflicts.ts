/** The same indicator, kind and year stated with different values in different documents. */
import { isMoney, statedDecimals, toDisplay, formatValue, comparatorWords } from "../format";
import type { Fact } from "../types";
import { segmentOf } from "./segments";

export interface Conflict {
  region: string;
  indicator: string;
  kind: Fact["kind"];
  measure: Fact["measure"];
  unit: string;
  year: number | null;
  segment: string;
  statements: {
    doc: string;
    value: number;
    comparator: Fact["comparator"];
    quote: string;
    start: number;
    end: number;
  }[];
  /** the figures differ only as much as their stated precision allows (489.8 bn and 490 bn) */
  agreeWithinRounding: boolean;
  message: string;
}

function roundTo(value: number, unit: string, decimals: number): number {
  const shown = isMoney(unit) ? toDisplay(value, unit) : unit === "ratio" ? value * 100 : value;
  const factor = Math.pow(10, decimals);
  return Math.round(shown * factor) / factor;
}

/** Whether two statements of the same figure can both be true given rounding and comparators. */
export function consistent(
  a: { value: number; comparator: Fact["comparator"] },
  b: { value: number; comparator: Fact["comparator"] },
  unit: string,
): boolean {
  const decimals = Math.min(statedDecimals(a.value, unit), statedDecimals(b.value, unit));
  if (roundTo(a.value, unit, decimals) === roundTo(b.value, unit, decimals)) return true;
  const holds = (bound: typeof a, other: typeof a) =>
    (bound.comparator === ">" && other.value > bound.value) ||
    (bound.comparator === ">=" && other.value >= bound.value) ||
    (bound.comparator === "<" && other.value < bound.value) ||
    (bound.comparator === "<=" && other.value <= bound.value);
  return (a.comparator !== "=" && holds(a, b)) || (b.comparator !== "=" && holds(b, a));
}

export function findConflicts(facts: Fact[]): Conflict[] {
  const groups = new Map<string, Fact[]>();
  for (const fact of facts) {
    if (!fact.indicator || fact.value === null) continue;
    const segment = fact.kind === "signing" ? segmentOf(fact.subject).key : "";
    const key = [fact.region, fact.indicator, fact.kind, fact.measure, fact.unit, fact.year, segment].join("|");
    groups.set(key, [...(groups.get(key) ?? []), fact]);
  }
  const conflicts: Conflict[] = [];
  for (const group of groups.values()) {
    const docs = new Set(group.map((f) => f.doc));
    const values = new Set(group.map((f) => `${f.comparator}${f.value}`));
    if (docs.size < 2 || values.size < 2) continue;
    const first = group[0];
    const statements = group.map((f) => ({
      doc: f.doc,
      value: f.value!,
      comparator: f.comparator,
      quote: f.quote,
      start: f.start,
      end: f.end,
    }));
    const agree = statements.every((s) => statements.every((t) => consistent(s, t, first.unit)));
    const listed = [...new Map(statements.map((s) => [`${s.doc}${s.value}`, s])).values()]
      .map((s) => `${comparatorWords(s.comparator)}${formatValue(s.value, first.unit)} (${s.doc})`)
      .join(" vs ");
    const segment = first.kind === "signing" ? segmentOf(first.subject) : null;
    conflicts.push({
      region: first.region,
      indicator: first.indicator!,
      kind: first.kind,
      measure: first.measure,
      unit: first.unit,
      year: first.year,
      segment: segment?.key ?? "",
      statements,
      agreeWithinRounding: agree,
      message:
        `${first.indicator}${segment && segment.key !== "total" ? ` ${segment.label}` : ""} ${first.kind} ${first.year ?? ""}: ${listed} — ${
          agree ? "agree within rounding" : "differ beyond rounding"
        }`.replace(/\s+/g, " "),
    });
  }
  return conflicts;
}
