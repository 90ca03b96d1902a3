/** plan-tracker: the command line over the core (extract, targets, checks, workbook, eval). */
import * as path from "path";
import { buildDataset } from "../core/dataset/build";
import { extract } from "../core/extract";
import { formatValue } from "../core/format";
import type { Method } from "../core/progress";
import { targetRows } from "../core/report";
import type { Fact } from "../core/types";
import { parseArgs, UsageError } from "./args";
import { DocumentError, loadSeeds, readDocumentText } from "./documents";
import { evalCommand } from "./evaluate";
import { workbookCommand } from "./workbook";
import { scorecardCommand } from "./scorecard";
import { csv, textTable } from "./table";

export interface Io {
  out: (text: string) => void;
  err: (text: string) => void;
}

const HELP = `plan-tracker — government plan targets against reported figures, every figure with its source quote

Usage:
  plan-tracker extract [--date YYYY-MM-DD] [--region NAME] [--format json|csv|table] FILE...
  plan-tracker targets [--method cagr|projection]
  plan-tracker checks
  plan-tracker workbook [--out FILE.xlsx] [--docs DIR] [--method cagr|projection]
  plan-tracker scorecard [--plan ID] [--region NAME] [--data FILE.csv|.xlsx] [--date YYYY-MM-DD]
  plan-tracker eval '=SH.TARGET("IC",2025)'
  plan-tracker help

extract   facts of the given plain-text (.txt, .md, .html) files
targets   baselines, targets, latest actuals, required CAGR and status of every catalog indicator (embedded seeds)
checks    conflicts between documents and cross-checks of signing breakdowns (embedded seeds)
workbook  writes the tracking workbook (Targets, Actuals, Progress, Signings, Sources, Checks, Briefing)
scorecard a plan's targets against its last year's actuals (default: the latest plan that has ended), with sources
eval      evaluates one SH function call with the add-in's own function code; exit 0 value, 1 Excel error, 2 bad formula`;

const FACT_FIELDS: (keyof Fact)[] = [
  "doc",
  "region",
  "indicator",
  "subject",
  "kind",
  "measure",
  "year",
  "value",
  "unit",
  "comparator",
  "relative",
  "quote",
  "start",
  "end",
];

function extractCommand(argv: string[], io: Io): number {
  const { positional, options } = parseArgs(argv, { date: "any", region: "any", format: ["json", "csv", "table"] });
  if (!positional.length) throw new UsageError("extract needs at least one FILE");
  if (options.date && !/^\d{4}(-\d{2}-\d{2})?$/.test(options.date))
    throw new UsageError(`--date must be YYYY-MM-DD (got "${options.date}")`);
  const facts: Fact[] = [];
  let failed = 0;
  for (const file of positional) {
    try {
      const text = readDocumentText(file);
      facts.push(
        ...extract(text, { doc: path.basename(file), date: options.date ?? null, region: options.region ?? null }),
      );
    } catch (error) {
      if (!(error instanceof DocumentError)) throw error;
      io.err(`plan-tracker: ${error.message}`);
      failed++;
    }
  }
  const format = options.format ?? "table";
  if (format === "json") {
    io.out(
      JSON.stringify(
        facts.map((f) => Object.fromEntries(FACT_FIELDS.map((k) => [k, f[k]]))),
        null,
        2,
      ),
    );
  } else {
    const headers = [
      "doc",
      "kind",
      "indicator",
      "subject",
      "year",
      "comparator",
      "value",
      "unit",
      "measure",
      "region",
      "quote",
    ];
    const rows = facts.map((f) => [
      f.doc,
      f.kind,
      f.indicator ?? "",
      f.subject,
      f.year === null ? "" : String(f.year),
      f.comparator,
      f.value === null
        ? f.relative
          ? `${f.relative.multiple}× baseline`
          : ""
        : format === "csv"
          ? String(f.value)
          : formatValue(f.value, f.unit),
      f.unit,
      f.measure,
      f.region,
      format === "csv" ? f.quote : f.quote.length > 80 ? `${f.quote.slice(0, 77)}...` : f.quote,
    ]);
    io.out(format === "csv" ? csv(headers, rows) : textTable(headers, rows));
  }
  return failed ? 1 : 0;
}

function targetsCommand(argv: string[], io: Io): number {
  const { options, positional } = parseArgs(argv, { method: ["cagr", "projection"] });
  if (positional.length) throw new UsageError(`targets takes no files (got "${positional[0]}")`);
  const method = (options.method ?? "cagr") as Method;
  const dataset = buildDataset(loadSeeds());
  const rows = targetRows(dataset, method);
  io.out(`Plan targets from the embedded seeds (method: ${method})\n`);
  io.out(
    textTable(
      ["Code", "Indicator", "Baseline", "Target", "Latest", "Req. CAGR", "Progress", "Status"],
      rows.map((r) => [r.code, r.name, r.baseline, r.target, r.latest, r.requiredCagr, r.progress, r.status]),
    ),
  );
  return 0;
}

function checksCommand(argv: string[], io: Io): number {
  const { positional } = parseArgs(argv, {});
  if (positional.length) throw new UsageError(`checks takes no files (got "${positional[0]}")`);
  const dataset = buildDataset(loadSeeds());
  io.out("Conflicts (the same figure stated differently in different documents)");
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
  return 0;
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
