import { buildDataset } from "../src/core/dataset/build";
import { buildWorkbookPlan, layoutSheet, type WorkbookPlan } from "../src/core/sheets";
import { writeXlsx } from "../src/xlsx/write";
import { evaluate, readBack } from "./helpers/workbook";
import { seedDocuments } from "./helpers/seeds";
import type ExcelJS from "exceljs";

const dataset = buildDataset(seedDocuments());

async function written(plan: WorkbookPlan) {
  const { data, summary } = await writeXlsx(plan);
  return { book: await readBack(data), summary, data };
}

describe("the .xlsx file, read back", () => {
  let book: ExcelJS.Workbook;
  beforeAll(async () => {
    book = (await written(buildWorkbookPlan(dataset))).book;
  });

  it("has every sheet as a real Excel table over the right range, with frozen headers", () => {
    expect(book.worksheets.map((w) => w.name)).toEqual([
      "Targets",
      "Actuals",
      "Progress",
      "Signings",
      "Sources",
      "Checks",
      "Briefing",
      "Indicators",
    ]);
    const targets = book.getWorksheet("Targets")!;
    const table = targets.getTable("tblTargets") as unknown as { table: { ref: string; tableRef?: string } };
    expect(table.table.tableRef ?? table.table.ref).toMatch(/^A1(:P14)?$/);
    expect(targets.views[0]).toMatchObject({ state: "frozen", ySplit: 1 });
    expect(book.getWorksheet("Progress")!.getTable("tblProgress")).toBeDefined();
  });

  it("holds the values, number formats and formulas of the plan", () => {
    const targets = book.getWorksheet("Targets")!;
    expect(targets.getRow(1).values).toEqual(
      expect.arrayContaining(["Code", "Region", "Year", "Value", "Quote", "Notes"]),
    );
    const icRow = [...Array(targets.rowCount).keys()]
      .map((i) => targets.getRow(i + 1))
      .find((r) => r.getCell(1).value === "IC")!;
    expect(icRow.getCell(6).value).toBe(414);
    expect(icRow.getCell(6).numFmt).toBe('#,##0.0 "bn"');
    expect(icRow.getCell(11).value).toMatchObject({ formula: expect.stringContaining("A") });
    expect(icRow.getCell(15).value).toContain("more than double by the end of 2025");
    const progress = book.getWorksheet("Progress")!;
    expect((progress.getCell("H2").value as ExcelJS.CellFormulaValue).formula).toContain("Targets!$K:$K");
    expect(progress.getCell("K2").numFmt).toBe("0.00%");
    // MAXIFS is newer than the file format: stored as _xlfn.MAXIFS so Excel 2019 and LibreOffice know it
    expect((progress.getCell("F2").value as ExcelJS.CellFormulaValue).formula).toMatch(
      /^IF\(COUNTIFS\(.*_xlfn\.MAXIFS\(/,
    );
  });

  it("leaves blank cells empty and formatted: by their column, or by their own format where it differs", () => {
    const targets = book.getWorksheet("Targets")!;
    const icRow = [...Array(targets.rowCount).keys()]
      .map((i) => targets.getRow(i + 1))
      .find((r) => r.getCell(1).value === "IC")!;
    // Notes is blank: no "" text in the file, but a note typed there later is still text
    expect(targets.getCell(1, 16).value).toBe("Notes");
    expect(icRow.getCell(16).value).toBeNull();
    expect(targets.getColumn(16).numFmt).toBe("@");
    expect(icRow.getCell(16).numFmt).toBe("@");
    const plan = buildWorkbookPlan(dataset);
    const names = Object.fromEntries(plan.sheets.map((s) => [s.name, s.name]));
    let ownFormats = 0;
    for (const spec of plan.sheets) {
      const grid = layoutSheet(spec, spec.rows, names);
      const sheet = book.getWorksheet(spec.name)!;
      grid.values.forEach((row, r) =>
        row.forEach((value, c) => {
          if ((value !== null && value !== "") || grid.formulas[r][c]) return;
          const cell = sheet.getCell(r + 2, c + 1);
          expect(cell.value).toBeNull();
          expect(cell.numFmt ?? "General").toBe(grid.formats[r][c]);
          if (grid.formats[r][c] !== spec.columns[c].format) ownFormats++;
        }),
      );
    }
    expect(ownFormats).toBeGreaterThan(0); // some blank cells carry a format of their own (in Progress)
  });

  it("prints every sheet landscape, fitted to the page width with the header row repeated, and Briefing on one page", () => {
    for (const sheet of book.worksheets) {
      expect(sheet.pageSetup).toMatchObject({ orientation: "landscape", fitToPage: true, fitToWidth: 1 });
      // written as _xlnm.Print_Titles = $1:$1; ExcelJS reads it back as "1:1"
      expect(sheet.pageSetup.printTitlesRow).toBe("1:1");
    }
    expect(book.getWorksheet("Sources")!.pageSetup.fitToHeight).toBe(0);
    expect(book.getWorksheet("Briefing")!.pageSetup.fitToHeight).toBe(1);
  });

  it("colours the status column", () => {
    const progress = book.getWorksheet("Progress")! as unknown as {
      conditionalFormattings: { ref: string; rules: { formulae: string[] }[] }[];
    };
    const refs = progress.conditionalFormattings.map((c) => `${c.ref} ${c.rules[0].formulae[0]}`);
    // one row an indicator of the catalog (13 of the 14th plan and the series the reported figures need)
    const last = (progress as unknown as ExcelJS.Worksheet).actualRowCount;
    expect(refs).toContain(`O2:O${last} "On track"`);
  });
});

describe("native Progress formulas give the same numbers as the core (HyperFormula)", () => {
  function progressByCode(values: Record<string, unknown[][]>) {
    const rows = values.Progress;
    const header = rows[0] as string[];
    return Object.fromEntries(rows.slice(1).map((r) => [r[0], Object.fromEntries(header.map((h, i) => [h, r[i]]))]));
  }

  it.each(["cagr", "projection"] as const)("on the seeds (%s)", async (method) => {
    const { book } = await written(buildWorkbookPlan(dataset, method));
    const progress = progressByCode(evaluate(book, ["Targets", "Actuals", "Progress"]));
    for (const record of dataset.indicators) {
      const row = progress[record.code];
      expect(row.Status).toBe(record.progress[method].status);
      if (record.progress[method].requiredCagr !== null && record.indicator.path === "compound")
        expect(row["Required CAGR"]).toBeCloseTo(record.progress[method].requiredCagr!, 6);
    }
    expect(progress.IC.Target).toBe(414);
    expect(progress.IC.Baseline).toBe(207);
    expect(progress.NEV["Required CAGR"]).toBeCloseTo(0.3813, 4);
  });

  it("after an analyst adds later actuals, on every path kind", async () => {
    const plan = buildWorkbookPlan(dataset, "cagr");
    const actuals = plan.sheets.find((s) => s.name === "Actuals")!;
    const key = actuals.rows[0].cells[7];
    const add = (code: string, year: number, value: number, unit: string) =>
      actuals.rows.push({ cells: [code, "Shanghai", "", year, "=", value, unit, key, "", "", "analyst"] });
    add("IC", 2023, 280, "CNY bn");
    add("NEV", 2023, 1.1e6, "vehicles");
    add("AI", 2023, 500, "CNY bn");
    add("RD_GDP", 2024, 0.046, "ratio");
    add("INVEST", 2021, 150, "CNY bn");
    add("INVEST", 2022, 160, "CNY bn");
    add("BIO", 2023, 610, "CNY bn");
    const { book } = await written(plan);
    for (const method of ["cagr", "projection"] as const) {
      const methodPlan = buildWorkbookPlan(dataset, method);
      const progressSheet = methodPlan.sheets.find((s) => s.name === "Progress")!;
      plan.sheets[2] = progressSheet;
      const evaluated = progressByCode(evaluate((await written(plan)).book, ["Targets", "Actuals", "Progress"]));
      // the same figures through the core
      const { datasetFromFacts } = await import("../src/core/dataset");
      const { factsFromTable, layoutSheet } = await import("../src/core/sheets");
      const grid = layoutSheet(actuals, actuals.rows, {});
      const analystFacts = factsFromTable(
        "actual",
        [actuals.columns.map((c) => c.header), ...grid.values],
        plan.documents,
      );
      const core = datasetFromFacts([...dataset.facts, ...analystFacts], dataset.documents);
      for (const record of core.indicators) {
        const row = evaluated[record.code];
        const result = record.progress[method];
        expect([record.code, row.Status]).toEqual([record.code, result.status]);
        if (result.progress !== null) expect(row.Progress).toBeCloseTo(result.progress, 6);
        if (result.actualCagr !== null) expect(row["Actual CAGR"]).toBeCloseTo(result.actualCagr, 6);
      }
      expect(evaluated.IC.Status).toBe(method === "cagr" ? "Acceleration needed" : "Acceleration needed");
      expect(evaluated.NEV.Status).toBe("On track");
      expect(evaluated.AI.Status).toBe("Achieved");
      expect(evaluated.INVEST.Latest).toBe(310);
    }
    expect(book).toBeDefined();
  });
});

describe("formula injection", () => {
  it("writes document text that starts with =, +, - or @ as text in the file", async () => {
    const plan = buildWorkbookPlan(dataset);
    const sources = plan.sheets.find((s) => s.name === "Sources")!;
    const evil = ['=HYPERLINK("http://x","click")', "+1+1", "-2+3", "@SUM(A1)"];
    evil.forEach((text, i) => (sources.rows[i].cells[11] = text));
    const { book } = await written(plan);
    const sheet = book.getWorksheet("Sources")!;
    evil.forEach((text, i) => {
      const cell = sheet.getCell(i + 2, 12);
      expect(cell.value).toBe(text);
      expect(cell.type).toBe(3); // ValueType.String, not Formula
      expect(cell.numFmt).toBe("@");
    });
  });
});
