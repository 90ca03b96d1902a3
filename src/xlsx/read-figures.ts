/**
 * Reads figures in the reported-figures table format from an .xlsx file (ExcelJS), for `--data FILE.xlsx` and the
 * task pane's *Import figures*: readFiguresXlsx(bytes, { doc: file.name, analyst: true }) -> { rows, errors }.
 * The sheet named "Figures" is read, else the first sheet; row numbers in errors are the sheet's own.
 */
import ExcelJS from "exceljs";
import { parseFigureSheet, type FigureImport, type FigureOptions } from "../core/figures";

export interface XlsxFigureOptions extends FigureOptions {
  /** the sheet to read; "Figures" or the first sheet by default */
  sheet?: string;
}

export async function readFiguresXlsx(
  data: ArrayBuffer | Uint8Array,
  options: XlsxFigureOptions,
): Promise<FigureImport> {
  const book = new ExcelJS.Workbook();
  try {
    await book.xlsx.load(
      data instanceof Uint8Array
        ? (data.buffer.slice(data.byteOffset, data.byteOffset + data.byteLength) as ArrayBuffer)
        : data,
    );
  } catch (error) {
    return {
      rows: [],
      errors: [{ row: 0, reason: `${options.doc} is not a readable .xlsx file (${(error as Error).message})` }],
    };
  }
  const wanted = options.sheet ?? "Figures";
  const sheet =
    book.worksheets.find((s) => s.name.toLowerCase() === wanted.toLowerCase()) ??
    (options.sheet ? undefined : book.worksheets[0]);
  if (!sheet)
    return {
      rows: [],
      errors: [
        {
          row: 0,
          reason: `${options.doc} has no sheet "${wanted}"; sheets: ${book.worksheets.map((s) => s.name).join(", ")}`,
        },
      ],
    };
  const cells: unknown[][] = [];
  for (let r = 1; r <= sheet.rowCount; r++) {
    const values = sheet.getRow(r).values as unknown[];
    cells.push(Array.isArray(values) ? values.slice(1) : []); // ExcelJS rows are 1-based
  }
  return parseFigureSheet(cells, options, 1);
}
