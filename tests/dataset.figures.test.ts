import * as fs from "fs";
import * as path from "path";
import { datasetFromFacts, findPlanRecord, findRecord, findSigning, recordForYear } from "../src/core/dataset";
import { buildDataset } from "../src/core/dataset/build";
import { parseFiguresCsv } from "../src/core/figures";
import type { Fact } from "../src/core/types";
import { createFunctions, FunctionError, safely } from "../src/functions/engine";
import { seedDocuments } from "./helpers/seeds";

const FIXTURES = path.join(__dirname, "fixtures", "figures");
const reported = parseFiguresCsv(fs.readFileSync(path.join(FIXTURES, "reported.csv"), "utf8"), {
  doc: "reported.csv",
});
const seeds = seedDocuments();
const dataset = buildDataset(seeds, reported.rows, { date: "2026-12-01" });

describe("reported figures in the dataset", () => {
  it("reads the fixture table without errors", () => {
    expect(reported.errors).toEqual([]);
    expect(reported.rows).toHaveLength(11);
  });

  it("takes a reported whole-year figure as the year's actual, with its published source", () => {
    const ai = findPlanRecord(dataset, "AI", "14FYP")!;
    expect(ai.actuals.map((a) => [a.year, a.value])).toEqual([
      [2020, 220e9],
      [2024, 380e9],
      [2025, 400e9],
    ]);
    expect(ai.latest!.source.source).toMatchObject({ publisher: "Example Statistics Bureau", published: "2026-02-01" });
  });

  it("lists the table as a source document, so the sheets know its rows are not the analyst's", () => {
    expect(dataset.documents.find((d) => d.file === "reported.csv")).toMatchObject({
      title: "Reported figures (reported.csv)",
      date: "2026-02-01",
    });
  });

  it("files a target under the plan whose period contains its year", () => {
    const ic14 = findPlanRecord(dataset, "IC", "14FYP")!;
    const ic15 = findPlanRecord(dataset, "IC", "15FYP")!;
    expect(ic14.target).toMatchObject({ year: 2025, value: 414e9, derived: true, plan: "14FYP" });
    expect(ic15.target).toMatchObject({ year: 2030, value: 1000e9, comparator: ">", plan: "15FYP" });
    expect(recordForYear(dataset, "IC", 2030)!.plan.id).toBe("15FYP");
    expect(recordForYear(dataset, "IC", 2023)!.plan.id).toBe("14FYP");
    // every record still finds any year's target
    expect(ic14.targets.map((t) => [t.year, t.plan])).toEqual([
      [2025, "14FYP"],
      [2030, "15FYP"],
    ]);
  });

  it("takes the 15th plan's baseline from the 2025 actual, and the 14th plan's from 2020", () => {
    const ic15 = findPlanRecord(dataset, "IC", "15FYP")!;
    expect(ic15.baseline).toMatchObject({ year: 2025, value: 450e9 });
    expect(ic15.progress.cagr.requiredCagr).toBeCloseTo(Math.pow(1000 / 450, 1 / 5) - 1, 10);
    expect(ic15.progress.cagr.status).toBe("Insufficient data");
    expect(findPlanRecord(dataset, "IC", "14FYP")!.baseline).toMatchObject({ year: 2020, value: 207e9 });
    // the nearest earlier year may stand in, but only from the years of the plan before: never 2020 for the 15th
    expect(findPlanRecord(dataset, "AI", "15FYP")!.baseline).toMatchObject({ year: 2025, value: 400e9 });
    expect(findPlanRecord(dataset, "NEV", "15FYP")!.baseline).toBeNull();
  });

  it("judges the 14th plan on its own years: IC achieved, AI needs acceleration", () => {
    expect(findPlanRecord(dataset, "IC", "14FYP")!.progress.cagr.status).toBe("Achieved");
    const ai = findPlanRecord(dataset, "AI", "14FYP")!;
    expect(ai.progress.cagr.status).toBe("Acceleration needed");
    expect(ai.progress.cagr.actualCagr).toBeCloseTo(Math.pow(400 / 220, 1 / 5) - 1, 10);
  });

  it("shows the plan in force on the workbook's date where it has a target, else the latest plan with one", () => {
    expect(findRecord(dataset, "IC")!.plan.id).toBe("15FYP");
    expect(findRecord(dataset, "AI")!.plan.id).toBe("14FYP");
    const earlier = buildDataset(seeds, reported.rows, { date: "2024-06-01" });
    expect(findRecord(earlier, "IC")!.plan.id).toBe("14FYP");
  });

  it("answers SH.ACTUAL and SH.TARGET from reported rows", () => {
    const sh = createFunctions(() => dataset);
    expect(sh.ACTUAL("AI", 2025)).toBe(400);
    expect(sh.TARGET("IC", 2030)).toBe(1000);
    expect(sh.TARGET("IC", 2025)).toBe(414);
    expect(sh.BASELINE("IC", null, "15FYP")).toBe(450);
  });

  it("feeds reported signings into the event's record", () => {
    expect(findSigning(dataset, "GIPC2023")!.total).toMatchObject({ projects: 440, value: 1200e9 });
  });
});

describe("part-year figures never count as a year", () => {
  const nev = findPlanRecord(dataset, "NEV", "14FYP")!;

  it("keeps Jan-Jun and Jan-Sep figures apart from the actuals", () => {
    expect(nev.actuals.map((a) => a.year)).toEqual([2020]);
    expect(nev.partYear.map((p) => [p.year, p.period, p.value])).toEqual([
      [2024, { from: 1, to: 6 }, 611500],
      [2025, { from: 1, to: 9 }, 900000],
    ]);
  });

  it("leaves NEV at insufficient data with no CAGR or progress from a part year", () => {
    expect(nev.latest).toMatchObject({ year: 2020 });
    for (const method of ["cagr", "projection"] as const) {
      expect(nev.progress[method]).toMatchObject({
        status: "Insufficient data",
        actualCagr: null,
        progress: null,
      });
    }
  });

  it("answers SH.ACTUAL for a year with only a part-year figure with #N/A naming that figure", () => {
    const sh = createFunctions(() => dataset);
    const outcome = safely(() => sh.ACTUAL("NEV", 2024));
    expect(outcome).toBeInstanceOf(FunctionError);
    expect((outcome as FunctionError).code).toBe("#N/A");
    expect((outcome as FunctionError).message).toBe(
      "no reported actual for NEV in 2024; years with a reported actual: 2020; 2024 has part-year figures only (Jan-Jun 2024: 611,500 vehicles), which never count as the year",
    );
    expect(sh.STATUS("NEV", null, null, "cagr", "14FYP")).toBe("Insufficient data");
  });

  it("shows in SH.SOURCE a table figure's publisher, date and address, and which source counts", () => {
    const sh = createFunctions(() => dataset);
    const text = sh.SOURCE("IC", 2023, "actual", "14FYP") as string;
    expect(text).toContain("Example Daily, 2024-06-01: https://news.example.org/ic-2023");
    expect(text).toContain("counts over 1 other source(s): the most recent publication (2024-06-01)");
  });

  it("does not let a part-year figure of an extracted document become an actual either", () => {
    const half: Fact = {
      ...reported.rows[4],
      doc: "note.txt",
      source: undefined,
      quote: "Output in the first half reached 611,500 vehicles.",
    };
    const ds = datasetFromFacts(
      [half],
      [{ file: "note.txt", title: "", outlet: null, date: "2024-07-15", region: "" }],
    );
    expect(findRecord(ds, "NEV")!.actuals).toEqual([]);
    expect(findRecord(ds, "NEV")!.partYear).toHaveLength(1);
  });
});

describe("which figure counts when sources disagree", () => {
  it("takes the most recent publication, and lists the disagreement with both sources and their notes", () => {
    const ic = findPlanRecord(dataset, "IC", "14FYP")!;
    const y2023 = ic.actuals.find((a) => a.year === 2023)!;
    expect(y2023.value).toBe(310e9);
    expect(y2023.rule).toBe("the most recent publication (2024-06-01)");
    expect(y2023.others!.map((f) => f.value)).toEqual([300e9]);
    const conflict = dataset.conflicts.find((c) => c.indicator === "IC" && c.year === 2023)!;
    expect(conflict.agreeWithinRounding).toBe(false);
    expect(conflict.message).toBe(
      "IC actual 2023: 300 bn yuan (Example Statistics Bureau, 2024-02-20; industry scale) vs 310 bn yuan (Example Daily, 2024-06-01; manufacturing output value, not industry scale) — differ beyond rounding; counts: 310 bn yuan, the most recent publication (2024-06-01)",
    );
    expect(conflict.statements.filter((s) => s.counts).map((s) => s.value)).toEqual([310e9]);
  });

  it("puts the analyst's own figure before every publication", () => {
    const own = parseFiguresCsv(fs.readFileSync(path.join(FIXTURES, "import-good.csv"), "utf8"), {
      doc: "import-good.csv",
      analyst: true,
    });
    const ds = buildDataset(seeds, [...reported.rows, ...own.rows], { date: "2026-12-01" });
    const y2023 = findPlanRecord(ds, "IC", "14FYP")!.actuals.find((a) => a.year === 2023)!;
    expect(y2023.value).toBe(280e9);
    expect(y2023.rule).toBe("the analyst's own figure");
    expect(ds.conflicts.find((c) => c.indicator === "IC" && c.year === 2023)!.message).toContain(
      "counts: 280 bn yuan, the analyst's own figure",
    );
  });

  it("counts a later signing report over an earlier one, and keeps the seeds' rounding agreement", () => {
    const gipc = dataset.conflicts.find((c) => c.indicator === "GIPC2023")!;
    expect(gipc.message).toContain("counts: 440 projects, the most recent publication (2023-05-11)");
    expect(gipc.message).toContain("counts signed projects only");
    const seedsOnly = buildDataset(seeds, [], { date: "2026-12-01" });
    expect(seedsOnly.conflicts.find((c) => c.indicator === "GIPC2021")!.agreeWithinRounding).toBe(true);
  });
});
