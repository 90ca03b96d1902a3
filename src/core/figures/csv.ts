/** A small RFC 4180 CSV reader: quoted fields with commas, doubled quotes and line breaks; CRLF; a BOM. */

export interface CsvRecord {
  /** 1-based line number where the record starts (the header is line 1), as a spreadsheet shows it */
  line: number;
  fields: string[];
}

export class CsvError extends Error {
  constructor(
    readonly line: number,
    message: string,
  ) {
    super(message);
  }
}

/** Splits CSV text into records. An unterminated quote is an error naming the line it opened on. */
export function parseCsv(text: string): CsvRecord[] {
  const source = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  const records: CsvRecord[] = [];
  let fields: string[] = [];
  let field = "";
  let line = 1;
  let recordLine = 1;
  let quoted = false;
  let quoteLine = 0;
  let atFieldStart = true;
  const endRecord = () => {
    fields.push(field);
    // a line with nothing on it is no record (a trailing newline, blank lines between blocks)
    if (fields.length > 1 || fields[0].trim() !== "") records.push({ line: recordLine, fields });
    fields = [];
    field = "";
    atFieldStart = true;
  };
  for (let i = 0; i < source.length; i++) {
    const char = source[i];
    if (quoted) {
      if (char === '"') {
        if (source[i + 1] === '"') {
          field += '"';
          i++;
        } else quoted = false;
      } else {
        if (char === "\n") line++;
        field += char;
      }
      continue;
    }
    if (char === '"' && atFieldStart) {
      quoted = true;
      quoteLine = line;
      atFieldStart = false;
    } else if (char === ",") {
      fields.push(field);
      field = "";
      atFieldStart = true;
    } else if (char === "\n" || char === "\r") {
      if (char === "\r" && source[i + 1] === "\n") i++;
      endRecord();
      line++;
      recordLine = line;
    } else {
      field += char;
      atFieldStart = false;
    }
  }
  if (quoted) throw new CsvError(quoteLine, `line ${quoteLine}: a quoted field is never closed`);
  if (field !== "" || fields.length) endRecord();
  return records;
}

/** Quotes a field when it needs it (commas, quotes, line breaks). */
export function csvField(value: string): string {
  return /[",\r\n]/.test(value) ? `"${value.replace(/"/g, '""')}"` : value;
}
