import { datasetFromFacts } from "../src/core/dataset";
import { buildDataset } from "../src/core/dataset/build";
import { buildWorkbookPlan } from "../src/core/sheets";
import type { Fact } from "../src/core/types";
import { refreshTrackingSheets } from "../src/excel/refresh";
import { FakeContext } from "./helpers/fake-excel";
import { seedDocuments } from "./helpers/seeds";

const dataset = buildDataset(seedDocuments());
const plan = () => buildWorkbookPlan(dataset);

async function refresh(context: FakeContext, workbookPlan = plan()) {
  return refreshTrackingSheets(workbookPlan, context as unknown as Excel.RequestContext);
}

function syntheticDataset(count: number) {
  const facts: Fact[] = [];
  const codes = ["IC", "BIO", "AI", "NEV", "SOFTWARE"];
  for (let i = 0; i < count; i++) {
    const code = codes[i % codes.length];
    const region = `Region ${Math.floor(i / 50)}`;
    const year = 2000 + (i % 50);
    facts.push({
      doc: `doc-${i % 40}.txt`,
      region,
      indicator: code,
      subject: code,
      kind: i % 7 === 0 ? "target" : "actual",
      measure: "level",
      year,
      value: code === "NEV" ? 100000 + i : (100 + i) * 1e9,
      unit: code === "NEV" ? "vehicles" : "CNY",
      comparator: "=",
      relative: null,
      period: null,
      quote: `${code} reached ${100 + i} units in ${year}.`,
      start: 0,
      end: 30,
    });
  }
  return datasetFromFacts(
    facts,
    Array.from({ length: 40 }, (_, i) => ({
      file: `doc-${i}.txt`,
      title: `Doc ${i}`,
      outlet: null,
      date: "2024-01-01",
      region: "X",
    })),
  );
}

describe("the Office.js writer", () => {
  it("writes what the plan says, as tables with frozen headers, in at most 3 syncs", async () => {
    const context = new FakeContext();
    const summary = await refresh(context);
    expect(context.syncs).toBeLessThanOrEqual(3);
    expect(summary.sheets.map((s) => s.name)).toEqual([
      "Targets",
      "Actuals",
      "Progress",
      "Signings",
      "Sources",
      "Checks",
      "Briefing",
      "Indicators",
    ]);
    const targets = context.workbook.sheet("Targets");
    expect(targets.cell("A1")!.value).toBe("Code");
    const icRow = [...Array(20).keys()].map((i) => i + 2).find((r) => targets.cell(`A${r}`)?.value === "IC")!;
    expect(targets.cell(`F${icRow}`)!.value).toBe(414);
    expect(targets.cell(`F${icRow}`)!.format).toBe('#,##0.0 "bn"');
    expect(targets.cell(`K${icRow}`)!.formula).toBe(`=A${icRow}&"|"&B${icRow}&"|"&D${icRow}`);
    expect(targets.freezePanes.frozenRows).toBe(1);
    expect(context.workbook.tableList.map((t) => t.name)).toEqual([
      "tblTargets",
      "tblActuals",
      "tblProgress",
      "tblSignings",
      "tblSources",
      "tblChecks",
      "tblBriefing",
      "tblIndicators",
    ]);
    const progress = context.workbook.sheet("Progress");
    expect(progress.cell("H2")!.formula).toContain("Targets!$K:$K");
    expect(progress.cell("O2")!.formula).toMatch(/^=IF\(/); // Status: a live formula, not text, though the column is text
    expect(progress.cell("G2")!.formula).toMatch(/^=IF\(/);
    // the status colours cover every Progress row, one an indicator of the catalog
    const last = summary.sheets.find((s) => s.name === "Progress")!.rows + 1;
    expect(progress.conditional.some((c) => c.address === `O2:O${last}` && c.fill === "#C6EFCE")).toBe(true);
    expect(context.workbook.sheet("Briefing").charts.items).toHaveLength(1);
    expect(context.suspended).toBeGreaterThanOrEqual(1);
  });

  it("sets every sheet to print landscape, fitted to the page width with its header row repeated; Briefing on one page", async () => {
    const context = new FakeContext();
    await refresh(context);
    for (const sheet of context.workbook.sheets) {
      expect(sheet.pageLayout.orientation).toBe("Landscape");
      expect(sheet.pageLayout.printTitleRows).toBe("$1:$1");
      expect(sheet.pageLayout.zoom.horizontalFitToPages).toBe(1);
    }
    expect(context.workbook.sheet("Sources").pageLayout.zoom.verticalFitToPages).toBe(0);
    expect(context.workbook.sheet("Briefing").pageLayout.zoom).toEqual({
      horizontalFitToPages: 1,
      verticalFitToPages: 1,
    });
  });

  it("stays within 3 syncs for 10,000 rows", async () => {
    const big = buildWorkbookPlan(syntheticDataset(10000));
    const context = new FakeContext();
    const summary = await refresh(context, big);
    expect(summary.sheets.find((s) => s.name === "Sources")!.rows).toBe(10000);
    expect(context.syncs).toBeLessThanOrEqual(3);
  });

  it("keeps analyst rows and notes on a second refresh, and gives identical sheets", async () => {
    const context = new FakeContext();
    await refresh(context);
    const actuals = context.workbook.sheet("Actuals");
    const lastRow = [...actuals.cells.keys()].filter((k) => k.startsWith("A")).length; // header + rows
    actuals.cells.set(`K2`, { value: "checked", formula: null, format: "@" });
    const row = lastRow + 1;
    const add = (col: string, value: string | number) =>
      actuals.cells.set(`${col}${row}`, { value, formula: null, format: "General" });
    add("A", "IC");
    add("B", "Shanghai");
    add("D", 2023);
    add("E", "=");
    add("F", 280);
    add("G", "CNY bn");
    context.workbook.tableList.find((t) => t.name === "tblActuals")!.address = `A1:K${row}`;

    const second = await refresh(context);
    expect(second.analystRows).toBe(1);
    expect(second.notesKept).toBe(1);
    expect(second.workbookFacts).toEqual([
      expect.objectContaining({ indicator: "IC", year: 2023, value: 280e9, kind: "actual" }),
    ]);
    expect(actuals.cell("K2")!.value).toBe("checked");
    expect(actuals.cell(`F${row}`)!.value).toBe(280);
    expect(actuals.cell(`H${row}`)!.formula).toBe(`=A${row}&"|"&B${row}&"|"&D${row}&IF(L${row}="","","|"&L${row})`);

    const snapshot = (name: string) => JSON.stringify([...context.workbook.sheet(name).cells.entries()].sort());
    const before = ["Targets", "Actuals", "Progress", "Briefing"].map(snapshot);
    await refresh(context);
    expect(["Targets", "Actuals", "Progress", "Briefing"].map(snapshot)).toEqual(before);
    expect(context.workbook.sheets).toHaveLength(8);
    expect(context.workbook.sheet("Briefing").charts.items).toHaveLength(1);
    expect(context.workbook.sheet("Progress").conditional).toHaveLength(7);
  });

  it("keeps an analyst's own formula a formula, and their text that looks like one text", async () => {
    const context = new FakeContext();
    await refresh(context);
    const actuals = context.workbook.sheet("Actuals");
    const row = [...actuals.cells.keys()].filter((k) => /^A\d+$/.test(k)).length + 1;
    const put = (col: string, value: string | number, formula: string | null = null, format = "General") =>
      actuals.cells.set(`${col}${row}`, { value, formula, format });
    put("A", "AI");
    put("B", "Shanghai");
    put("D", 2023);
    put("E", "=");
    put("F", 280, "=200+80");
    put("G", "CNY bn");
    put("K", "=see the 2024 report", null, "@");
    actuals.cells.set("K2", { value: 10, formula: "=5+5", format: "General" }); // a formula in one note …
    actuals.cells.set("K3", { value: "=text, not a formula", formula: null, format: "@" }); // … text in another
    context.workbook.tableList.find((t) => t.name === "tblActuals")!.address = `A1:K${row}`;
    await refresh(context);
    expect(actuals.cell(`F${row}`)).toMatchObject({ formula: "=200+80" });
    expect(actuals.cell(`K${row}`)).toMatchObject({ value: "=see the 2024 report", formula: null });
    expect(actuals.cell("K2")).toMatchObject({ formula: "=5+5" });
    expect(actuals.cell("K3")).toMatchObject({ value: "=text, not a formula", formula: null });
  });

  it("never overwrites a sheet the analyst made: ours goes to 'Targets (2)' and the analyst is told", async () => {
    const context = new FakeContext();
    const mine = context.workbook.addSheet("Targets");
    mine.cells.set("A1", { value: "my own notes", formula: null, format: "General" });
    const summary = await refresh(context);
    expect(mine.cell("A1")!.value).toBe("my own notes");
    expect(summary.sheets[0]).toMatchObject({ name: "Targets (2)", table: "tblTargets" });
    expect(summary.messages[0]).toContain('A sheet named "Targets" is yours');
    expect(context.workbook.sheet("Progress").cell("H2")!.formula).toContain("'Targets (2)'!$K:$K");
  });

  it("writes document text starting with =, +, - or @ as text, never as a formula", async () => {
    const p = plan();
    const sources = p.sheets.find((s) => s.name === "Sources")!;
    sources.rows[0].cells[11] = '=WEBSERVICE("http://x")';
    sources.rows[1].cells[3] = "@evil";
    const context = new FakeContext();
    await refresh(context, p);
    const sheet = context.workbook.sheet("Sources");
    expect(sheet.cell("L2")).toMatchObject({ value: '=WEBSERVICE("http://x")', formula: null, format: "@" });
    expect(sheet.cell("D3")).toMatchObject({ value: "@evil", formula: null });
  });
});
