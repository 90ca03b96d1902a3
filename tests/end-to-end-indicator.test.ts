/**
 * An analyst's own indicator, end to end: defined in a CSV (or in the workbook's Indicators table), named by a
 * document the analyst adds, its facts link to it, every SH function answers for it, the workbook carries it and
 * LibreOffice recalculates that workbook without an error cell. The indicator and the documents are made up for
 * this test; no figure here is a real one.
 */
import { execFileSync, spawnSync } from "child_process";
import ExcelJS from "exceljs";
import * as fs from "fs";
import * as os from "os";
import * as path from "path";
import { addIndicatorDefinition, defaultCatalog } from "../src/core/catalog";
import { buildDataset } from "../src/core/dataset/build";
import { extract } from "../src/core/extract";
import {
  buildWorkbookPlan,
  definitionsFromTable,
  indicatorsSheet,
  indicatorsTableRow,
  trackerDefinitionFiles,
  type CellValue,
} from "../src/core/sheets";
import { refreshTrackingSheets } from "../src/excel/refresh";
import { readWorkbookFacts } from "../src/excel/workbook-facts";
import { runCli as run } from "./helpers/run-cli";
import { createFunctions } from "../src/functions/engine";
import { Store } from "../src/functions/store";
import { FakeContext } from "./helpers/fake-excel";
import { seedDocuments } from "./helpers/seeds";

const dir = fs.mkdtempSync(path.join(os.tmpdir(), "plan-tracker-own-indicator-"));
const docs = path.join(dir, "docs");
fs.mkdirSync(docs);
const CATALOG = path.join(dir, "my-indicators.csv");
fs.writeFileSync(
  CATALOG,
  [
    "code,name,aliases,unit,region,plan,periodStart,periodEnd,nameZh",
    "ROBOT_PARKS,Robotics innovation parks,robotics innovation parks;robotics innovation park;机器人创新园区,parks,Shanghai,14FYP,2021,2025,机器人创新园区",
    "",
  ].join("\n"),
);
const ENGLISH = [
  "Shanghai counts its robotics innovation parks",
  "",
  "Shanghai had 12 robotics innovation parks at the end of 2020, the city's industry bureau said on Monday.",
  "",
  "Under the new programme, Shanghai will have more than 30 robotics innovation parks by 2025.",
  "",
  "The city had 21 robotics innovation parks at the end of 2023, officials added.",
  "",
].join("\n");
const CHINESE = "上海机器人创新园区建设提速\n\n2024年末，上海已建成机器人创新园区24个。\n";
fs.writeFileSync(path.join(docs, "robotics-parks.txt"), ENGLISH);
fs.writeFileSync(path.join(docs, "robotics-parks-zh.txt"), CHINESE);
fs.writeFileSync(
  path.join(docs, "documents.json"),
  JSON.stringify([
    {
      file: "robotics-parks.txt",
      title: "Robotics parks",
      outlet: "Test Daily",
      date: "2024-01-15",
      region: "Shanghai",
    },
    {
      file: "robotics-parks-zh.txt",
      title: "机器人创新园区",
      outlet: "测试日报",
      date: "2025-02-10",
      region: "Shanghai",
    },
  ]),
);

const own = ["--catalog", CATALOG, "--docs", docs];

describe("an indicator defined in a CSV, on the command line", () => {
  it("links the figures of a new document, English and Chinese, by its aliases", async () => {
    const { code, out } = await run("extract", "--format", "json", "--catalog", CATALOG, "--docs", docs);
    expect(code).toBe(0);
    const linked = JSON.parse(out)
      .filter((f: { indicator: string }) => f.indicator === "ROBOT_PARKS")
      .map((f: { kind: string; year: number; value: number; comparator: string }) => [
        f.kind,
        f.year,
        f.value,
        f.comparator,
      ]);
    expect(linked).toEqual([
      ["actual", 2024, 24, "="],
      ["actual", 2020, 12, "="],
      ["target", 2025, 30, ">"],
      ["actual", 2023, 21, "="],
    ]);
    // without the definition nothing links to it
    const plain = await run("extract", "--format", "json", path.join(docs, "robotics-parks.txt"));
    expect(JSON.parse(plain.out).every((f: { indicator: string | null }) => f.indicator === null)).toBe(true);
  });

  it("answers SH.TARGET, SH.ACTUAL, SH.STATUS and the rest for it", async () => {
    const value = async (formula: string) => {
      const result = await run("eval", ...own, formula);
      expect(result.code).toBe(0);
      return result.out;
    };
    expect(await value('=SH.TARGET("ROBOT_PARKS",2025)')).toBe("30");
    expect(await value('=SH.TARGET("robotics innovation parks")')).toBe("30");
    expect(await value('=SH.BASELINE("ROBOT_PARKS")')).toBe("12");
    expect(await value('=SH.ACTUAL("ROBOT_PARKS",2023)')).toBe("21");
    expect(await value('=SH.LATEST("ROBOT_PARKS")')).toBe("24");
    // 12 -> 24 over 2020-24 is 18.9 % a year against the 20.1 % that 30 by 2025 needs: 0.94 of it
    expect(await value('=SH.STATUS("ROBOT_PARKS")')).toBe("Acceleration needed");
    expect(await value('=SH.STATUS("ROBOT_PARKS",2024,26)')).toBe("On track");
    expect(await value('=SH.PROGRESS("ROBOT_PARKS")')).toBe("0.666666666667"); // (24 - 12) / (30 - 12)
    expect(await value('=SH.INFO("ROBOT_PARKS","namezh")')).toBe("机器人创新园区");
    expect(await value('=SH.INFO("ROBOT_PARKS","planid")')).toBe("14FYP");
    expect(await value('=SH.SOURCE("ROBOT_PARKS",2025)')).toContain("[robotics-parks.txt]");
    expect((await value('=SH.INDICATORS("Shanghai","14FYP")')).split("\n").map((l) => l.split("\t")[0])).toContain(
      "ROBOT_PARKS",
    );
  });

  it("lists it among the targets", async () => {
    const { code, out } = await run("targets", ...own);
    expect(code).toBe(0);
    const line = out.split("\n").find((l) => l.startsWith("ROBOT_PARKS"))!;
    expect(line).toMatch(/12 parks \(2020\)\s+more than 30 parks \(2025\)\s+24 parks \(2024\)/);
    expect(line).toContain("Acceleration needed");
  });

  it("scores it on the plan's scorecard, and checks read the same inputs", async () => {
    const card = await run("scorecard", ...own, "--plan", "14FYP");
    expect(card.code).toBe(0);
    expect(card.out).toContain(
      "ROBOT_PARKS: 20.0 % short as of 2024, the latest whole-year figure; 2025 not yet reported (24 parks in 2024 against more than 30 parks)",
    );
    const checks = await run("checks", ...own);
    expect(checks.code).toBe(0);
    expect((await run("checks", "--catalog", path.join(dir, "missing.csv"))).err).toContain("no such file");
  });

  it("stops at a bad definitions file, naming its row and field, and reads nothing of it", async () => {
    const bad = path.join(dir, "bad.csv");
    fs.writeFileSync(
      bad,
      "code,name,aliases,unit,region,plan,periodStart,periodEnd\nROBOT_PARKS,Parks,integrated circuits,parks,Shanghai,14FYP,2021,2025\n",
    );
    const { code, err } = await run("targets", "--catalog", bad);
    expect(code).toBe(2);
    expect(err).toContain(
      'bad.csv row 2, field "aliases": "integrated circuits" is already claimed by IC (data/indicators.csv row 2)',
    );
  });

  const soffice = spawnSync("sh", ["-c", "command -v soffice"], { encoding: "utf8" }).stdout.trim();
  // LibreOffice is installed by .ci/run; on a machine without it this check is skipped, not faked.
  (soffice ? it : it.skip)(
    "writes a workbook that carries it in Indicators, Targets, Actuals and Progress, and LibreOffice recalculates it without an error",
    async () => {
      const out = path.join(dir, "mine.xlsx");
      const written = await run("workbook", ...own, "--out", out);
      expect(written.code).toBe(0);
      const book = new ExcelJS.Workbook();
      await book.xlsx.readFile(out);
      const column = (sheet: string, header: string) => {
        const ws = book.getWorksheet(sheet)!;
        const at = (ws.getRow(1).values as unknown[]).indexOf(header);
        return ws.getColumn(at).values.slice(2);
      };
      expect(column("Indicators", "code")).toContain("ROBOT_PARKS");
      expect(column("Targets", "Code")).toContain("ROBOT_PARKS");
      expect(column("Actuals", "Code").filter((c) => c === "ROBOT_PARKS")).toHaveLength(3);
      expect(column("Progress", "Code")).toContain("ROBOT_PARKS");

      const profile = path.join(dir, "profile", "user");
      fs.mkdirSync(profile, { recursive: true });
      // a fresh profile told to recalculate .xlsx files on load, so the cached results prove nothing
      fs.writeFileSync(
        path.join(profile, "registrymodifications.xcu"),
        `<?xml version="1.0" encoding="UTF-8"?>
<oor:items xmlns:oor="http://openoffice.org/2001/registry" xmlns:xs="http://www.w3.org/2001/XMLSchema" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">
<item oor:path="/org.openoffice.Office.Calc/Formula/Load"><prop oor:name="OOXMLRecalcMode" oor:op="fuse"><value>0</value></prop></item>
</oor:items>`,
      );
      const csvDir = path.join(dir, "csv");
      execFileSync(
        soffice,
        [
          "--headless",
          `-env:UserInstallation=file://${dir}/profile`,
          "--convert-to",
          "csv:Text - txt - csv (StarCalc):44,34,76,1,,0,false,true,false,false,false,-1",
          "--outdir",
          csvDir,
          out,
        ],
        { stdio: "pipe", timeout: 120000 },
      );
      const sheets = fs.readdirSync(csvDir);
      expect(sheets).toContain("mine-Indicators.csv");
      for (const sheet of sheets)
        expect(fs.readFileSync(path.join(csvDir, sheet), "utf8")).not.toMatch(
          /#N\/A|#VALUE!|#NAME\?|#REF!|#DIV\/0!|Err:\d+/,
        );
      const progress = fs.readFileSync(path.join(csvDir, "mine-Progress.csv"), "utf8").split("\n");
      const row = progress.find((line) => line.startsWith("ROBOT_PARKS,"))!;
      expect(row).toContain("Acceleration needed");
      expect(row).toContain("66.6666666666667%"); // progress (24 - 12) / (30 - 12), recalculated by LibreOffice
    },
    180000,
  );
});

describe("an indicator the analyst adds in the workbook's Indicators table", () => {
  it("extends the catalog after a refresh; its row survives the next refresh; SH functions answer for it", async () => {
    const seeds = buildDataset(seedDocuments());
    const store = new Store({ documents: seeds.documents, facts: seeds.facts });
    const context = new FakeContext();
    const excel = context as unknown as Excel.RequestContext;
    await refreshTrackingSheets(buildWorkbookPlan(store.documentDataset()), excel);

    // The analyst types a row under the tracker's rows of tblIndicators (the table grows with it).
    const table = context.workbook.tableList.find((t) => t.name === "tblIndicators" && !t.deleted)!;
    const sheet = context.workbook.sheet("Indicators");
    const last = Number(/(\d+)$/.exec(table.address)![1]);
    const header = [...Array(16).keys()].map((c) => sheet.cell(`${String.fromCharCode(65 + c)}1`)?.value);
    const typed: Record<string, string | number> = {
      code: "ROBOT_PARKS",
      name: "Robotics innovation parks",
      aliases: "robotics innovation parks",
      unit: "parks",
      region: "Shanghai",
      plan: "14FYP",
      periodStart: 2021,
      periodEnd: 2025,
      notes: "added by hand",
    };
    header.forEach((h, c) => {
      if (typeof h === "string" && h in typed)
        sheet.getRange(`${String.fromCharCode(65 + c)}${last + 1}`).values = [[typed[h]]];
    });
    table.address = table.address.replace(/\d+$/, String(last + 1));

    expect(await readWorkbookFacts(excel, store)).toEqual([]);
    expect(store.catalog().findIndicator("robotics innovation parks")?.code).toBe("ROBOT_PARKS");
    expect(store.catalog().getIndicator("ROBOT_PARKS").definedIn).toBe(`Indicators sheet row ${last + 1}`);

    // A document added afterwards links to it; the functions answer at once.
    const facts = extract(ENGLISH, {
      doc: "robotics-parks.txt",
      date: "2024-01-15",
      region: "Shanghai",
      catalog: store.catalog(),
    });
    store.addDocument(
      { file: "robotics-parks.txt", title: "Robotics parks", outlet: null, date: "2024-01-15", region: "Shanghai" },
      facts,
    );
    const sh = createFunctions(() => store.dataset());
    expect(sh.TARGET("ROBOT_PARKS", 2025)).toBe(30);
    expect(sh.ACTUAL("ROBOT_PARKS", 2023)).toBe(21);
    expect(sh.STATUS("ROBOT_PARKS")).toBe("On track"); // 12 -> 21 over 2020-23 is 20.5 % a year, 20.1 % needed

    // The next refresh writes its targets and keeps the analyst's row (and note) once.
    const summary = await refreshTrackingSheets(buildWorkbookPlan(store.documentDataset()), excel);
    expect(summary.analystRows).toBeGreaterThanOrEqual(1);
    const column = (name: string, letter: string) => {
      const rows = summary.sheets.find((s) => s.name === name)!.rows;
      return [...Array(rows).keys()].map((r) => context.workbook.sheet(name).cell(`${letter}${r + 2}`)?.value);
    };
    expect(column("Indicators", "A").filter((c) => c === "ROBOT_PARKS")).toHaveLength(1);
    expect(column("Targets", "A")).toContain("ROBOT_PARKS");
    expect(column("Progress", "A")).toContain("ROBOT_PARKS");
    expect(column("Indicators", "P")).toContain("added by hand");
  });

  it("leaves the catalog as it was when a row is bad, and says which row and field", async () => {
    const store = new Store({ documents: [], facts: [] });
    const problems = store.setDefinitions([
      {
        file: "Indicators sheet",
        text: "code,name,aliases,unit,region,plan,periodStart,periodEnd\nPARKS,Parks,parks,percent,Shanghai,14FYP,2021,2025\n",
      },
    ]);
    expect(problems.map((p) => [p.file, p.row, p.field])).toEqual([["Indicators sheet", 2, "unit"]]);
    expect(store.catalog()).toBe(defaultCatalog());
  });
});

describe("the pane's Add an indicator form calls addIndicatorDefinition", () => {
  it("returns the extended catalog and the row for tblIndicators, or each problem in words", () => {
    const added = addIndicatorDefinition(defaultCatalog(), {
      code: "robot_parks",
      name: "Robotics innovation parks",
      aliases: ["robotics innovation parks", "机器人创新园区"],
      unit: "parks",
      region: "Shanghai",
      plan: "14FYP",
      periodStart: 2021,
      periodEnd: 2025,
    });
    expect(added.ok).toBe(true);
    if (!added.ok) return;
    expect(added.catalog.findIndicator("机器人创新园区")?.code).toBe("ROBOT_PARKS");
    expect(added.row).toMatchObject({
      code: "ROBOT_PARKS",
      aliases: "robotics innovation parks;机器人创新园区",
      unitClass: "count",
    });
    expect(defaultCatalog().findIndicator("ROBOT_PARKS")).toBeUndefined();

    const refused = addIndicatorDefinition(defaultCatalog(), {
      code: "IC",
      name: "Chips",
      aliases: "chips",
      unit: "CNY",
      region: "Shanghai",
      periodStart: 2026,
      periodEnd: 2021,
    });
    expect(refused.ok).toBe(false);
    if (refused.ok) return;
    expect(refused.errors).toEqual([
      { field: "periodEnd", message: "the period ends (2021) before it starts (2026)" },
      {
        field: "code",
        message: "IC is already defined for Shanghai (data/indicators.csv row 2); a code is unique in its region",
      },
    ]);
    expect(refused.message).toContain("periodEnd: the period ends (2021) before it starts (2026)");
  });

  it("through the store: the catalog grows at once, and the workbook's own row for it later takes its place", () => {
    const store = new Store({ documents: [], facts: [] });
    const draft = {
      code: "ROBOT_PARKS",
      name: "Robotics innovation parks",
      aliases: "robotics innovation parks",
      unit: "parks",
      region: "Shanghai",
      plan: "14FYP",
      periodStart: 2021,
      periodEnd: 2025,
    };
    let changes = 0;
    store.subscribe(() => changes++);
    const added = store.addDefinition(draft);
    expect(added.ok).toBe(true);
    expect(changes).toBe(1);
    expect(store.catalog().getIndicator("ROBOT_PARKS").definedIn).toBe("Add an indicator form row 1");
    expect(store.addDefinition(draft)).toMatchObject({ ok: false });
    expect(changes).toBe(1);
    // the pane wrote the row into tblIndicators; read back, it is the workbook's definition and not a duplicate
    const sheet = indicatorsSheet(store.catalog());
    const table = [
      sheet.columns.map((c) => c.header),
      ...sheet.rows.map((r) => r.cells as CellValue[]),
      indicatorsTableRow(added.ok ? added.row : {}),
    ];
    // the tracker writes the form's row too (defined in "Add an indicator form"); the pane's own copy is the analyst's
    const mine = table.filter((r) => r[0] === "ROBOT_PARKS");
    expect(mine.map((r) => r[sheet.columns.findIndex((c) => c.key === "definedIn")])).toEqual([
      "Add an indicator form",
      "",
    ]);
    const withoutTrackerCopy = table.filter((r, i) => i === table.length - 1 || r[0] !== "ROBOT_PARKS");
    const source = definitionsFromTable(withoutTrackerCopy, trackerDefinitionFiles(store.baseCatalog()))!;
    expect(store.setDefinitions([source])).toEqual([]);
    expect(store.catalog().getIndicator("ROBOT_PARKS").definedIn).toBe(`Indicators sheet row ${table.length - 1}`);
    expect(store.catalog().indicators.filter((i) => i.code === "ROBOT_PARKS")).toHaveLength(1);
  });
});
