/** Definition tables as text (CSV with a header row, or a JSON array of objects) -> rows of named text fields. */
import { CsvError, readCsv } from "../csv";
import type { DefinitionProblem, DefinitionRow, DefinitionSource } from "./types";

/**
 * Splits CSV text into records of fields with the one reader of src/core/csv.ts (RFC 4180: quoted fields may hold
 * commas, quotes and line breaks); record n is row n, blank lines counted. An unclosed quote gives no records and the
 * line it opened on.
 */
export function parseCsv(text: string): { records: string[][]; unclosedQuoteAt: number | null } {
  try {
    return { records: readCsv(text).map((record) => record.fields), unclosedQuoteAt: null };
  } catch (error) {
    if (error instanceof CsvError) return { records: [], unclosedQuoteAt: error.line };
    throw error;
  }
}

function problem(file: string, row: number, field: string, message: string): DefinitionProblem {
  return { file, row, field, message };
}

function looksLikeJson(text: string): boolean {
  return /^\s*[[{]/.test(text.replace(/^\uFEFF/, ""));
}

/**
 * Reads a definitions table. `required` are the columns the header must have; other known columns are optional;
 * an unknown column is a problem (a misspelt "aliasses" would otherwise be dropped without a word).
 */
export function readDefinitionRows(
  source: DefinitionSource,
  required: readonly string[],
  optional: readonly string[],
): { rows: DefinitionRow[]; problems: DefinitionProblem[] } {
  const known = new Map([...required, ...optional].map((name) => [name.toLowerCase(), name]));
  const problems: DefinitionProblem[] = [];
  const rows: DefinitionRow[] = [];
  const checkColumns = (columns: string[], row: number) => {
    const present = new Set<string>();
    for (const column of columns) {
      const name = known.get(column.trim().toLowerCase());
      if (!name) {
        problems.push(
          problem(source.file, row, column, `unknown column; columns are ${[...required, ...optional].join(", ")}`),
        );
      } else present.add(name);
    }
    for (const name of required)
      if (!present.has(name)) problems.push(problem(source.file, row, name, "the column is missing"));
  };

  if (looksLikeJson(source.text)) {
    let parsed: unknown;
    try {
      parsed = JSON.parse(source.text.replace(/^\uFEFF/, ""));
    } catch (error) {
      return { rows, problems: [problem(source.file, 0, "(file)", `not valid JSON: ${(error as Error).message}`)] };
    }
    if (!Array.isArray(parsed))
      return { rows, problems: [problem(source.file, 0, "(file)", "a JSON definitions file is an array of objects")] };
    parsed.forEach((item, index) => {
      const row = index + 1;
      if (!item || typeof item !== "object" || Array.isArray(item)) {
        problems.push(problem(source.file, row, "(row)", "each item must be an object of fields"));
        return;
      }
      const before = problems.length;
      // a JSON item may leave out an optional key, but not a required one
      checkColumns(Object.keys(item), row);
      if (problems.length > before) return;
      const fields: Record<string, string> = {};
      for (const [key, value] of Object.entries(item as Record<string, unknown>)) {
        const name = known.get(key.toLowerCase())!;
        fields[name] = Array.isArray(value)
          ? value.map((v) => String(v)).join(";")
          : value === null || value === undefined
            ? ""
            : String(value).trim();
      }
      rows.push({ file: source.file, row, fields });
    });
    return { rows, problems };
  }

  const { records, unclosedQuoteAt } = parseCsv(source.text);
  if (unclosedQuoteAt !== null)
    return {
      rows,
      problems: [problem(source.file, unclosedQuoteAt, "(row)", 'a quoted field is never closed (missing ")')],
    };
  const nonEmpty = records.findIndex((r) => r.some((cell) => cell.trim() !== ""));
  if (nonEmpty < 0) return { rows, problems: [problem(source.file, 0, "(file)", "the file is empty")] };
  const header = records[nonEmpty].map((cell) => cell.trim());
  checkColumns(header, nonEmpty + 1);
  if (problems.length) return { rows, problems };
  const names = header.map((cell) => known.get(cell.toLowerCase())!);
  for (let i = nonEmpty + 1; i < records.length; i++) {
    const record = records[i];
    if (record.every((cell) => cell.trim() === "")) continue;
    if (record.length > names.length && record.slice(names.length).some((cell) => cell.trim() !== "")) {
      problems.push(
        problem(source.file, i + 1, "(row)", `${record.length} fields but the header has ${names.length} columns`),
      );
      continue;
    }
    const fields: Record<string, string> = {};
    names.forEach((name, column) => (fields[name] = (record[column] ?? "").trim()));
    rows.push({ file: source.file, row: i + 1, fields });
  }
  return { rows, problems };
}
