/** Cross-checks of a signing event's parts against the totals the documents state. */
import { formatValue, statedDecimals } from "../format";
import type { Fact } from "../types";
import type { SegmentFigures, SigningRecord } from "./index";
import { PARTITIONS } from "./segments";

export interface CrossCheck {
  event: string;
  relation: string;
  measure: "projects" | "value" | "share";
  parts: { label: string; value: number }[];
  sum: number;
  stated: number;
  difference: number;
  agrees: boolean;
  message: string;
  /** the facts the check reads, for their quotes */
  sources: Fact[];
}

function halfUnit(value: number, unit: string): number {
  const decimals = statedDecimals(value, unit);
  const step = Math.pow(10, -decimals) / 2;
  return unit === "CNY" ? step * 1e9 : unit === "ratio" ? step / 100 : step;
}

function check(
  record: SigningRecord,
  relation: string,
  measure: CrossCheck["measure"],
  parts: SegmentFigures[],
  whole: { label: string; value: number },
  unit: string,
  sources: Fact[],
): CrossCheck {
  const pick = (s: SegmentFigures) =>
    (measure === "projects" ? s.projects : measure === "value" ? s.value : s.share) as number;
  const sum = parts.reduce((total, s) => total + pick(s), 0);
  const tolerance =
    unit === "projects" ? 0 : parts.reduce((t, s) => t + halfUnit(pick(s), unit), halfUnit(whole.value, unit));
  const difference = sum - whole.value;
  const agrees = Math.abs(difference) <= tolerance + 1e-9 * Math.max(1, Math.abs(whole.value));
  const show = (v: number) => formatValue(v, unit);
  return {
    event: record.code,
    relation,
    measure,
    parts: parts.map((s) => ({ label: s.label, value: pick(s) })),
    sum,
    stated: whole.value,
    difference,
    agrees,
    message: `${record.code} ${measure}: ${parts.map((s) => `${s.label} ${show(pick(s))}`).join(" + ")} = ${show(sum)}; stated ${whole.label} ${show(whole.value)} — ${
      agrees ? "consistent" : `MISMATCH by ${show(Math.abs(difference))}`
    }`,
    sources,
  };
}

export function crossChecks(record: SigningRecord): CrossCheck[] {
  const checks: CrossCheck[] = [];
  const all = [record.total, ...record.segments];
  for (const partition of PARTITIONS) {
    const parts = record.segments.filter((s) => s.dimension === partition.dimension);
    const whole = all.find((s) => s.key === partition.whole);
    if (parts.length < 2 || !whole) continue;
    const sources = [...parts, whole].flatMap((s) => s.facts);
    for (const measure of ["projects", "value"] as const) {
      const wholeValue = measure === "projects" ? whole.projects : whole.value;
      if (wholeValue === null || parts.some((s) => (measure === "projects" ? s.projects : s.value) === null)) continue;
      checks.push(
        check(
          record,
          partition.label,
          measure,
          parts,
          { label: whole.label.toLowerCase(), value: wholeValue },
          measure === "projects" ? "projects" : "CNY",
          sources,
        ),
      );
    }
    if (parts.every((s) => s.share !== null)) {
      checks.push(
        check(
          record,
          `${partition.label} (stated shares)`,
          "share",
          parts,
          { label: "whole", value: 1 },
          "ratio",
          sources,
        ),
      );
      // Say what each stated share is a share of: value or number of projects.
      for (const part of parts) {
        if (part.share === null || part.value === null || whole.value === null) continue;
        const byValue = part.value / whole.value;
        const byCount = part.projects !== null && whole.projects ? part.projects / whole.projects : null;
        const tolerance = halfUnit(part.share, "ratio");
        const matchesValue = Math.abs(byValue - part.share) <= tolerance;
        const matchesCount = byCount !== null && Math.abs(byCount - part.share) <= tolerance;
        checks.push({
          event: record.code,
          relation: `${part.label}: stated share against the figures`,
          measure: "share",
          parts: [{ label: `${part.label} value`, value: part.value }],
          sum: byValue,
          stated: part.share,
          difference: byValue - part.share,
          agrees: matchesValue || matchesCount,
          message: `${record.code} ${part.label}: stated ${formatValue(part.share, "ratio")}; ${formatValue(part.value, "CNY")} of ${formatValue(whole.value, "CNY")} is ${(byValue * 100).toFixed(1)} % of the value${
            byCount !== null
              ? `, ${part.projects} of ${whole.projects} projects is ${(byCount * 100).toFixed(1)} % of the count`
              : ""
          } — ${matchesValue ? "consistent: a share of value" : matchesCount ? "consistent: a share of projects" : "MISMATCH"}`,
          sources: [...part.facts, ...whole.facts],
        });
      }
    }
  }
  return checks;
}
