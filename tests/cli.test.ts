import { execFileSync, spawnSync } from "child_process";
import * as fs from "fs";
import * as os from "os";
import * as path from "path";
import { runCli as run } from "./helpers/run-cli";
import { ROOT, SEEDS } from "./helpers/seeds";

const tmp = fs.mkdtempSync(path.join(os.tmpdir(), "plan-tracker-cli-"));
const seedFiles = fs
  .readdirSync(SEEDS)
  .filter((f) => f.endsWith(".txt"))
  .map((f) => path.join(SEEDS, f));

describe("plan-tracker extract", () => {
  it("prints one JSON array of facts whose quotes are verbatim at their offsets", async () => {
    const { code, out } = await run("extract", "--format", "json", ...seedFiles);
    expect(code).toBe(0);
    const facts = JSON.parse(out);
    expect(facts.length).toBeGreaterThan(80);
    for (const fact of facts) {
      const text = fs.readFileSync(path.join(SEEDS, fact.doc), "utf8");
      expect(text.slice(fact.start, fact.end)).toBe(fact.quote);
    }
  });

  it("uses --date and --region for relative years and places", async () => {
    const file = path.join(tmp, "note.txt");
    fs.writeFileSync(file, "AI output reached 500 billion yuan last year.");
    // catalog indicators belong to a region (AI is Shanghai's), so the region decides the link too
    const { out } = await run("extract", "--format", "json", "--date", "2026-03-01", "--region", "Shanghai", file);
    expect(JSON.parse(out)[0]).toMatchObject({ indicator: "AI", year: 2025, region: "Shanghai", value: 500e9 });
    const elsewhere = await run("extract", "--format", "json", "--date", "2026-03-01", "--region", "Hangzhou", file);
    expect(JSON.parse(elsewhere.out)[0]).toMatchObject({
      indicator: null,
      year: 2025,
      region: "Hangzhou",
      value: 500e9,
    });
  });

  it("writes CSV with the quote, and a table by default", async () => {
    const csv = await run("extract", "--format", "csv", seedFiles[3]);
    expect(csv.out.split("\n")[0]).toBe(
      "doc,kind,indicator,subject,year,comparator,value,unit,measure,region,quote,period,document_date,date_from",
    );
    expect(csv.out).toContain("207000000000");
    const table = await run("extract", seedFiles[3]);
    expect(table.out).toContain("207 bn yuan");
  });

  it("reads .html as the text a reader sees, never its scripts, and links 'it' to the previous paragraph's indicator", async () => {
    const file = path.join(tmp, "page.html");
    fs.writeFileSync(
      file,
      '<html><script>var s = "400 billion yuan";</script><body><p>Shanghai&rsquo;s artificial intelligence industry reached &yen;150 billion in 2023.</p><p>The city expects it to exceed 300 billion yuan by 2027.</p></body></html>',
    );
    const facts = JSON.parse(
      (await run("extract", "--format", "json", "--date", "2024-05-01", "--region", "Shanghai", file)).out,
    );
    expect(
      facts.map((f: { indicator: string; kind: string; year: number; value: number; quote: string }) => [
        f.indicator,
        f.kind,
        f.year,
        f.value,
        f.quote,
      ]),
    ).toEqual([
      ["AI", "actual", 2023, 150e9, "Shanghai’s artificial intelligence industry reached ¥150 billion in 2023."],
      ["AI", "target", 2027, 300e9, "The city expects it to exceed 300 billion yuan by 2027."],
    ]);
    const csv = (await run("extract", "--format", "csv", "--date", "2024-05-01", file)).out.split("\n");
    expect(csv[1].split(",")[5]).toBe("="); // a comparator is data, not a formula to defuse
  });

  it("names a missing, empty or binary file in one line, exits non-zero, and still reads the others", async () => {
    const empty = path.join(tmp, "empty.txt");
    const binary = path.join(tmp, "image.txt");
    fs.writeFileSync(empty, "");
    fs.writeFileSync(binary, Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x00, 0x01, 0x02]));
    const { code, out, err } = await run(
      "extract",
      "--format",
      "json",
      path.join(tmp, "missing.txt"),
      empty,
      binary,
      seedFiles[4],
    );
    expect(code).toBe(1);
    expect(err.split("\n")).toEqual([
      expect.stringMatching(/missing\.txt: no such file$/),
      expect.stringMatching(/empty\.txt: is empty$/),
      expect.stringMatching(/image\.txt: looks binary/),
    ]);
    expect(JSON.parse(out).map((f: { indicator: string }) => f.indicator)).toEqual(["RD_GDP", "RD_GDP"]);
  });

  it("rejects bad options with a usage message and exit code 2", async () => {
    expect(await run("extract", "--format", "xml", seedFiles[0])).toMatchObject({
      code: 2,
      err: expect.stringContaining("--format must be one of json, csv, table"),
    });
    expect(await run("extract", "--date", "tomorrow", seedFiles[0])).toMatchObject({
      code: 2,
      err: expect.stringContaining("--date must be YYYY-MM-DD"),
    });
    expect(await run("extract")).toMatchObject({ code: 2, err: expect.stringContaining("needs at least one FILE") });
    expect(await run("frobnicate")).toMatchObject({
      code: 2,
      err: expect.stringContaining('unknown command "frobnicate"'),
    });
  });
});

describe("plan-tracker targets and checks", () => {
  it("shows IC 207 bn (2020) -> more than 414 bn (2025) judged on the reported 2025 figure, and NEV 238,600 -> 1.2 m", async () => {
    const { code, out } = await run("targets");
    expect(code).toBe(0);
    const ic = out.split("\n").find((l) => l.startsWith("IC "))!;
    expect(ic).toMatch(/207 bn yuan \(2020\)\s+more than 414 bn yuan \(2025, derived\)\s+\S.* \(2025\)\s+14\.87 %/);
    expect(ic).not.toContain("Insufficient data");
    const nev = out.split("\n").find((l) => l.startsWith("NEV "))!;
    expect(nev).toMatch(/238,600 vehicles \(2020\)\s+(more than|at least) 1\.2 m vehicles \(2025\).*38\.13 %/);
  });

  it("takes --method projection and refuses other methods", async () => {
    expect((await run("targets", "--method", "projection")).out).toContain("method: projection");
    expect((await run("targets", "--method", "guess")).code).toBe(2);
  });

  it("lists the GIPC2021 conflict and the GIPC2022 mismatch", async () => {
    const { out } = await run("checks");
    expect(out).toContain(
      "489.8 bn yuan (000_440698156d5b7bd9.txt) vs 490 bn yuan (001_12f22c12c748e930.txt) — agree within rounding",
    );
    expect(out).toMatch(
      /FAIL GIPC2022 projects: Three strategic pillars 90 projects \+ Six key areas 247 projects = 337 projects; stated total 322 projects — MISMATCH by 15 projects/,
    );
  });
});

describe("the installed command", () => {
  it("runs as npx plan-tracker from the repository root", () => {
    const out = execFileSync("node", [path.join(ROOT, "bin", "plan-tracker.js"), "targets"], {
      cwd: ROOT,
      encoding: "utf8",
    });
    expect(out).toContain("more than 414 bn yuan (2025, derived)");
  });

  it("prints no stack trace for a missing file", () => {
    const result = spawnSync("node", [path.join(ROOT, "bin", "plan-tracker.js"), "extract", "nowhere.txt"], {
      cwd: ROOT,
      encoding: "utf8",
    });
    expect(result.status).toBe(1);
    expect(result.stderr.trim()).toBe("plan-tracker: nowhere.txt: no such file");
  });
});
