import ExcelJS from "exceljs";
import { FIGURE_COLUMNS } from "../src/core/figures";
import { readFiguresXlsx } from "../src/xlsx/read-figures";

async function workbook(fill: (book: ExcelJS.Workbook) => void): Promise<Uint8Array> {
  const book = new ExcelJS.Workbook();
  fill(book);
  return new Uint8Array(await book.xlsx.writeBuffer());
}

describe("figures from an .xlsx file", () => {
  it("reads the Figures sheet: numbers, dates, links and a period Excel made a date; bad rows by sheet row", async () => {
    const data = await workbook((book) => {
      book.addWorksheet("Notes").addRow(["not the figures"]);
      const sheet = book.addWorksheet("Figures");
      sheet.addRow([...FIGURE_COLUMNS]);
      sheet.addRow([
        "Shanghai",
        "AI",
        "actual",
        2024,
        new Date(Date.UTC(2024, 0, 6)), // typed as 1-6, read by Excel as 6 January
        310,
        "CNY bn",
        ">",
        "",
        "",
        { text: "bureau release", hyperlink: "https://stats.example.org/ai-h1" },
        "Example Statistics Bureau",
        new Date(Date.UTC(2024, 6, 20)),
        "core industry only",
      ]);
      sheet.addRow([
        "Shanghai",
        "AI",
        "actual",
        2024,
        "",
        620,
        "CNY bn",
        "",
        "",
        "",
        "",
        "Example Daily",
        "2025-01-30",
      ]);
    });
    const { rows, errors } = await readFiguresXlsx(data, { doc: "mine.xlsx", analyst: true });
    expect(rows).toHaveLength(1);
    expect(rows[0]).toMatchObject({
      doc: "mine.xlsx",
      indicator: "AI",
      year: 2024,
      period: { from: 1, to: 6 },
      value: 310e9,
      comparator: ">",
      source: {
        url: "https://stats.example.org/ai-h1",
        publisher: "Example Statistics Bureau",
        published: "2024-07-20",
        note: "core industry only",
        analyst: true,
      },
    });
    expect(errors).toEqual([{ row: 3, reason: "missing source: url is empty" }]);
  });

  it("says so when the file is no workbook, or the named sheet is missing", async () => {
    const junk = await readFiguresXlsx(new TextEncoder().encode("region,indicator\n"), { doc: "figures.xlsx" });
    expect(junk.rows).toEqual([]);
    expect(junk.errors[0].reason).toMatch(/^figures\.xlsx is not a readable \.xlsx file/);
    const data = await workbook((book) => book.addWorksheet("Sheet1").addRow(["region"]));
    const missing = await readFiguresXlsx(data, { doc: "a.xlsx", sheet: "Figures 2026" });
    expect(missing.errors).toEqual([{ row: 0, reason: 'a.xlsx has no sheet "Figures 2026"; sheets: Sheet1' }]);
  });
});
