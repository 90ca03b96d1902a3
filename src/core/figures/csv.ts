/** The reported-figures table's CSV records: the one reader of src/core/csv.ts, blank lines left out. */
import { CsvError, csvField, isBlankLine, readCsv, type CsvRecord } from "../csv";

export { CsvError, csvField, type CsvRecord };

/** Splits CSV text into records, each with the line it starts on; an unclosed quote is a CsvError naming its line. */
export function parseCsv(text: string): CsvRecord[] {
  // a line with nothing on it is no record (a trailing newline, blank lines between blocks)
  return readCsv(text).filter((record) => !isBlankLine(record));
}
