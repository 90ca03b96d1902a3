import { execFileSync, spawnSync } from "child_process";
import ExcelJS from "exceljs";
import * as fs from "fs";
import * as os from "os";
import * as path from "path";
import { buildDataset } from "../src/core/dataset/build";
import { buildWorkbookPlan } from "../src/core/sheets";
import { writeXlsx } from "../src/xlsx/write";
import { seedDocuments } from "./helpers/seeds";

const soffice = spawnSync("sh", ["-c", "command -v soffice"], { encoding: "utf8" }).stdout.trim();
// LibreOffice is installed by .ci/run; on a machine without it these checks are skipped, not faked.
const withLibreOffice = soffice ? describe : describe.skip;

withLibreOffice("the workbook in LibreOffice", () => {
  it("recalculates every sheet without an error cell, and Progress matches the core", async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), "plan-tracker-lo-"));
    const dataset = buildDataset(seedDocuments());
    const plan = buildWorkbookPlan(dataset);
    const actuals = plan.sheets.find((s) => s.name === "Actuals")!;
    actuals.rows.push({
      cells: ["IC", "Shanghai", "", 2023, "=", 280, "CNY bn", actuals.rows[0].cells[7], "", "", "analyst"],
    });
    fs.writeFileSync(path.join(dir, "tracker.xlsx"), (await writeXlsx(plan)).data);
    // A fresh profile told to recalculate .xlsx files on load, so the cached results prove nothing.
    fs.mkdirSync(path.join(dir, "profile", "user"), { recursive: true });
    fs.writeFileSync(
      path.join(dir, "profile", "user", "registrymodifications.xcu"),
      `<?xml version="1.0" encoding="UTF-8"?>
<oor:items xmlns:oor="http://openoffice.org/2001/registry" xmlns:xs="http://www.w3.org/2001/XMLSchema" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">
<item oor:path="/org.openoffice.Office.Calc/Formula/Load"><prop oor:name="OOXMLRecalcMode" oor:op="fuse"><value>0</value></prop></item>
</oor:items>`,
    );
    execFileSync(
      soffice,
      [
        "--headless",
        `-env:UserInstallation=file://${dir}/profile`,
        "--convert-to",
        "csv:Text - txt - csv (StarCalc):44,34,76,1,,0,false,true,false,false,false,-1",
        "--outdir",
        dir,
        path.join(dir, "tracker.xlsx"),
      ],
      { stdio: "pipe", timeout: 120000 },
    );
    const sheets = fs.readdirSync(dir).filter((f) => f.endsWith(".csv"));
    expect(sheets.sort()).toEqual(
      ["Actuals", "Briefing", "Checks", "Indicators", "Progress", "Signings", "Sources", "Targets"].map(
        (s) => `tracker-${s}.csv`,
      ),
    );
    for (const sheet of sheets)
      expect(fs.readFileSync(path.join(dir, sheet), "utf8")).not.toMatch(
        /#N\/A|#VALUE!|#NAME\?|#REF!|#DIV\/0!|Err:\d+/,
      );
    const progress = fs.readFileSync(path.join(dir, "tracker-Progress.csv"), "utf8").split("\n");
    const ic = progress.find((line) => line.startsWith("IC,"))!;
    expect(ic).toContain("Acceleration needed");
    expect(progress.find((line) => line.startsWith("NEV,"))).toContain("38.1345004175949%");
  }, 180000);

  it("prints the Briefing sheet on one landscape page (exported to PDF)", async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), "plan-tracker-pdf-"));
    const { data } = await writeXlsx(buildWorkbookPlan(buildDataset(seedDocuments())));
    // Only visible sheets are printed: hide the others, so the PDF holds the Briefing sheet alone.
    const book = new ExcelJS.Workbook();
    await book.xlsx.load(Buffer.from(data) as unknown as ArrayBuffer);
    for (const sheet of book.worksheets) if (sheet.name !== "Briefing") sheet.state = "hidden";
    // the active tab is shown whatever its state: make it the Briefing
    book.views = [
      {
        activeTab: book.worksheets.findIndex((w) => w.name === "Briefing"),
        firstSheet: 0,
        visibility: "visible",
        x: 0,
        y: 0,
        width: 20000,
        height: 12000,
      },
    ];
    await book.xlsx.writeFile(path.join(dir, "briefing.xlsx"));
    execFileSync(
      soffice,
      [
        "--headless",
        `-env:UserInstallation=file://${dir}/profile`,
        "--convert-to",
        "pdf",
        "--outdir",
        dir,
        path.join(dir, "briefing.xlsx"),
      ],
      { stdio: "pipe", timeout: 120000 },
    );
    const pdf = fs.readFileSync(path.join(dir, "briefing.pdf")).toString("latin1");
    const pages = pdf.match(/\/Type\s*\/Page(?!s)/g) ?? [];
    expect(pages).toHaveLength(1);
    // landscape: the page is wider than it is tall
    const [, , , width, height] = /\/MediaBox\s*\[\s*([\d.]+)\s+([\d.]+)\s+([\d.]+)\s+([\d.]+)/.exec(pdf)!.map(Number);
    expect(width).toBeGreaterThan(height);
  }, 180000);
});
