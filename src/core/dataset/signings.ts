/** Signing facts of one event -> its totals and every breakdown, each figure picked by the rule of rule.ts. */
import type { Catalog } from "../catalog";
import type { Comparator, Fact } from "../types";
import { rankFigures, type DateOf } from "./rule";
import { segmentOf, type Segment } from "./segments";

export interface SegmentFigures extends Segment {
  projects: number | null;
  /** CNY */
  value: number | null;
  valueUsd: number | null;
  share: number | null;
  comparator: Comparator;
  usdComparator: Comparator;
  facts: Fact[];
}

export interface SigningRecord {
  code: string;
  name: string;
  region: string;
  year: number;
  total: SegmentFigures;
  segments: SegmentFigures[];
  facts: Fact[];
}

export function signingRecord(code: string, facts: Fact[], dateOf: DateOf, catalog: Catalog): SigningRecord {
  const event = catalog.findEvent(code);
  const bySegment = new Map<string, { segment: Segment; facts: Fact[] }>();
  for (const fact of facts) {
    const segment = segmentOf(fact.subject);
    const slot = bySegment.get(segment.key) ?? { segment, facts: [] };
    slot.facts.push(fact);
    bySegment.set(segment.key, slot);
  }
  const figures = (segment: Segment, list: Fact[]): SegmentFigures => {
    const of = (test: (f: Fact) => boolean): Fact | undefined => {
      const matching = list.filter((f) => test(f) && f.value !== null && !f.period);
      return matching.length ? rankFigures(matching, dateOf)[0] : undefined;
    };
    const projects = of((f) => f.unit === "projects" && f.measure === "level");
    const value = of((f) => f.unit === "CNY" && f.measure === "level");
    const usd = of((f) => f.unit === "USD" && f.measure === "level");
    const share = of((f) => f.measure === "share");
    return {
      ...segment,
      projects: projects?.value ?? null,
      value: value?.value ?? null,
      valueUsd: usd?.value ?? null,
      share: share?.value ?? null,
      comparator: value?.comparator ?? projects?.comparator ?? "=",
      usdComparator: usd?.comparator ?? "=",
      facts: list,
    };
  };
  const segments = [...bySegment.values()].map(({ segment, facts: list }) => figures(segment, list));
  const total =
    segments.find((s) => s.key === "total") ?? figures({ key: "total", label: "Total", dimension: "total" }, []);
  return {
    code,
    name: event?.name ?? code,
    region: event?.series.region ?? facts[0]?.region ?? "",
    year: event?.year ?? facts[0]?.year ?? 0,
    total,
    segments: segments.filter((s) => s.key !== "total"),
    facts,
  };
}
