/**
 * The same indicator, kind, year and period stated with different values by different sources (documents, or
 * publishers in a figures table), with the figure that counts by the rule of rule.ts and each source's
 * definition note.
 */
import { isMoney, statedDecimals, toDisplay, formatValue, comparatorWords, formatPeriod } from "../format";
import type { Fact, Period } from "../types";
import { rankFigures, sourceKey, sourceLabel, whyItCounts, type DateOf } from "./rule";
import { segmentOf } from "./segments";

export interface ConflictStatement {
  doc: string;
  value: number;
  comparator: Fact["comparator"];
  quote: string;
  start: number;
  end: number;
  /** the document's date, or the table row's publication date ("" when unknown) */
  published: string;
  /** "Example Bureau, 2024-02-20" or "003_x.txt, 2022-01-05" */
  source: string;
  url?: string;
  /** how this source defines the figure ("manufacturing output value, not industry scale") */
  note?: string;
  /** true for the statement that counts by the rule */
  counts: boolean;
}

export interface Conflict {
  region: string;
  indicator: string;
  kind: Fact["kind"];
  measure: Fact["measure"];
  unit: string;
  year: number | null;
  period: Period | null;
  segment: string;
  /** in the order read; the one with `counts` is the figure the rule picks */
  statements: ConflictStatement[];
  /** the figures differ only as much as their stated precision allows (489.8 bn and 490 bn) */
  agreeWithinRounding: boolean;
  /** why the counted statement counts ("the most recent publication (2025-01-20)") */
  rule: string;
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
  decimals = Math.min(statedDecimals(a.value, unit), statedDecimals(b.value, unit)),
): boolean {
  if (roundTo(a.value, unit, decimals) === roundTo(b.value, unit, decimals)) return true;
  const holds = (bound: typeof a, other: typeof a) =>
    (bound.comparator === ">" && other.value > bound.value) ||
    (bound.comparator === ">=" && other.value >= bound.value) ||
    (bound.comparator === "<" && other.value < bound.value) ||
    (bound.comparator === "<=" && other.value <= bound.value);
  return (a.comparator !== "=" && holds(a, b)) || (b.comparator !== "=" && holds(b, a));
}

/** Whether every pair of statements can both be true (each figure's stated precision worked out once). */
function allConsistent(statements: ConflictStatement[], unit: string): boolean {
  const decimals = statements.map((s) => statedDecimals(s.value, unit));
  for (let i = 0; i < statements.length; i++)
    for (let j = i + 1; j < statements.length; j++)
      if (!consistent(statements[i], statements[j], unit, Math.min(decimals[i], decimals[j]))) return false;
  return true;
}

export function findConflicts(facts: Fact[], dateOf: DateOf = () => ""): Conflict[] {
  const groups = new Map<string, Fact[]>();
  for (const fact of facts) {
    if (!fact.indicator || fact.value === null) continue;
    const segment = fact.kind === "signing" ? segmentOf(fact.subject).key : "";
    const period = fact.period ? `${fact.period.from}-${fact.period.to}` : "";
    const key = `${fact.region}|${fact.indicator}|${fact.kind}|${fact.measure}|${fact.unit}|${fact.year}|${period}|${segment}`;
    const list = groups.get(key);
    if (list) list.push(fact);
    else groups.set(key, [fact]);
  }
  const conflicts: Conflict[] = [];
  for (const group of groups.values()) {
    if (group.length < 2) continue;
    const sources = new Set(group.map(sourceKey));
    const values = new Set(group.map((f) => `${f.comparator}${f.value}`));
    if (sources.size < 2 || values.size < 2) continue;
    const ranked = rankFigures(group, dateOf);
    const first = ranked[0];
    // Listed in the order the sources were read; `counts` marks the one the rule picks.
    const statements: ConflictStatement[] = group.map((f) => ({
      doc: f.doc,
      value: f.value!,
      comparator: f.comparator,
      quote: f.quote,
      start: f.start,
      end: f.end,
      published: dateOf(f),
      source: sourceLabel(f),
      ...(f.source ? { url: f.source.url } : {}),
      ...(f.source?.note ? { note: f.source.note } : {}),
      counts: f === first,
    }));
    const agree = allConsistent(statements, first.unit);
    const segment = first.kind === "signing" ? segmentOf(first.subject) : null;
    const rule = whyItCounts(ranked, dateOf);
    // The message is written when first read: a big table has thousands of conflicts and few are ever shown.
    let message: string | undefined;
    const describe = () => {
      const listed = [...new Map(statements.map((s) => [`${s.source}${s.value}`, s])).values()]
        .map(
          (s) =>
            `${comparatorWords(s.comparator)}${formatValue(s.value, first.unit)} (${s.source}${s.note ? `; ${s.note}` : ""})`,
        )
        .join(" vs ");
      const counted = `${comparatorWords(first.comparator)}${formatValue(first.value, first.unit)}`;
      const what = [first.indicator, segment && segment.key !== "total" ? segment.label : "", first.kind];
      const when = formatPeriod(first.year, first.period);
      return `${[...what, when].filter(Boolean).join(" ")}: ${listed} — ${
        agree ? "agree within rounding" : `differ beyond rounding; counts: ${counted}, ${rule}`
      }`;
    };
    conflicts.push({
      region: first.region,
      indicator: first.indicator!,
      kind: first.kind,
      measure: first.measure,
      unit: first.unit,
      year: first.year,
      period: first.period ?? null,
      segment: segment?.key ?? "",
      statements,
      agreeWithinRounding: agree,
      rule,
      get message() {
        return (message ??= describe());
      },
    });
  }
  return conflicts;
}
