import { datasetFromFacts } from "../src/core/dataset";
import { buildDataset } from "../src/core/dataset/build";
import {
  buildWorkbookPlan,
  factsFromTable,
  isFormula,
  layoutSheet,
  mergeWithExisting,
  type CellValue,
  type SheetSpec,
} from "../src/core/sheets";
import { toDisplay } from "../src/core/format";
import type { Fact } from "../src/core/types";
import { seedDocuments } from "./helpers/seeds";

const dataset = buildDataset(seedDocuments());
const plan = buildWorkbookPlan(dataset, "cagr");
const sheet = (name: string) => plan.sheets.find((s) => s.name === name)!;
const column = (spec: SheetSpec, key: string) => spec.columns.findIndex((c) => c.key === key);
const cellsOf = (spec: SheetSpec, key: string) => spec.rows.map((r) => r.cells[column(spec, key)]);

describe("the sheet plan equals the dataset", () => {
  it("has the eight tracking sheets as tables", () => {
    expect(plan.sheets.map((s) => [s.name, s.table])).toEqual([
      ["Targets", "tblTargets"],
      ["Actuals", "tblActuals"],
      ["Progress", "tblProgress"],
      ["Signings", "tblSignings"],
      ["Sources", "tblSources"],
      ["Checks", "tblChecks"],
      ["Briefing", "tblBriefing"],
      ["Indicators", "tblIndicators"],
    ]);
    for (const spec of plan.sheets) expect(spec.freezeRows).toBe(1);
  });

  it("lists every target once, with its quote", () => {
    const targets = sheet("Targets");
    const expected = dataset.indicators.flatMap((r) =>
      r.targets.map((t) => `${r.code}|${t.year}|${toDisplay(t.value, t.unit)}|${t.source.quote}`),
    );
    const actual = targets.rows.map((r) =>
      [
        r.cells[column(targets, "code")],
        r.cells[column(targets, "year")],
        r.cells[column(targets, "value")],
        r.cells[column(targets, "quote")],
      ].join("|"),
    );
    expect(actual.sort()).toEqual(expected.sort());
    expect(new Set(actual).size).toBe(actual.length);
  });

  it("lists every actual (baselines included) once, with its quote and document", () => {
    const actuals = sheet("Actuals");
    const expected = dataset.indicators.flatMap((r) => r.actuals.map((a) => `${r.code}|${a.year}|${a.source.doc}`));
    const actual = actuals.rows.map(
      (r) => `${r.cells[0]}|${r.cells[column(actuals, "year")]}|${r.cells[column(actuals, "source")]}`,
    );
    expect(actual.sort()).toEqual(expected.sort());
    expect(cellsOf(actuals, "code")).toEqual(expect.arrayContaining(["IC", "BIO", "AI", "NEV", "RD_GDP"]));
  });

  it("writes values in display units with the right number formats", () => {
    const targets = sheet("Targets");
    const ic = targets.rows.find((r) => r.cells[0] === "IC")!;
    expect(ic.cells[column(targets, "value")]).toBe(414);
    expect(ic.cells[column(targets, "unit")]).toBe("CNY bn");
    expect(ic.formats![column(targets, "value")]).toBe('#,##0.0 "bn"');
    const nev = targets.rows.find((r) => r.cells[0] === "NEV")!;
    expect(nev.formats![column(targets, "value")]).toBe("#,##0");
    const kis = targets.rows.find((r) => r.cells[0] === "KIS_SHARE")!;
    expect(kis.formats![column(targets, "value")]).toBe("0.0%");
  });

  it("has one Progress row per indicator, its status coloured, every figure a formula", () => {
    const progress = sheet("Progress");
    expect(cellsOf(progress, "code")).toEqual(dataset.indicators.map((r) => r.code));
    for (const key of ["baseline", "target", "latest", "progress", "status"])
      for (const cell of cellsOf(progress, key)) expect(isFormula(cell)).toBe(true);
    expect(progress.conditional.map((c) => c.equals)).toEqual(
      expect.arrayContaining(["On track", "Acceleration needed", "Insufficient data"]),
    );
  });

  it("writes one plain sentence per indicator on the Briefing", () => {
    const briefing = sheet("Briefing");
    const ic = briefing.rows.find((r) => r.cells[0] === "IC")!;
    expect(ic.cells[3]).toBe(
      "IC: 207 bn yuan in 2020; the plan wants more than 414 bn yuan by 2025, 14.9 % a year; no later figure reported.",
    );
  });

  it("carries every signing breakdown and every check", () => {
    expect(sheet("Signings").rows.length).toBe(dataset.signings.reduce((n, s) => n + 1 + s.segments.length, 0));
    expect(sheet("Checks").rows.length).toBe(dataset.conflicts.length + dataset.checks.length);
    expect(sheet("Sources").rows.length).toBe(dataset.facts.length);
  });
});

describe("refreshing keeps what the analyst added", () => {
  const actuals = sheet("Actuals");
  const header = actuals.columns.map((c) => c.header);
  const grid = (rows: CellValue[][]) => [header, ...rows];
  const ours = layoutSheet(actuals, actuals.rows, {}).values;

  it("keeps analyst rows and notes, and replaces rows from documents", () => {
    const edited = ours.map((row) => [...row]);
    edited[0][column(actuals, "notes")] = "checked against the statistical yearbook";
    const analystRow: CellValue[] = [
      "IC",
      "Shanghai",
      "Integrated-circuit industry scale",
      2023,
      "=",
      300,
      "CNY bn",
      "IC|Shanghai|2023",
      "",
      "",
      "from the 2024 report",
    ];
    const merged = mergeWithExisting(actuals, grid([...edited, analystRow]), plan.documents);
    expect(merged.analystRows).toBe(1);
    expect(merged.notesKept).toBe(1);
    expect(merged.rows).toHaveLength(actuals.rows.length + 1);
    expect(merged.rows[0].cells[column(actuals, "notes")]).toBe("checked against the statistical yearbook");
    const last = merged.rows[merged.rows.length - 1].cells;
    expect(last[column(actuals, "value")]).toBe(300);
    expect(isFormula(last[column(actuals, "key")])).toBe(true);
  });

  it("gives the same rows when refreshed twice", () => {
    const once = mergeWithExisting(actuals, grid(ours), plan.documents);
    const twiceGrid = layoutSheet(actuals, once.rows, {}).values;
    const twice = mergeWithExisting(actuals, grid(twiceGrid), plan.documents);
    expect(layoutSheet(actuals, twice.rows, {}).values).toEqual(ours);
  });

  it("reads analyst rows as facts for the SH functions", () => {
    const analystRow: CellValue[] = ["ic", "Shanghai", "", 2023, "", 300, "CNY bn", "", "", "", ""];
    const facts = factsFromTable("actual", grid([...ours, analystRow]), plan.documents);
    expect(facts).toEqual([
      expect.objectContaining({
        indicator: "IC",
        kind: "actual",
        year: 2023,
        value: 300e9,
        unit: "CNY",
        comparator: "=",
      }),
    ]);
  });
});

describe("formulas name the sheets they read", () => {
  it("quotes a renamed sheet in every formula that reads it", () => {
    const progress = sheet("Progress");
    const grid = layoutSheet(progress, progress.rows, { Targets: "Targets (2)", Actuals: "Actuals" });
    const target = grid.formulas[0][column(progress, "target")]!;
    expect(target).toContain("'Targets (2)'!$K:$K");
    expect(target).toContain("$A2&");
    expect(grid.formulas[3][column(progress, "target")]).toContain("$A5&");
  });
});

describe("datasets of any size", () => {
  it("builds a plan for analyst facts without documents", () => {
    const facts: Fact[] = [
      {
        doc: "x.txt",
        region: "Shanghai",
        indicator: "AI",
        subject: "AI",
        kind: "actual",
        measure: "level",
        year: 2023,
        value: 300e9,
        unit: "CNY",
        comparator: "=",
        relative: null,
        period: null,
        quote: '=HYPERLINK("http://evil")',
        start: 0,
        end: 10,
      },
    ];
    const small = buildWorkbookPlan(datasetFromFacts(facts, []));
    const sources = small.sheets.find((s) => s.name === "Sources")!;
    expect(sources.rows[0].cells[column(sources, "quote")]).toBe('=HYPERLINK("http://evil")');
    expect(sources.columns[column(sources, "quote")].format).toBe("@");
  });
});
