/**
 * The extractor against the project's second hand-made gold (issue 8): 33 invented documents in
 * tests/fixtures/own-docs, written in the styles of real policy news, plans, work reports, statistics releases, a
 * PDF table, saved web pages and UTF-16/BOM/CRLF files, and 416 facts a person read from them
 * (tests/fixtures/own.gold.json, each with the phenomena 1-10 it exercises).
 *
 * Documents are read as the command line reads them (decodeText, then htmlToText for .html) and dated from
 * documents.json. Extracted facts are matched one-to-one to gold facts as in extract.gold.test.ts, plus `period`.
 * Recall and precision are printed per kind, per phenomenon and overall.
 *
 * Precision per phenomenon: a matched fact counts for the phenomena of its gold fact; an unmatched (spurious) fact
 * counts against the phenomena of the gold facts whose quote it overlaps in the text, or, when it overlaps none,
 * against every phenomenon its document exercises.
 */
import * as fs from "fs";
import * as path from "path";
import { htmlToText } from "../src/core/documents/html";
import { extract } from "../src/core/extract";
import type { DocumentInfo, Fact, FactKind } from "../src/core/types";
import { decodeText } from "../src/input/decode";

/** The goal for every per-phenomenon score (recall and precision); no floor below may fall under it. */
const TARGET_SCORE = 0.9;

/**
 * Floors measured on 2026-12-01 (helper A3; raised by helper A1b at 10:27 UTC; raised by helper E1 at 12:35 UTC, when
 * every phenomenon passed TARGET_SCORE, to 1-2 points under the scores printed then: overall recall 99.8 %, precision
 * 99.8 %; per phenomenon 98.9-100 %), so that a regression fails. Every phenomenon's floor stays at least TARGET_SCORE.
 */
const FLOOR = {
  overallRecall: 0.98,
  overallPrecision: 0.98,
  kindRecall: { target: 0.98, actual: 0.98, signing: 0.98 } as Record<FactKind, number>,
  kindPrecision: { target: 0.98, actual: 0.98, signing: 0.98 } as Record<FactKind, number>,
  phenomenonRecall: {
    1: 0.98,
    2: 0.98,
    3: 0.98,
    4: 0.98,
    5: 0.97,
    6: 0.98,
    7: 0.98,
    8: 0.98,
    9: 0.98,
    10: 0.98,
  } as Record<number, number>,
  phenomenonPrecision: {
    1: 0.98,
    2: 0.98,
    3: 0.98,
    4: 0.98,
    5: 0.97,
    6: 0.98,
    7: 0.98,
    8: 0.975,
    9: 0.98,
    10: 0.98,
  } as Record<number, number>,
};

interface OwnGoldFact extends Omit<Fact, "start" | "end"> {
  phenomena: number[];
}

const ROOT = path.resolve(__dirname, "..");
const DOCS = path.join(ROOT, "tests", "fixtures", "own-docs");
const infos: DocumentInfo[] = JSON.parse(fs.readFileSync(path.join(DOCS, "documents.json"), "utf8"));
const gold: OwnGoldFact[] = JSON.parse(
  fs.readFileSync(path.join(ROOT, "tests", "fixtures", "own.gold.json"), "utf8"),
).facts;

function readText(file: string): string {
  const { text } = decodeText(new Uint8Array(fs.readFileSync(path.join(DOCS, file))), file);
  return /\.html?$/i.test(file) ? htmlToText(text) : text;
}

const texts = new Map(infos.map((info) => [info.file, readText(info.file)]));
const extracted: Fact[] = infos.flatMap((info) =>
  extract(texts.get(info.file)!, { doc: info.file, date: info.date, region: info.region }),
);

function sameValue(a: number | null, b: number | null): boolean {
  if (a === null || b === null) return a === b;
  return Math.abs(a - b) <= 1e-9 * Math.max(1, Math.abs(b));
}

function sameRelative(a: Fact["relative"], b: Fact["relative"]): boolean {
  if (!a || !b) return !a && !b;
  return a.multiple === b.multiple && (a.of ?? null) === (b.of ?? null);
}

function samePeriod(a: Fact["period"] | undefined, b: Fact["period"]): boolean {
  if (!a || !b) return !a && !b;
  return a.from === b.from && a.to === b.to;
}

function matches(fact: Fact, expected: OwnGoldFact): boolean {
  return (
    fact.doc === expected.doc &&
    fact.indicator === expected.indicator &&
    fact.kind === expected.kind &&
    fact.measure === expected.measure &&
    fact.year === expected.year &&
    samePeriod(fact.period, expected.period) &&
    sameValue(fact.value, expected.value) &&
    fact.unit === expected.unit &&
    fact.comparator === expected.comparator &&
    sameRelative(fact.relative, expected.relative) &&
    fact.region === expected.region &&
    fact.quote.includes(expected.quote)
  );
}

/** One-to-one matching, gold fact by gold fact, as in extract.gold.test.ts. */
const pairs = new Map<OwnGoldFact, Fact>();
const used = new Set<Fact>();
for (const expected of gold) {
  const hit = extracted.find((f) => !used.has(f) && matches(f, expected));
  if (hit) {
    pairs.set(expected, hit);
    used.add(hit);
  }
}
const spurious = extracted.filter((f) => !used.has(f));

/** Where a gold quote stands in its document (every occurrence). */
function spansOf(expected: OwnGoldFact): [number, number][] {
  const text = texts.get(expected.doc)!;
  const spans: [number, number][] = [];
  for (let at = text.indexOf(expected.quote); at >= 0; at = text.indexOf(expected.quote, at + 1))
    spans.push([at, at + expected.quote.length]);
  return spans;
}

const PHENOMENA = [1, 2, 3, 4, 5, 6, 7, 8, 9, 10];
const phenomenaOfDoc = new Map<string, Set<number>>();
for (const g of gold) {
  const set = phenomenaOfDoc.get(g.doc) ?? new Set<number>();
  g.phenomena.forEach((p) => set.add(p));
  phenomenaOfDoc.set(g.doc, set);
}

/** The phenomena an unmatched extracted fact counts against. */
function phenomenaAgainst(fact: Fact): Set<number> {
  const overlapped = gold.filter(
    (g) => g.doc === fact.doc && spansOf(g).some(([s, e]) => s < fact.end && fact.start < e),
  );
  if (!overlapped.length) return phenomenaOfDoc.get(fact.doc) ?? new Set();
  return new Set(overlapped.flatMap((g) => g.phenomena));
}
const spuriousAgainst = new Map(spurious.map((f) => [f, phenomenaAgainst(f)]));

interface Score {
  recall: number;
  precision: number;
  found: number;
  wanted: number;
  claimed: number;
}

function score(wanted: OwnGoldFact[], claimedSpurious: number): Score {
  const found = wanted.filter((g) => pairs.has(g)).length;
  const claimed = found + claimedSpurious;
  return {
    recall: wanted.length ? found / wanted.length : 1,
    precision: claimed ? found / claimed : 1,
    found,
    wanted: wanted.length,
    claimed,
  };
}

const overall = score(gold, spurious.length);
const byKind = Object.fromEntries(
  (["target", "actual", "signing"] as FactKind[]).map((kind) => [
    kind,
    score(
      gold.filter((g) => g.kind === kind),
      spurious.filter((f) => f.kind === kind).length,
    ),
  ]),
) as Record<FactKind, Score>;
const byPhenomenon = Object.fromEntries(
  PHENOMENA.map((p) => [
    p,
    score(
      gold.filter((g) => g.phenomena.includes(p)),
      spurious.filter((f) => spuriousAgainst.get(f)!.has(p)).length,
    ),
  ]),
) as Record<number, Score>;
const linked = score(
  gold.filter((g) => g.indicator !== null),
  spurious.filter((f) => f.indicator !== null).length,
);

const pct = (x: number) => `${(100 * x).toFixed(1)} %`;
const line = (label: string, s: Score) =>
  `${label.padEnd(34)} recall ${pct(s.recall).padStart(7)} (${s.found}/${s.wanted})   precision ${pct(s.precision).padStart(7)} (${s.found}/${s.claimed})`;
const PHENOMENON_NAMES: Record<number, string> = {
  1: "money written other ways",
  2: "part-year periods",
  3: "counted things",
  4: "multiples in the past",
  5: "not a signing / later editions",
  6: "whose figure it is",
  7: "action-plan targets",
  8: "macro figures",
  9: "the date in the text",
  10: "the files people have",
};

describe("extraction against the own hand-made gold (issue 8)", () => {
  it("prints recall and precision per kind, per phenomenon and overall", () => {
    const report = [
      `own gold: ${infos.length} documents, ${gold.length} gold facts, ${extracted.length} extracted facts (target ${TARGET_SCORE} each)`,
      line("overall", overall),
      line("catalog-linked", linked),
      ...(["target", "actual", "signing"] as FactKind[]).map((k) => line(`kind ${k}`, byKind[k])),
      ...PHENOMENA.map((p) => line(`${p}. ${PHENOMENON_NAMES[p]}`, byPhenomenon[p])),
    ];
    console.log(report.join("\n"));
    if (process.env.OWN_GOLD_VERBOSE) {
      console.log(
        "missed:\n" +
          gold
            .filter((g) => !pairs.has(g))
            .map(
              (g) =>
                `  ${g.doc} ${g.indicator} ${g.kind} ${g.year} ${JSON.stringify(g.period)} ${g.value} ${g.unit} "${g.quote}"`,
            )
            .join("\n"),
      );
      console.log(
        "spurious:\n" +
          spurious
            .map(
              (f) =>
                `  ${f.doc} ${f.indicator} ${f.kind} ${f.year} ${JSON.stringify(f.period)} ${f.value} ${f.unit} "${f.quote.slice(0, 100)}"`,
            )
            .join("\n"),
      );
    }
    expect(overall.wanted).toBe(gold.length);
  });

  it("finds at least the measured floor of the gold facts overall, and is right that often", () => {
    expect(overall.recall).toBeGreaterThanOrEqual(FLOOR.overallRecall);
    expect(overall.precision).toBeGreaterThanOrEqual(FLOOR.overallPrecision);
  });

  it.each(["target", "actual", "signing"] as FactKind[])(
    "keeps recall and precision of %s facts at the floor",
    (kind) => {
      expect(byKind[kind].recall).toBeGreaterThanOrEqual(FLOOR.kindRecall[kind]);
      expect(byKind[kind].precision).toBeGreaterThanOrEqual(FLOOR.kindPrecision[kind]);
    },
  );

  it.each(PHENOMENA)("keeps recall and precision on phenomenon %i at the floor", (p) => {
    expect(FLOOR.phenomenonRecall[p]).toBeGreaterThanOrEqual(TARGET_SCORE);
    expect(FLOOR.phenomenonPrecision[p]).toBeGreaterThanOrEqual(TARGET_SCORE);
    expect(byPhenomenon[p].recall).toBeGreaterThanOrEqual(FLOOR.phenomenonRecall[p]);
    expect(byPhenomenon[p].precision).toBeGreaterThanOrEqual(FLOOR.phenomenonPrecision[p]);
  });

  it("quotes every extracted fact verbatim at its offsets in the text as read", () => {
    for (const fact of extracted) expect(texts.get(fact.doc)!.slice(fact.start, fact.end)).toBe(fact.quote);
  });

  it("has a gold of at least 30 documents and 300 facts, every quote in its document, every phenomenon 20 times", () => {
    expect(infos.length).toBeGreaterThanOrEqual(30);
    expect(gold.length).toBeGreaterThanOrEqual(300);
    const files = fs.readdirSync(DOCS).filter((f) => /\.(txt|html)$/.test(f));
    expect(files.sort()).toEqual(infos.map((i) => i.file).sort());
    for (const g of gold) {
      expect(texts.has(g.doc)).toBe(true);
      expect(spansOf(g).length).toBeGreaterThan(0);
    }
    for (const p of PHENOMENA) expect(gold.filter((g) => g.phenomena.includes(p)).length).toBeGreaterThanOrEqual(20);
  });

  it("reads the UTF-16, BOM and CRLF files into the same plain text as the others", () => {
    for (const file of ["14_beijing_digital_utf16.txt", "15_jiangsu_report_crlf.txt", "16_hefei_nev_bom.txt"]) {
      const text = texts.get(file)!;
      expect(text).not.toMatch(/[\r\uFEFF\0]/);
      expect(text.length).toBeGreaterThan(300);
    }
  });
});
