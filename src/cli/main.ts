/** plan-tracker: the command line over the core (extract, targets, checks, workbook, eval). */
import type { Method } from "../core/progress";
import { targetRows } from "../core/report";
import { parseArgs, UsageError } from "./args";
import { DocumentError } from "./documents";
import { evalCommand } from "./evaluate";
import { extractCommand } from "./extract";
import { workbookCommand } from "./workbook";
import { scorecardCommand } from "./scorecard";
import { loadFigures } from "./figures";
import { FIGURE_RULE } from "../core/dataset";
import { textTable } from "./table";
import { INPUT_OPTIONS, INPUT_USAGE, inputDataset, readInputs } from "./inputs";

export interface Io {
  out: (text: string) => void;
  err: (text: string) => void;
}

const HELP = `plan-tracker — government plan targets against reported figures, every figure with its source quote

Usage:
  plan-tracker extract [--date YYYY-MM-DD] [--region NAME] [--format json|csv|table] ${INPUT_USAGE} FILE...
  plan-tracker targets [--method cagr|projection] [--data FILE.csv|.xlsx] ${INPUT_USAGE}
  plan-tracker checks [--data FILE.csv|.xlsx] ${INPUT_USAGE}
  plan-tracker workbook [--out FILE.xlsx] [--method cagr|projection] [--data FILE.csv|.xlsx] ${INPUT_USAGE}
  plan-tracker scorecard [--plan ID] [--region NAME] [--data FILE.csv|.xlsx] [--date YYYY-MM-DD] ${INPUT_USAGE}
  plan-tracker eval [--data FILE.csv|.xlsx] ${INPUT_USAGE} '=SH.TARGET("IC",2025)'
  plan-tracker help

extract   facts of the given files: .txt, .md (UTF-8 or UTF-16), .html, .pdf (text PDFs); dated by --date,
          a documents.json beside them, or the date the text states
targets   baselines, targets, latest actuals, required CAGR and status of every catalog indicator (embedded seeds)
checks    conflicts between documents and cross-checks of signing breakdowns (embedded seeds)
workbook  writes the tracking workbook (Targets, Actuals, Progress, Signings, Sources, Checks, Briefing)
scorecard a plan's targets against its last year's actuals (default: the latest plan that has ended), with sources
eval      evaluates one SH function call with the add-in's own function code; exit 0 value, 1 Excel error, 2 bad formula

--catalog FILE  your own indicator definitions (CSV with the header of data/indicators.csv, or a JSON array of
                objects with the same keys) added to the shipped catalog; a bad row stops the command, naming it
--docs DIR      the .txt, .md, .html and .pdf documents of DIR read beside the embedded seeds (extract: beside FILE...)`;

async function targetsCommand(argv: string[], io: Io): Promise<number> {
  const { options, positional } = parseArgs(argv, { method: ["cagr", "projection"], data: "any", ...INPUT_OPTIONS });
  if (positional.length) throw new UsageError(`targets takes no files (got "${positional[0]}")`);
  const method = (options.method ?? "cagr") as Method;
  const warn = (message: string) => io.err(`plan-tracker: ${message}`);
  const inputs = await readInputs(options, warn);
  const figures = await loadFigures(options.data, warn, inputs.catalog);
  const dataset = inputDataset(inputs, figures.facts);
  const rows = targetRows(dataset, method);
  io.out(`Plan targets from the embedded seeds and reported figures (method: ${method})\n`);
  io.out(
    textTable(
      ["Code", "Plan", "Indicator", "Baseline", "Target", "Latest", "Req. CAGR", "Progress", "Status"],
      rows.map((r) => [r.code, r.plan, r.name, r.baseline, r.target, r.latest, r.requiredCagr, r.progress, r.status]),
    ),
  );
  return figures.rejected || inputs.unreadable ? 1 : 0;
}

async function checksCommand(argv: string[], io: Io): Promise<number> {
  const { positional, options } = parseArgs(argv, { data: "any", ...INPUT_OPTIONS });
  if (positional.length) throw new UsageError(`checks takes no files (got "${positional[0]}")`);
  const warn = (message: string) => io.err(`plan-tracker: ${message}`);
  const inputs = await readInputs(options, warn);
  const figures = await loadFigures(options.data, warn, inputs.catalog);
  const dataset = inputDataset(inputs, figures.facts);
  io.out("Conflicts (the same figure stated differently by different sources)");
  io.out(`  which counts: ${FIGURE_RULE}`);
  if (!dataset.conflicts.length) io.out("  none");
  for (const conflict of dataset.conflicts)
    io.out(`  ${conflict.agreeWithinRounding ? "ok  " : "DIFF"} ${conflict.message}`);
  io.out("\nCross-checks (parts against the totals each document states)");
  if (!dataset.checks.length) io.out("  none");
  for (const check of dataset.checks) io.out(`  ${check.agrees ? "ok  " : "FAIL"} ${check.message}`);
  const mismatches = dataset.checks.filter((c) => !c.agrees).length;
  io.out(
    `\n${dataset.checks.length} cross-checks, ${mismatches} mismatches in the documents' own figures; ${dataset.conflicts.length} conflicts.`,
  );
  return figures.rejected || inputs.unreadable ? 1 : 0;
}

export const COMMANDS: Record<string, (argv: string[], io: Io) => number | Promise<number>> = {
  extract: extractCommand,
  targets: targetsCommand,
  checks: checksCommand,
  eval: evalCommand,
  workbook: workbookCommand,
  scorecard: scorecardCommand,
};

export async function main(argv: string[], io: Io): Promise<number> {
  const [command, ...rest] = argv;
  if (!command || command === "help" || command === "--help" || command === "-h") {
    io.out(HELP);
    return command ? 0 : 2;
  }
  const run = COMMANDS[command];
  if (!run) {
    io.err(`plan-tracker: unknown command "${command}" (try: ${Object.keys(COMMANDS).join(", ")}, help)`);
    return 2;
  }
  try {
    return await run(rest, io);
  } catch (error) {
    if (error instanceof UsageError || error instanceof DocumentError) {
      io.err(`plan-tracker ${command}: ${error.message}`);
      return 2;
    }
    io.err(`plan-tracker ${command}: ${(error as Error).message ?? String(error)}`);
    return 1;
  }
}
