import * as fs from "fs";
import * as path from "path";
import { buildDataset } from "../src/core/dataset/build";
import { parseFiguresCsv } from "../src/core/figures";
import { buildWorkbookPlan, factsFromTable, isFormula, type PlanCell, type SheetSpec } from "../src/core/sheets";
import { writeXlsx } from "../src/xlsx/write";
import { seedDocuments } from "./helpers/seeds";
import { evaluate, readBack } from "./helpers/workbook";

const FIXTURE = path.join(__dirname, "fixtures", "figures", "reported.csv");
const figures = parseFiguresCsv(fs.readFileSync(FIXTURE, "utf8"), { doc: "reported.csv" }).rows;
const dataset = buildDataset(seedDocuments(), figures, { date: "2026-12-01" });
const plan = buildWorkbookPlan(dataset);
const sheet = (name: string) => plan.sheets.find((s) => s.name === name)!;
const at = (spec: SheetSpec, key: string) => spec.columns.findIndex((c) => c.key === key);
const shown = (cell: PlanCell) => (isFormula(cell) ? cell.result : cell);
const rowsOf = (spec: SheetSpec, test: (cell: (key: string) => unknown) => boolean) =>
  spec.rows.filter((r) => test((key) => shown(r.cells[at(spec, key)])));

describe("reported and part-year figures in the sheets", () => {
  it("lists part-year actuals with their period and a key of their own, apart from the year's actual", () => {
    const actuals = sheet("Actuals");
    const nev = rowsOf(actuals, (c) => c("code") === "NEV").map((r) =>
      [at(actuals, "year"), at(actuals, "period"), at(actuals, "key"), at(actuals, "value")].map((i) =>
        shown(r.cells[i]),
      ),
    );
    expect(nev).toEqual([
      [2020, "", "NEV|Shanghai|2020", 238600],
      [2024, "Jan-Jun 2024", "NEV|Shanghai|2024|Jan-Jun 2024", 611500],
      [2025, "Jan-Sep 2025", "NEV|Shanghai|2025|Jan-Sep 2025", 900000],
    ]);
  });

  it("shows a reported figure's publisher, date, address and definition note in Sources", () => {
    const sources = sheet("Sources");
    const [row] = rowsOf(sources, (c) => c("indicator") === "IC" && c("published") === "2024-06-01");
    const cell = (key: string) => row.cells[at(sources, key)];
    expect([cell("doc"), cell("publisher"), cell("url"), cell("note"), cell("period")]).toEqual([
      "reported.csv",
      "Example Daily",
      "https://news.example.org/ic-2023",
      "manufacturing output value, not industry scale",
      "",
    ]);
    const [half] = rowsOf(sources, (c) => c("indicator") === "NEV" && c("period") === "Jan-Jun 2024");
    expect(half).toBeDefined();
  });

  it("lists a disagreement in Checks with both sources, their addresses and the figure that counts", () => {
    const checks = sheet("Checks");
    const [row] = rowsOf(checks, (c) => c("subject") === "IC" && c("result") === "differ");
    expect(row.cells[at(checks, "documents")]).toBe(
      "Example Statistics Bureau, 2024-02-20, https://stats.example.org/ic-2023; Example Daily, 2024-06-01, https://news.example.org/ic-2023",
    );
    expect(row.cells[at(checks, "detail")]).toContain("counts: 310 bn yuan, the most recent publication (2024-06-01)");
  });

  it("puts the 14th plan's scorecard on the Briefing", () => {
    const briefing = sheet("Briefing");
    const result = (code: string) =>
      rowsOf(briefing, (c) => c("code") === code)[0].cells.slice(at(briefing, "scorecardPlan"));
    expect(result("AI").slice(0, 5)).toEqual([
      "14FYP",
      "more than 440 bn yuan (2025)",
      "400 bn yuan",
      2025,
      "Fell short: fell short by 9.1 % (400 bn yuan in 2025 against more than 440 bn yuan)",
    ]);
    expect(result("IC")[4]).toBe("Achieved: achieved (450 bn yuan in 2025 against more than 414 bn yuan)");
    expect(result("NEV")[4]).toMatch(/^No figure reported/);
  });

  it("gives each target the baseline year of its own plan", () => {
    const targets = sheet("Targets");
    const ic = rowsOf(targets, (c) => c("code") === "IC").map((r) =>
      [at(targets, "year"), at(targets, "baselineYear"), at(targets, "periodStart")].map((i) => shown(r.cells[i])),
    );
    expect(ic).toEqual([
      [2025, 2020, 2021],
      [2030, 2025, 2026],
    ]);
  });

  it("reads an analyst's part-year row back as a part year, and leaves out a row whose period is no period", () => {
    const actuals = sheet("Actuals");
    const header = actuals.columns.map((c) => c.header);
    const row = (period: string) =>
      header.map(
        (h) =>
          ({
            Code: "NEV",
            Region: "Shanghai",
            Year: 2026,
            Comparator: "=",
            Value: 700000,
            Unit: "vehicles",
            "Period (part year)": period,
          })[h] ?? "",
      );
    const facts = factsFromTable("actual", [header, row("Jan-Jun 2026"), row(""), row("spring")], plan.documents);
    expect(facts.map((f) => [f.year, f.period, f.value])).toEqual([
      [2026, { from: 1, to: 6 }, 700000],
      [2026, null, 700000],
    ]);
  });

  it("computes in the spreadsheet what the core computes, never reading a part year as a year", async () => {
    const book = await readBack((await writeXlsx(plan)).data);
    const values = evaluate(book, ["Targets", "Actuals", "Progress"]).Progress;
    const header = values[0] as string[];
    const byCode = Object.fromEntries(
      values.slice(1).map((row) => [row[0], Object.fromEntries(header.map((h, i) => [h, row[i]]))]),
    );
    expect(byCode.NEV["Latest year"]).toBe(2020);
    expect(byCode.NEV.Status).toBe("Insufficient data");
    for (const record of dataset.indicators) {
      expect([record.code, byCode[record.code].Status]).toEqual([record.code, record.progress.cagr.status]);
    }
    expect(byCode.AI.Status).toBe("Acceleration needed");
    expect(byCode.IC["Baseline year"]).toBe(2025);
  });
});
