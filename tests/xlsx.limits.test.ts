import { datasetFromFacts } from "../src/core/dataset";
import { buildWorkbookPlan } from "../src/core/sheets";
import { checkExcelLimits, EXCEL_LIMITS, SheetLimitError } from "../src/core/sheets/limits";
import type { Fact } from "../src/core/types";
import { refreshTrackingSheets } from "../src/excel/refresh";
import { writeXlsx } from "../src/xlsx/write";
import { FakeContext } from "./helpers/fake-excel";

/** A plan whose Actuals and Sources sheets carry one quote of `length` characters (a run-on "sentence" from a PDF table). */
function planWithQuote(length: number) {
  const quote = `Chip output reached 90 billion yuan in 2023 ${"and more ".repeat(Math.ceil(length / 9))}`.slice(
    0,
    length,
  );
  const fact: Fact = {
    doc: "tables.pdf",
    region: "Shanghai",
    indicator: "IC",
    subject: "chip output",
    kind: "actual",
    measure: "level",
    year: 2023,
    period: null,
    value: 90e9,
    unit: "CNY",
    comparator: "=",
    relative: null,
    quote,
    start: 0,
    end: quote.length,
  };
  const info = { file: "tables.pdf", title: "Tables", outlet: null, date: "2024-01-01", region: "Shanghai" };
  return buildWorkbookPlan(datasetFromFacts([fact], [info]));
}

const REFUSAL =
  /^Cell Actuals!J2 \(Quote\): it holds 40,000 characters, over Excel's limit of 32,767 in a cell; nothing was written\.$/;

describe("Excel's limits, checked over the sheet plan before anything is written", () => {
  it("names the sheet, cell and column of a 40,000-character quote", () => {
    let error: unknown;
    try {
      checkExcelLimits(planWithQuote(40_000));
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(SheetLimitError);
    expect((error as Error).message).toMatch(REFUSAL);
    expect(error).toMatchObject({ sheet: "Actuals", cell: "J2" });
  });

  it("lets a cell of exactly 32,767 characters through", () => {
    expect(() => checkExcelLimits(planWithQuote(EXCEL_LIMITS.cellCharacters))).not.toThrow();
  });

  it("refuses a sheet with more rows than Excel has", () => {
    const plan = planWithQuote(10);
    const sheet = plan.sheets[0];
    sheet.rows = Array.from({ length: EXCEL_LIMITS.rows }, () => sheet.rows[0] ?? { cells: [] });
    expect(() => checkExcelLimits(plan)).toThrow(
      `Sheet "${sheet.name}" needs 1,048,577 rows, over Excel's limit of 1,048,576; nothing was written.`,
    );
  });

  it("the .xlsx writer refuses the 40,000-character cell with the message", async () => {
    await expect(writeXlsx(planWithQuote(40_000))).rejects.toThrow(REFUSAL);
  });

  it("the Office.js writer refuses it before queueing any write or sync (Office.js itself would reject the cell)", async () => {
    const context = new FakeContext();
    await expect(
      refreshTrackingSheets(planWithQuote(40_000), context as unknown as Excel.RequestContext),
    ).rejects.toThrow(REFUSAL);
    expect(context.syncs).toBe(0);
    expect(context.workbook.sheets).toEqual([]);
    // the fake models Office.js: the same cell written directly is rejected
    const sheet = context.workbook.addSheet("Scratch");
    expect(() => {
      (sheet.getRange("A1") as unknown as { values: string[][] }).values = [["x".repeat(40_000)]];
    }).toThrow(/InvalidArgument/);
  });
});
