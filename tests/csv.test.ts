import { CsvError, csvField, isBlankLine, readCsv } from "../src/core/csv";
import { parseCsv as catalogCsv, readDefinitionRows } from "../src/core/catalog/table";
import { parseCsv as figuresCsv } from "../src/core/figures/csv";

const fieldsOf = (text: string) => readCsv(text).map((record) => record.fields);

function errorOf(text: string): CsvError {
  try {
    readCsv(text);
  } catch (error) {
    if (error instanceof CsvError) return error;
    throw error;
  }
  throw new Error("no CsvError");
}

describe("reading a CSV table", () => {
  it("splits plain records at commas and line ends", () => {
    expect(fieldsOf("code,name\nIC,integrated circuits\nNEV,new-energy vehicles\n")).toEqual([
      ["code", "name"],
      ["IC", "integrated circuits"],
      ["NEV", "new-energy vehicles"],
    ]);
  });

  it("keeps commas, line breaks and doubled quotes inside a quoted field", () => {
    const text = 'subject,note\n"chips, wafers and tools","the bureau says ""output"",\nnot sales"\n';
    expect(readCsv(text)).toEqual([
      { line: 1, fields: ["subject", "note"] },
      { line: 2, fields: ["chips, wafers and tools", 'the bureau says "output",\nnot sales'] },
    ]);
  });

  it("reads an empty quoted field as empty, and a quote inside an unquoted field as a quote", () => {
    expect(fieldsOf('"",a\n5" screens,"x"y\n')).toEqual([
      ["", "a"],
      ['5" screens', "xy"],
    ]);
  });

  it("reads Windows (CRLF) and old Mac (CR) line ends like LF, and a CRLF inside quotes as written", () => {
    expect(fieldsOf("a,b\r\n1,2\r\n")).toEqual([
      ["a", "b"],
      ["1", "2"],
    ]);
    expect(fieldsOf("a,b\r1,2")).toEqual([
      ["a", "b"],
      ["1", "2"],
    ]);
    expect(fieldsOf('a\r\n"one\r\ntwo"\r\n')).toEqual([["a"], ["one\r\ntwo"]]);
  });

  it("drops the byte-order mark Excel puts at the start of a UTF-8 CSV", () => {
    expect(fieldsOf("\uFEFFregion,year\nShanghai,2025\n")[0]).toEqual(["region", "year"]);
  });

  it("numbers each record by the line it starts on, and keeps blank lines as records so rows stay in step", () => {
    const records = readCsv('h1,h2\n"two\nlines",x\n\nlast,y');
    expect(records.map((r) => r.line)).toEqual([1, 2, 4, 5]);
    expect(records.map(isBlankLine)).toEqual([false, false, true, false]);
    expect(records[3].fields).toEqual(["last", "y"]);
  });

  it("adds no record for the newline at the end, and keeps an empty last field after a final comma", () => {
    expect(fieldsOf("a,b\n")).toEqual([["a", "b"]]);
    expect(fieldsOf("a,")).toEqual([["a", ""]]);
    expect(fieldsOf("")).toEqual([]);
  });

  it("refuses a quote that is never closed, naming the line it opened on", () => {
    const error = errorOf('code,note\nIC,"fine"\nBIO,"a note\nrunning on\n');
    expect(error.line).toBe(3);
    expect(error.message).toBe("line 3: a quoted field is never closed");
    // a closed quoted field spanning lines before it moves the line on
    expect(errorOf('a\n"one\ntwo"\n"open').line).toBe(4);
  });

  it("writes fields back so they read the same", () => {
    const fields = ["plain", "with, comma", 'say "hi"', "two\nlines", ""];
    expect(csvField("plain")).toBe("plain");
    expect(csvField('say "hi"')).toBe('"say ""hi"""');
    expect(fieldsOf(fields.map(csvField).join(","))).toEqual([fields]);
  });
});

describe("the two tables that read CSV, through the one reader", () => {
  it("figures: skip blank lines and keep the line each record starts on", () => {
    expect(figuresCsv('region,value\n\n"Shanghai\nPudong",1\n  \nChongqing,2\n')).toEqual([
      { line: 1, fields: ["region", "value"] },
      { line: 3, fields: ["Shanghai\nPudong", "1"] },
      { line: 6, fields: ["Chongqing", "2"] },
    ]);
    expect(() => figuresCsv('region\n"Shanghai')).toThrow(new CsvError(2, "line 2: a quoted field is never closed"));
  });

  it("definitions: rows numbered as a spreadsheet shows them, and an unclosed quote named with its row", () => {
    expect(catalogCsv('code\n\n"IC"\n')).toEqual({ records: [["code"], [""], ["IC"]], unclosedQuoteAt: null });
    expect(catalogCsv('code\nIC\n"BIO')).toEqual({ records: [], unclosedQuoteAt: 3 });
    const read = readDefinitionRows(
      { file: "mine.csv", text: 'code,name\nIC,"chips, and more"\n\nBIO,biomedicine\n' },
      ["code"],
      ["name"],
    );
    expect(read.problems).toEqual([]);
    expect(read.rows.map((r) => [r.row, r.fields.code, r.fields.name])).toEqual([
      [2, "IC", "chips, and more"],
      [4, "BIO", "biomedicine"],
    ]);
    expect(readDefinitionRows({ file: "mine.csv", text: 'code,name\nIC,"chips' }, ["code"], ["name"]).problems).toEqual(
      [{ file: "mine.csv", row: 2, field: "(row)", message: 'a quoted field is never closed (missing ")' }],
    );
  });
});
