import ExcelJS from "exceljs";
import * as fs from "fs";
import * as os from "os";
import * as path from "path";
import { runCli as run } from "./helpers/run-cli";
import { makePdf } from "./helpers/make-pdf";
import { goldFacts, SEEDS, type GoldFact } from "./helpers/seeds";

interface PrintedFact {
  doc: string;
  indicator: string | null;
  kind: string;
  measure: string;
  year: number | null;
  period: unknown;
  value: number | null;
  unit: string;
  comparator: string;
  relative: unknown;
  region: string;
  quote: string;
  start: number;
  end: number;
  documentDate: string | null;
  dateFrom: string;
}

const tmp = fs.mkdtempSync(path.join(os.tmpdir(), "plan-tracker-dates-"));
const seedFiles = fs
  .readdirSync(SEEDS)
  .filter((f) => f.endsWith(".txt"))
  .map((f) => path.join(SEEDS, f));

function sameValue(a: number | null, b: number | null): boolean {
  if (a === null || b === null) return a === b;
  return Math.abs(a - b) <= 1e-9 * Math.max(1, Math.abs(b));
}

function matches(fact: PrintedFact, gold: GoldFact): boolean {
  return (
    fact.doc === gold.doc &&
    fact.indicator === gold.indicator &&
    fact.kind === gold.kind &&
    fact.measure === gold.measure &&
    fact.year === gold.year &&
    sameValue(fact.value, gold.value) &&
    fact.unit === gold.unit &&
    fact.comparator === gold.comparator &&
    JSON.stringify(fact.relative) === JSON.stringify(gold.relative) &&
    fact.region === gold.region &&
    fact.quote.includes(gold.quote)
  );
}

/** Gold facts no printed fact matches, and printed facts that match no gold fact (one-to-one). */
function compare(printed: PrintedFact[], gold: GoldFact[]) {
  const used = new Set<PrintedFact>();
  const missed = gold.filter((g) => {
    const hit = printed.find((f) => !used.has(f) && matches(f, g));
    if (hit) used.add(hit);
    return !hit;
  });
  return { missed, spurious: printed.filter((f) => !used.has(f)) };
}

describe("extract without --date dates each document from documents.json or its own text", () => {
  it("reads seeds/documents.json beside the seeds: the seed facts equal the gold, with no --date and no --region", async () => {
    const { code, out } = await run("extract", "--format", "json", ...seedFiles);
    expect(code).toBe(0);
    const printed: PrintedFact[] = JSON.parse(out);
    const { missed, spurious } = compare(printed, goldFacts());
    expect({ missed: missed.map((m) => `${m.doc} ${m.value} ${m.quote}`), spurious: spurious.length }).toEqual({
      missed: [],
      spurious: 0,
    });
    const signing2022 = printed.find((f) => f.value === 322 && f.doc.startsWith("000"))!;
    expect(signing2022).toMatchObject({ indicator: "GIPC2022", year: 2022, documentDate: "2022-06-16" });
    expect(new Set(printed.map((f) => f.dateFrom))).toEqual(new Set(["documents.json"]));
  });

  it("prints the same facts without --date as with each seed's own date", async () => {
    const without = JSON.parse((await run("extract", "--format", "json", seedFiles[0])).out);
    const withDate = JSON.parse((await run("extract", "--format", "json", "--date", "2022-06-16", seedFiles[0])).out);
    const strip = (facts: PrintedFact[]) => facts.map(({ dateFrom: _from, ...rest }) => rest);
    expect(strip(without)).toEqual(strip(withDate));
    expect(withDate[0].dateFrom).toBe("--date");
  });

  it("with no documents.json, dates 000 ('date 2022-06-16') and 004 ('DATE: Jan 24 2024') from their text, facts as the gold", async () => {
    const copies = [seedFiles[0], seedFiles[4]].map((file) => {
      const copy = path.join(tmp, path.basename(file));
      fs.copyFileSync(file, copy);
      return copy;
    });
    const { code, out, err } = await run("extract", "--format", "json", "--region", "Shanghai", ...copies);
    expect({ code, err }).toEqual({ code: 0, err: "" });
    const printed: PrintedFact[] = JSON.parse(out);
    expect(
      compare(
        printed,
        goldFacts().filter((g) => /^00[04]/.test(g.doc)),
      ),
    ).toEqual({ missed: [], spurious: [] });
    expect(printed.map((f) => `${f.doc.slice(0, 3)} ${f.documentDate} ${f.dateFrom}`)).toContain("000 2022-06-16 text");
    expect(printed.map((f) => `${f.doc.slice(0, 3)} ${f.documentDate} ${f.dateFrom}`)).toContain("004 2024-01-24 text");
    const table = await run("extract", "--region", "Shanghai", copies[0]);
    expect(table.err).toBe(
      `plan-tracker: ${path.basename(copies[0])}: dated 2022-06-16 from its text ("2022-06-16" at 6); 20 facts`,
    );
  });

  it("says so when nothing dates a document, and leaves 'last year' unresolved", async () => {
    const file = path.join(tmp, "undated.txt");
    fs.writeFileSync(file, "The river port handled 40 million tonnes of cargo last year.");
    const { out, err } = await run("extract", file);
    expect(err).toMatch(/undated\.txt: no date \(no --date, no documents\.json entry, none stated in the text\)/);
    expect(out).toContain("40 m");
    const [fact] = JSON.parse((await run("extract", "--format", "json", file)).out);
    expect(fact).toMatchObject({ year: null, documentDate: null, dateFrom: "none" });
  });

  it("takes a documents.json beside the files over the text, and --date over both", async () => {
    const dir = fs.mkdtempSync(path.join(tmp, "indexed-"));
    const file = path.join(dir, "port.txt");
    fs.writeFileSync(file, "date 2024-03-01\nThe river port handled 40 million tonnes of cargo last year.");
    fs.writeFileSync(
      path.join(dir, "documents.json"),
      JSON.stringify([{ file: "port.txt", title: "Port", outlet: null, date: "2021-05-01", region: "Wuhan" }]),
    );
    const indexed = JSON.parse((await run("extract", "--format", "json", file)).out)[0];
    expect(indexed).toMatchObject({
      year: 2020,
      region: "Wuhan",
      documentDate: "2021-05-01",
      dateFrom: "documents.json",
    });
    const given = JSON.parse((await run("extract", "--format", "json", "--date", "2019-01-01", file)).out)[0];
    expect(given).toMatchObject({ year: 2018, region: "Wuhan", dateFrom: "--date" });
    const csv = (await run("extract", "--format", "csv", file)).out.split("\n");
    expect(csv[0]).toBe(
      "doc,kind,indicator,subject,year,comparator,value,unit,measure,region,quote,period,document_date,date_from",
    );
    expect(csv[1].endsWith(",,2021-05-01,documents.json")).toBe(true);
  });

  it("refuses a documents.json whose date is not a day of the calendar, naming the file (exit 1, like an unreadable file)", async () => {
    const dir = fs.mkdtempSync(path.join(tmp, "bad-index-"));
    fs.writeFileSync(path.join(dir, "a.txt"), "Output reached 5 billion yuan in 2023.");
    fs.writeFileSync(
      path.join(dir, "documents.json"),
      JSON.stringify([{ file: "a.txt", title: "A", outlet: null, date: "2023-02-30", region: "Xi'an" }]),
    );
    expect(await run("extract", path.join(dir, "a.txt"))).toMatchObject({
      code: 1,
      err: expect.stringMatching(/documents\.json: the date of a\.txt, "2023-02-30", is not a day of the calendar/),
    });
  });

  it("workbook --docs adds the folder's PDFs and text files too, dating each from its text", async () => {
    const dir = fs.mkdtempSync(path.join(tmp, "docs-"));
    fs.writeFileSync(
      path.join(dir, "plan.pdf"),
      makePdf([{ lines: ["Published: 2024-04-08", "Shanghai's AI industry should exceed 600 billion yuan by 2027."] }]),
    );
    fs.writeFileSync(
      path.join(dir, "note.txt"),
      "date 2025-02-01\nShanghai's AI industry reached 450 billion yuan last year.",
    );
    const out = path.join(dir, "book.xlsx");
    const result = await run("workbook", "--docs", dir, "--out", out);
    expect(result).toMatchObject({ code: 0, err: "" });
    expect(result.out).toContain(`from ${seedFiles.length + 2} documents`); // the seeds and the folder's two
    const book = new ExcelJS.Workbook();
    await book.xlsx.readFile(out);
    const rows: string[] = [];
    for (const name of ["Targets", "Actuals"])
      book
        .getWorksheet(name)!
        .eachRow((row) => rows.push(`${name} ${(row.values as unknown[]).slice(1, 5).join(" ")}`));
    expect(rows.some((r) => /^Actuals AI .*2024/.test(r))).toBe(true); // "last year" of a note dated 2025-02-01
    expect(rows.some((r) => /^Targets AI .*2027/.test(r))).toBe(true); // from the PDF
  });

  it("prints a part-year figure's period: JSON {from, to}, CSV 'Jan-Jun', the table 'Jan-Jun 2024'", async () => {
    const file = path.join(tmp, "half.txt");
    fs.writeFileSync(file, "Shanghai produced 611,500 new energy vehicles in the first half of 2024.");
    const [fact] = JSON.parse((await run("extract", "--format", "json", "--region", "Shanghai", file)).out);
    expect(fact).toMatchObject({ indicator: "NEV", year: 2024, period: { from: 1, to: 6 }, value: 611500 });
    const csv = (await run("extract", "--format", "csv", "--region", "Shanghai", file)).out.split("\n");
    expect(csv[1].split(",").slice(-3)).toEqual(["Jan-Jun", "", "none"]);
    expect((await run("extract", "--region", "Shanghai", file)).out).toMatch(
      /NEV\s+new energy vehicles\s+Jan-Jun 2024\s+=/,
    );
  });

  it("refuses a --date that is not a day: 2025-13-45 and 2025-02-30 exit 2 with the reason", async () => {
    expect(await run("extract", "--date", "2025-13-45", seedFiles[0])).toEqual({
      code: 2,
      out: "",
      err: 'plan-tracker extract: --date must be YYYY-MM-DD or YYYY: "2025-13-45" has no month 13',
    });
    expect(await run("extract", "--date", "2025-02-30", seedFiles[0])).toMatchObject({
      code: 2,
      err: expect.stringContaining('"2025-02-30" is not a day of the calendar'),
    });
  });
});
