/** plan-tracker extract: the facts of the analyst's files, each document dated by --date, documents.json or its text. */
import * as path from "path";
import { chooseDate, describeDate, type DocumentDate } from "../core/documents/dating";
import { extract, regionOfDocument } from "../core/extract";
import { formatPeriod, formatValue } from "../core/format";
import type { Fact } from "../core/types";
import { dateOption, parseArgs, UsageError } from "./args";
import { DOCUMENT_FILES, DocumentError, indexEntryFor, readDocument, type ReadDocument } from "./documents";
import { catalogOption, INPUT_OPTIONS } from "./inputs";
import * as fs from "fs";
import type { Io } from "./main";
import { csv, textTable } from "./table";

/** The DESIGN.md fields of a fact, in the order `--format json` prints them. */
export const FACT_FIELDS: (keyof Fact)[] = [
  "doc",
  "region",
  "indicator",
  "subject",
  "kind",
  "measure",
  "year",
  "period",
  "value",
  "unit",
  "comparator",
  "relative",
  "quote",
  "start",
  "end",
];

interface DatedFact {
  fact: Fact;
  dated: DocumentDate;
}

function describeRead(file: string, read: ReadDocument): string {
  if (read.format === "pdf") return `${path.basename(file)} (PDF, ${read.pages} page${read.pages === 1 ? "" : "s"})`;
  const encoding = read.encoding && read.encoding !== "utf-8" ? `, ${read.encoding}` : "";
  return `${path.basename(file)}${read.format === "html" ? ` (HTML${encoding})` : encoding ? ` (${encoding.slice(2)})` : ""}`;
}

function valueText(f: Fact, format: string): string {
  if (f.value === null) return f.relative ? `${f.relative.multiple}× baseline` : "";
  return format === "csv" ? String(f.value) : formatValue(f.value, f.unit);
}

function print(found: DatedFact[], format: string, io: Io): void {
  if (format === "json") {
    const objects = found.map(({ fact, dated }) => ({
      ...Object.fromEntries(FACT_FIELDS.map((k) => [k, fact[k] ?? null])),
      documentDate: dated.date,
      dateFrom: dated.from,
    }));
    io.out(JSON.stringify(objects, null, 2));
    return;
  }
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
  if (format === "csv") headers.push("period", "document_date", "date_from");
  const rows = found.map(({ fact: f, dated }) => {
    const row = [
      f.doc,
      f.kind,
      f.indicator ?? "",
      f.subject,
      format === "csv" ? (f.year === null ? "" : String(f.year)) : formatPeriod(f.year, f.period),
      f.comparator,
      valueText(f, format),
      f.unit,
      f.measure,
      f.region,
      format === "csv" ? f.quote : f.quote.length > 80 ? `${f.quote.slice(0, 77)}...` : f.quote,
    ];
    if (format === "csv") row.push(formatPeriod(null, f.period), dated.date ?? "", dated.from);
    return row;
  });
  io.out(format === "csv" ? csv(headers, rows) : textTable(headers, rows));
}

/** The documents of --docs DIR (.txt, .md, .html, .pdf), in name order. */
function documentsOf(dir: string): string[] {
  try {
    return fs
      .readdirSync(dir)
      .filter((name) => DOCUMENT_FILES.test(name))
      .sort()
      .map((name) => path.join(dir, name));
  } catch {
    throw new UsageError(`--docs ${dir}: no such folder`);
  }
}

export async function extractCommand(argv: string[], io: Io): Promise<number> {
  const { positional, options } = parseArgs(argv, {
    date: "any",
    region: "any",
    format: ["json", "csv", "table"],
    ...INPUT_OPTIONS,
  });
  const catalog = catalogOption(options.catalog);
  const files = [...positional, ...(options.docs ? documentsOf(options.docs) : [])];
  if (!files.length)
    throw new UsageError(options.docs ? `no documents in ${options.docs}` : "extract needs at least one FILE");
  const date = options.date === undefined ? null : dateOption(options.date);
  const format = options.format ?? "table";
  const found: DatedFact[] = [];
  let failed = 0;
  for (const file of files) {
    try {
      const read = await readDocument(file);
      const entry = indexEntryFor(file);
      const dated = chooseDate({ option: date, index: entry?.date || null, page: read.page, text: read.text });
      const given = options.region ?? (entry?.region || null);
      // (read here, not again inside extract, so that it can be said, as a date read from the text is)
      const textRegion = given ? null : regionOfDocument(read.text);
      const region = given ?? textRegion;
      const facts = extract(read.text, { doc: path.basename(file), date: dated.date, region, catalog });
      const regionNote = textRegion ? `; region ${textRegion} (from its text)` : "";
      if (format === "table")
        io.err(`plan-tracker: ${describeDate(describeRead(file, read), dated)}${regionNote}; ${facts.length} facts`);
      found.push(...facts.map((fact) => ({ fact, dated })));
    } catch (error) {
      if (!(error instanceof DocumentError)) throw error;
      io.err(`plan-tracker: ${error.message}`);
      failed++;
    }
  }
  print(found, format, io);
  return failed ? 1 : 0;
}
