import * as fs from "fs";
import * as path from "path";
import { parseCsv, parseFigureSheet, parseFiguresCsv, parsePeriod } from "../src/core/figures";
import { formatPeriod, parsePeriodLabel } from "../src/core/format";

const FIXTURES = path.join(__dirname, "fixtures", "figures");
const read = (name: string) => fs.readFileSync(path.join(FIXTURES, name), "utf8");

describe("the reported-figures table", () => {
  const { rows, errors } = parseFiguresCsv(read("mixed.csv"), { doc: "mixed.csv" });

  it("keeps the good rows as facts in base units, each with its published source", () => {
    expect(rows.map((f) => [f.indicator, f.kind, f.year, f.period, f.value, f.unit, f.measure, f.comparator])).toEqual([
      ["IC", "actual", 2023, null, 300.5e9, "CNY", "level", "="],
      ["NEV", "actual", 2024, { from: 1, to: 6 }, 611500, "vehicles", "level", "="],
      ["RD_GDP", "actual", 2024, null, 0.044, "ratio", "share", "~"],
      ["GIPC2023", "signing", 2023, null, 450, "projects", "level", "="],
    ]);
    expect(rows[0].source).toEqual({
      url: "https://stats.example.org/ic-2023",
      publisher: "Example Statistics Bureau",
      published: "2024-02-20",
      note: "industry scale, as the plan defines it",
    });
    expect(rows[0]).toMatchObject({ doc: "mixed.csv", region: "Shanghai", subject: "IC", relative: null });
  });

  it("describes each table figure in its quote with publisher, date, period and address", () => {
    expect(rows[1].quote).toBe(
      "Reported figure, Example Daily, 2024-07-15: NEV actual Jan-Jun 2024 611,500 vehicles — https://news.example.org/nev-h1 [mixed.csv row 3]",
    );
    expect(rows[1].quote.slice(rows[1].start, rows[1].end)).toBe(rows[1].quote);
  });

  it("names every bad row with its row number and the reason", () => {
    expect(errors).toEqual([
      { row: 6, reason: expect.stringMatching(/^unknown indicator "XYZ": it is not in the catalog and no definition/) },
      { row: 7, reason: 'value "lots" is not a number' },
      { row: 8, reason: 'period "7-3" is not a span of months between 1 and 12' },
      { row: 9, reason: "year 1848 is impossible for a reported figure (1949 to 2100)" },
      { row: 10, reason: "missing source: url is empty" },
      { row: 11, reason: "missing source: publisher is empty" },
      { row: 12, reason: "missing source: published (the publication date) is empty" },
      { row: 13, reason: 'unit "CNY bn" does not fit NEV, which is counted in vehicles' },
      {
        row: 14,
        reason: "an actual for 2025 cannot have been published on 2025-06-01, before the period ended",
      },
    ]);
  });

  it("marks the analyst's own rows, which count first when sources disagree", () => {
    const own = parseFiguresCsv(read("import-good.csv"), { doc: "import-good.csv", analyst: true });
    expect(own.errors).toEqual([]);
    expect(own.rows[0].source).toMatchObject({ analyst: true, publisher: "My own estimate" });
  });

  it("reads CRLF files with quoted fields and doubled quotes, and without the optional columns", () => {
    const { rows: crlf, errors: none } = parseFiguresCsv(read("crlf.csv"), { doc: "crlf.csv" });
    expect(none).toEqual([]);
    expect(crlf[0]).toMatchObject({ indicator: "IC", year: 2022, value: 250e9, period: null });
    expect(crlf[0].source!.publisher).toBe('Example "Quoted" Press');
  });

  it("refuses a header without the source columns, and says which are missing", () => {
    const result = parseFiguresCsv("region,indicator,kind,year,value,unit\nShanghai,IC,actual,2023,300,CNY bn\n", {
      doc: "x.csv",
    });
    expect(result.rows).toEqual([]);
    expect(result.errors).toEqual([
      { row: 1, reason: "the header lacks the columns url, publisher, published; no row can be read without them" },
    ]);
  });

  it("rejects ambiguous rates, impossible shares, unknown units and bad comparators", () => {
    const header = "region,indicator,kind,year,value,unit,comparator,measure,url,publisher,published\n";
    const src = "https://a.example.org/,Example,2024-03-01";
    const { rows: ok, errors: bad } = parseFiguresCsv(
      header +
        `Shanghai,IC,actual,2023,12.5,percent,,,${src}\n` +
        `Shanghai,IC,actual,2023,12.5,percent,,growth,${src}\n` +
        `Shanghai,KIS_SHARE,actual,2023,140,percent,,,${src}\n` +
        `Shanghai,IC,actual,2023,3,furlongs per bn,,,${src}\n` +
        `Shanghai,IC,actual,2023,3,CNY bn,=>,,${src}\n` +
        `Shanghai,GIPC2023,actual,2023,3,projects,,,${src}\n`,
      { doc: "rates.csv" },
    );
    expect(ok.map((f) => [f.indicator, f.measure, f.value])).toEqual([["IC", "growth", 0.125]]);
    expect(bad.map((e) => [e.row, e.reason])).toEqual([
      [2, "a percent figure of IC (counted in CNY) needs measure growth or share"],
      [4, "a share above 100 percent (140 percent) is impossible"],
      [5, expect.stringContaining('unit "furlongs per bn" is not one of')],
      [6, 'comparator "=>" is not one of > >= < <= ~ (or empty for =)'],
      [7, 'GIPC2023 is a signing event: its rows have kind "signing"'],
    ]);
  });

  it("names an unclosed quote by the line it opened on", () => {
    const result = parseFiguresCsv(`region,indicator\nShanghai,"IC\n`, { doc: "broken.csv" });
    expect(result).toEqual({ rows: [], errors: [{ row: 2, reason: "line 2: a quoted field is never closed" }] });
  });
});

describe("sheet rows in the table format", () => {
  it("reads numbers, dates and a period Excel turned into a date, naming rows as the sheet does", () => {
    const cells: unknown[][] = [
      [],
      ["region", "indicator", "kind", "year", "period", "value", "unit", "url", "publisher", "published"],
      [
        "Shanghai",
        "NEV",
        "actual",
        2024,
        new Date(Date.UTC(2024, 0, 9)),
        900000,
        "vehicles",
        "https://a.example.org/",
        "Example",
        new Date(Date.UTC(2024, 9, 20)),
      ],
      ["Shanghai", "NEV", "actual", 2024, "", "many", "vehicles", "https://a.example.org/", "Example", "2025-01-20"],
    ];
    const { rows, errors } = parseFigureSheet(cells, { doc: "mine.xlsx", analyst: true });
    expect(rows).toHaveLength(1);
    expect(rows[0]).toMatchObject({ year: 2024, period: { from: 1, to: 9 }, value: 900000 });
    expect(rows[0].source).toMatchObject({ published: "2024-10-20", analyst: true });
    expect(errors).toEqual([{ row: 4, reason: 'value "many" is not a number' }]);
  });
});

describe("periods", () => {
  it("reads months and writes them as analysts do", () => {
    expect(parsePeriod("1-9")).toEqual({ from: 1, to: 9 });
    expect(parsePeriod("")).toBeNull();
    expect(parsePeriod("1-12")).toBeNull();
    expect(formatPeriod(2024, { from: 1, to: 9 })).toBe("Jan-Sep 2024");
    expect(formatPeriod(2024, { from: 6, to: 6 })).toBe("Jun 2024");
    expect(formatPeriod(2024, null)).toBe("2024");
    expect(parsePeriodLabel("Jan-Sep 2024")).toEqual({ from: 1, to: 9 });
    expect(parsePeriodLabel("jun")).toEqual({ from: 6, to: 6 });
    expect(parsePeriodLabel("1-6")).toEqual({ from: 1, to: 6 });
    expect(parsePeriodLabel("Jan-Dec 2024")).toBeNull();
    expect(parsePeriodLabel("")).toBeNull();
    expect(parsePeriodLabel("Sep-Jan")).toBeUndefined();
    expect(parsePeriodLabel("spring")).toBeUndefined();
  });

  it("splits CSV records and keeps the line each starts on", () => {
    expect(parseCsv('a,b\n"x\ny",2\n\n3,4\n')).toEqual([
      { line: 1, fields: ["a", "b"] },
      { line: 2, fields: ["x\ny", "2"] },
      { line: 5, fields: ["3", "4"] },
    ]);
  });
});
