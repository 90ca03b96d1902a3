/** Reading test sentences: every quote checked verbatim at its offsets, facts compared field by field. */
import { extract } from "../../src/core/extract";
import type { Fact } from "../../src/core/types";

export function read(text: string, date: string | null = "2024-07-20", region: string | null = "Shanghai"): Fact[] {
  const facts = extract(text, { doc: "test.txt", date, region });
  for (const fact of facts) {
    expect(text.slice(fact.start, fact.end)).toBe(fact.quote);
    expect(fact.quote.length).toBeGreaterThan(0);
  }
  return facts;
}

/** The one fact with this value (to 9 significant digits); fails the test when there is none or several. */
export function oneWithValue(facts: Fact[], value: number): Fact {
  const found = facts.filter((f) => f.value !== null && Math.abs(f.value - value) <= 1e-9 * Math.max(1, value));
  expect(found).toHaveLength(1);
  return found[0];
}

/** The fields an analyst checks, without the provenance. */
export function fields(fact: Fact): Partial<Fact> {
  return {
    value: fact.value,
    unit: fact.unit,
    kind: fact.kind,
    measure: fact.measure,
    year: fact.year,
    period: fact.period,
    indicator: fact.indicator,
    region: fact.region,
    comparator: fact.comparator,
    relative: fact.relative,
  };
}

export type Expected = Partial<Fact>;

/** A fact with the defaults of a whole-year, exact, unlinked level. */
export function fact(expected: Expected): Partial<Fact> {
  return {
    unit: "CNY",
    kind: "actual",
    measure: "level",
    period: null,
    indicator: null,
    region: "Shanghai",
    comparator: "=",
    relative: null,
    ...expected,
  };
}

export function readFields(text: string, date?: string | null, region?: string | null): Partial<Fact>[] {
  return read(text, date, region).map(fields);
}
