/**
 * The CSV reader every table of the product goes through (definitions, reported figures): RFC 4180 quoted fields
 * with commas, doubled quotes and line breaks; CRLF, LF or CR line ends; a byte-order mark.
 */

export interface CsvRecord {
  /** 1-based line of the text where the record starts (a quoted line break makes a record span lines) */
  line: number;
  fields: string[];
}

/** A text that is no CSV (an unclosed quote), with the line to look at. */
export class CsvError extends Error {
  constructor(
    readonly line: number,
    message: string,
  ) {
    super(message);
  }
}

const QUOTE = 34;
const COMMA = 44;
const LF = 10;
const CR = 13;

function countLines(text: string): number {
  let count = 0;
  for (let at = text.indexOf("\n"); at >= 0; at = text.indexOf("\n", at + 1)) count++;
  return count;
}

/**
 * Splits CSV text into records, one for every line of the text outside quotes, a blank line being a record of one
 * empty field, so record n is the row a spreadsheet shows as n. A quote opens a quoted field only at the field's
 * start; elsewhere it is a character of the field. A quote never closed is a CsvError naming the line it opened on.
 * Fields are cut out with slice, not built a character at a time: a 10,000-row table is read in a few milliseconds.
 */
export function readCsv(text: string): CsvRecord[] {
  const source = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  const n = source.length;
  const records: CsvRecord[] = [];
  let i = 0;
  let line = 1;
  while (i < n) {
    const recordLine = line;
    const fields: string[] = [];
    for (;;) {
      let field = "";
      if (source.charCodeAt(i) === QUOTE) {
        const openLine = line;
        let from = i + 1;
        for (;;) {
          const quote = source.indexOf('"', from);
          if (quote < 0) throw new CsvError(openLine, `line ${openLine}: a quoted field is never closed`);
          if (source.charCodeAt(quote + 1) === QUOTE) {
            field += source.slice(from, quote + 1); // a doubled quote is one quote
            from = quote + 2;
            continue;
          }
          field += source.slice(from, quote);
          i = quote + 1;
          break;
        }
        line += countLines(field);
      }
      // the rest of the field up to the next comma or line end (all of it, for an unquoted field)
      let end = i;
      while (end < n) {
        const code = source.charCodeAt(end);
        if (code === COMMA || code === LF || code === CR) break;
        end++;
      }
      if (end > i) field += source.slice(i, end);
      i = end;
      fields.push(field);
      if (i >= n) break;
      if (source.charCodeAt(i) === COMMA) {
        i++;
        if (i < n) continue;
        fields.push(""); // a comma at the very end leaves an empty last field
        break;
      }
      i += source.charCodeAt(i) === CR && source.charCodeAt(i + 1) === LF ? 2 : 1;
      line++;
      break;
    }
    records.push({ line: recordLine, fields });
  }
  return records;
}

/** A record with nothing on its line (a trailing space or tab at most): a blank line between blocks. */
export function isBlankLine(record: CsvRecord): boolean {
  return record.fields.length === 1 && record.fields[0].trim() === "";
}

/** Quotes a field when it needs it (commas, quotes, line breaks). */
export function csvField(value: string): string {
  return /[",\r\n]/.test(value) ? `"${value.replace(/"/g, '""')}"` : value;
}
