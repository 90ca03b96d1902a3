import { extract } from "../src/core/extract";
import type { Fact } from "../src/core/types";
import { goldFacts, seedDocuments, type GoldFact } from "./helpers/seeds";

const documents = seedDocuments();
const extracted: Fact[] = documents.flatMap(({ info, text }) =>
  extract(text, { doc: info.file, date: info.date, region: info.region }),
);
const gold = goldFacts();

function sameValue(a: number | null, b: number | null): boolean {
  if (a === null || b === null) return a === b;
  return Math.abs(a - b) <= 1e-9 * Math.max(1, Math.abs(b));
}

function matches(fact: Fact, expected: GoldFact): boolean {
  return (
    fact.doc === expected.doc &&
    fact.indicator === expected.indicator &&
    fact.kind === expected.kind &&
    fact.measure === expected.measure &&
    fact.year === expected.year &&
    sameValue(fact.value, expected.value) &&
    fact.unit === expected.unit &&
    fact.comparator === expected.comparator &&
    JSON.stringify(fact.relative) === JSON.stringify(expected.relative) &&
    fact.region === expected.region &&
    fact.quote.includes(expected.quote)
  );
}

/** One-to-one matching of extracted facts to gold facts. */
function score(linkedOnly: boolean) {
  const wanted = gold.filter((g) => !linkedOnly || g.indicator !== null);
  const found = extracted.filter((f) => !linkedOnly || f.indicator !== null);
  const used = new Set<Fact>();
  const missed: GoldFact[] = [];
  for (const expected of wanted) {
    const hit = found.find((f) => !used.has(f) && matches(f, expected));
    if (hit) used.add(hit);
    else missed.push(expected);
  }
  const spurious = found.filter((f) => !used.has(f));
  return { recall: used.size / wanted.length, precision: used.size / found.length, missed, spurious };
}

describe("extraction against the hand-written gold facts of the seeds", () => {
  it("finds at least 95 % of the catalog-linked gold facts, and at least 95 % of what it links is right", () => {
    const { recall, precision, missed, spurious } = score(true);
    console.log(
      `catalog-linked facts: recall ${(recall * 100).toFixed(1)} %, precision ${(precision * 100).toFixed(1)} %`,
    );
    if (missed.length)
      console.log(
        "missed:",
        missed.map((m) => `${m.doc} ${m.indicator} ${m.value} ${m.quote}`),
      );
    if (spurious.length)
      console.log(
        "spurious:",
        spurious.map((s) => `${s.doc} ${s.indicator} ${s.value} ${s.subject}`),
      );
    expect(recall).toBeGreaterThanOrEqual(0.95);
    expect(precision).toBeGreaterThanOrEqual(0.95);
  });

  it("also finds the figures that belong to no catalog entry (companies, parks, announced projects)", () => {
    const { recall, precision } = score(false);
    console.log(`all facts: recall ${(recall * 100).toFixed(1)} %, precision ${(precision * 100).toFixed(1)} %`);
    expect(recall).toBeGreaterThanOrEqual(0.9);
    expect(precision).toBeGreaterThanOrEqual(0.9);
  });

  it("quotes every fact verbatim at its offsets", () => {
    for (const fact of extracted) {
      const text = documents.find((d) => d.info.file === fact.doc)!.text;
      expect(text.slice(fact.start, fact.end)).toBe(fact.quote);
    }
    expect(extracted.length).toBeGreaterThan(80);
  });

  it("gives every fact exactly the DESIGN.md fields", () => {
    const fields = [
      "doc",
      "region",
      "indicator",
      "subject",
      "kind",
      "measure",
      "year",
      "period",
      "value",
      "unit",
      "comparator",
      "relative",
      "quote",
      "start",
      "end",
    ].sort();
    for (const fact of extracted) expect(Object.keys(fact).sort()).toEqual(fields);
  });

  it("keeps a single company's figure out of the city indicators (SenseTime's 4 billion yuan)", () => {
    const sensetime = extracted.find((f) => f.value === 4e9);
    expect(sensetime).toMatchObject({ indicator: null, subject: "SenseTime", unit: "CNY", kind: "signing" });
    const sequoia = extracted.find((f) => f.value === 18.5e9);
    expect(sequoia).toMatchObject({ indicator: null, subject: "Sequoia Capital", kind: "actual", year: 2020 });
  });

  it("treats a dollar conversion in brackets as the same fact, not a second one", () => {
    const doc = documents.find((d) => d.info.file.startsWith("000"))!;
    const facts = extracted.filter((f) => f.doc === doc.info.file);
    expect(facts.some((f) => f.unit === "USD")).toBe(false);
    expect(facts.filter((f) => f.value === 565.8e9)).toHaveLength(1);
  });
});
