import * as fs from "fs";
import * as path from "path";
import { extract } from "../src/core/extract";
import type { DocumentInfo, Fact, FactKind } from "../src/core/types";
import type { GoldFact } from "./helpers/seeds";

const DIR = path.join(__dirname, "fixtures", "zh-docs");
const infos: DocumentInfo[] = JSON.parse(fs.readFileSync(path.join(DIR, "documents.json"), "utf8"));
const texts = new Map(infos.map((info) => [info.file, fs.readFileSync(path.join(DIR, info.file), "utf8")]));
const extracted: Fact[] = infos.flatMap((info) =>
  extract(texts.get(info.file)!, { doc: info.file, date: info.date, region: info.region }),
);
const gold: GoldFact[] = JSON.parse(fs.readFileSync(path.join(__dirname, "fixtures", "zh.gold.json"), "utf8")).facts;

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
    JSON.stringify(fact.period) === JSON.stringify(expected.period) &&
    sameValue(fact.value, expected.value) &&
    fact.unit === expected.unit &&
    fact.comparator === expected.comparator &&
    JSON.stringify(fact.relative) === JSON.stringify(expected.relative) &&
    fact.region === expected.region &&
    fact.quote.includes(expected.quote)
  );
}

/** One-to-one matching of extracted facts to gold facts, for one kind or all, linked only or all. */
function score(linkedOnly: boolean, kind?: FactKind) {
  const wanted = gold.filter((g) => (!linkedOnly || g.indicator !== null) && (!kind || g.kind === kind));
  const found = extracted.filter((f) => (!linkedOnly || f.indicator !== null) && (!kind || f.kind === kind));
  const used = new Set<Fact>();
  const missed: GoldFact[] = [];
  for (const expected of wanted) {
    const hit = found.find((f) => !used.has(f) && matches(f, expected));
    if (hit) used.add(hit);
    else missed.push(expected);
  }
  const spurious = found.filter((f) => !used.has(f));
  return {
    recall: wanted.length ? used.size / wanted.length : 1,
    precision: found.length ? used.size / found.length : 1,
    wanted: wanted.length,
    missed,
    spurious,
  };
}

const pct = (x: number) => `${(x * 100).toFixed(1)} %`;

describe("Chinese extraction against the hand-written gold facts of the Chinese test documents", () => {
  it("has at least 25 documents and 250 gold figures, each quote in its document", () => {
    expect(infos.length).toBeGreaterThanOrEqual(25);
    expect(gold.length).toBeGreaterThanOrEqual(250);
    for (const g of gold) expect(texts.get(g.doc)).toContain(g.quote);
  });

  it("finds at least 98 % of the catalog-linked gold facts, and at least 98 % of what it links is right (scores now: 100 %)", () => {
    const linked = score(true);
    const lines = [`catalog-linked facts: recall ${pct(linked.recall)}, precision ${pct(linked.precision)}`];
    for (const kind of ["target", "actual", "signing"] as FactKind[]) {
      const k = score(true, kind);
      lines.push(`  ${kind} (${k.wanted}): recall ${pct(k.recall)}, precision ${pct(k.precision)}`);
    }
    if (linked.missed.length)
      lines.push(
        "missed:",
        ...linked.missed.map((m) => `  ${m.doc} ${m.indicator} ${m.kind} ${m.year} ${m.value} ${m.quote}`),
      );
    if (linked.spurious.length)
      lines.push(
        "spurious:",
        ...linked.spurious.map((s) => `  ${s.doc} ${s.indicator} ${s.kind} ${s.year} ${s.value} ${s.subject}`),
      );
    console.log(lines.join("\n"));
    expect(linked.recall).toBeGreaterThanOrEqual(0.98);
    expect(linked.precision).toBeGreaterThanOrEqual(0.98);
  });

  it("finds at least 98 % of all gold figures (companies, totals, unlinked series too), at 98 % precision (now: 100 %)", () => {
    const all = score(false);
    const lines = [`all facts: recall ${pct(all.recall)}, precision ${pct(all.precision)}`];
    for (const kind of ["target", "actual", "signing"] as FactKind[]) {
      const k = score(false, kind);
      lines.push(`  ${kind} (${k.wanted}): recall ${pct(k.recall)}, precision ${pct(k.precision)}`);
    }
    const unlinkedMissed = all.missed.filter((m) => m.indicator === null);
    if (unlinkedMissed.length)
      lines.push(
        "missed (unlinked):",
        ...unlinkedMissed.map((m) => `  ${m.doc} ${m.kind} ${m.year} ${m.value} ${m.quote}`),
      );
    const unlinkedSpurious = all.spurious.filter((s) => s.indicator === null);
    if (unlinkedSpurious.length)
      lines.push(
        "spurious (unlinked):",
        ...unlinkedSpurious.map((s) => `  ${s.doc} ${s.kind} ${s.year} ${s.value} ${s.unit} ${s.subject}`),
      );
    console.log(lines.join("\n"));
    expect(all.recall).toBeGreaterThanOrEqual(0.98);
    expect(all.precision).toBeGreaterThanOrEqual(0.98);
  });

  it("quotes every fact verbatim at its offsets", () => {
    for (const fact of extracted) expect(texts.get(fact.doc)!.slice(fact.start, fact.end)).toBe(fact.quote);
    expect(extracted.length).toBeGreaterThanOrEqual(gold.length * 0.9);
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
});
