/** plan-tracker workbook: writes the tracking workbook (.xlsx) from the embedded seeds and a folder of documents. */
import * as fs from "fs";
import * as path from "path";
import type { Method } from "../core/progress";
import { buildWorkbookPlan } from "../core/sheets";
import { writeXlsx } from "../xlsx/write";
import { parseArgs, UsageError } from "./args";
import { INPUT_OPTIONS, inputDataset, readInputs } from "./inputs";
import { loadFigures } from "./figures";
import type { Io } from "./main";

export async function workbookCommand(argv: string[], io: Io): Promise<number> {
  const { options, positional } = parseArgs(argv, {
    out: "any",
    method: ["cagr", "projection"],
    data: "any",
    ...INPUT_OPTIONS,
  });
  if (positional.length) throw new UsageError(`workbook takes no files; use --docs DIR (got "${positional[0]}")`);
  const out = path.resolve(options.out ?? "plan-tracker.xlsx");
  if (!/\.xlsx$/i.test(out)) throw new UsageError(`--out must end in .xlsx (got "${options.out}")`);
  if (!fs.existsSync(path.dirname(out))) throw new UsageError(`folder ${path.dirname(out)} does not exist`);
  const inputs = await readInputs(options, (message) => io.err(`plan-tracker: ${message}`));
  const { documents, unreadable } = inputs;
  if (options.docs && !inputs.added) {
    io.err(`plan-tracker workbook: no readable .txt, .md, .html or .pdf documents in ${options.docs}`);
    return 1;
  }
  const method = (options.method ?? "cagr") as Method;
  const figures = await loadFigures(options.data, (message) => io.err(`plan-tracker: ${message}`), inputs.catalog);
  const dataset = inputDataset(inputs, figures.facts);
  const plan = buildWorkbookPlan(dataset, method);
  const { data, summary } = await writeXlsx(plan);
  const temporary = `${out}.partial`;
  fs.writeFileSync(temporary, data);
  fs.renameSync(temporary, out); // never leaves a half-written workbook behind
  io.out(
    `Wrote ${out} (${(data.length / 1024).toFixed(0)} KB) from ${documents.length} documents, ${dataset.facts.length} facts, method ${method}:`,
  );
  for (const sheet of summary.sheets)
    io.out(
      `  ${sheet.name.padEnd(9)} ${sheet.table.padEnd(12)} ${String(sheet.rows).padStart(4)} rows  ${sheet.range}`,
    );
  const mismatches = dataset.checks.filter((c) => !c.agrees).length;
  io.out(
    `  ${dataset.conflicts.length} conflicts, ${dataset.checks.length} cross-checks (${mismatches} mismatches in the documents' own figures)`,
  );
  return unreadable || figures.rejected ? 1 : 0;
}
