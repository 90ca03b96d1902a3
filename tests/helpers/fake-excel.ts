/**
 * A small fake of the few Office.js objects the Excel writer touches. It counts context.sync() calls,
 * refuses reads of properties that were not loaded and synced (like Office.js), and behaves like Excel
 * where it matters: a value starting with "=" typed into a cell not formatted as text becomes a formula.
 */

import { columnLetter } from "../../src/core/sheets";

type Value = string | number | boolean;

interface Cell {
  value: Value;
  formula: string | null;
  format: string;
}

function columnIndex(letters: string): number {
  return letters.split("").reduce((n, ch) => n * 26 + ch.charCodeAt(0) - 64, 0) - 1;
}
function parse(fullAddress: string): { c0: number; r0: number; c1: number; r1: number } {
  const address = fullAddress.split("!").pop()!;
  const m = /^([A-Z]+)(\d+)?(?::([A-Z]+)(\d+)?)?$/.exec(address);
  if (!m) throw new Error(`fake Excel: unsupported address ${address}`);
  const whole = !m[2];
  return {
    c0: columnIndex(m[1]),
    r0: whole ? 0 : Number(m[2]) - 1,
    c1: columnIndex(m[3] ?? m[1]),
    r1: whole ? 1048575 : Number(m[4] ?? m[2]) - 1,
  };
}

export class FakeContext {
  syncs = 0;
  private pending: (() => void)[] = [];
  suspended = 0;
  workbook: FakeWorkbook;
  application = { suspendApiCalculationUntilNextSync: () => void this.suspended++ };
  constructor() {
    this.workbook = new FakeWorkbook(this);
  }
  onSync(action: () => void): void {
    this.pending.push(action);
  }
  async sync(): Promise<void> {
    this.syncs++;
    const actions = this.pending;
    this.pending = [];
    actions.forEach((a) => a());
  }
}

class Loadable {
  private loaded = false;
  constructor(protected context: FakeContext) {}
  load(): this {
    this.context.onSync(() => (this.loaded = true));
    return this;
  }
  protected needLoaded(what: string): void {
    if (!this.loaded) throw new Error(`fake Excel: ${what} read before load() and sync()`);
  }
}

export class FakeSheet {
  cells = new Map<string, Cell>();
  tables: { add: (address: string, headers: boolean) => FakeTable };
  freezePanes = { frozenRows: 0, freezeRows: (n: number) => void (this.freezePanes.frozenRows = n) };
  pageLayout = {
    orientation: "Portrait",
    zoom: {} as { horizontalFitToPages?: number; verticalFitToPages?: number; scale?: number },
    printTitleRows: "",
    setPrintTitleRows: (rows: string) => void (this.pageLayout.printTitleRows = rows),
  };
  charts: {
    items: {
      name: string;
      title: { text: string };
      source: string;
      setPosition: (a: string) => void;
      delete: () => void;
    }[];
    add: (type: string, range: FakeRange) => unknown;
    getItemOrNullObject: (name: string) => unknown;
  };
  conditional: { address: string; rule: unknown; fill: string; font: string }[] = [];
  widths: Record<string, number> = {};
  constructor(
    public name: string,
    private context: FakeContext,
    private book: FakeWorkbook,
  ) {
    this.tables = { add: (address) => this.book.addTable(this, address) };
    const charts: FakeSheet["charts"]["items"] = [];
    this.charts = {
      items: charts,
      add: (_type, range) => {
        const chart = {
          name: "",
          title: { text: "" },
          source: range.address,
          setPosition: () => undefined,
          delete: () => charts.splice(charts.indexOf(chart), 1),
        };
        charts.push(chart);
        return chart;
      },
      getItemOrNullObject: (name) => {
        const chart = charts.find((c) => c.name === name);
        let ready = false;
        const proxy = {
          load: () => context.onSync(() => (ready = true)),
          get isNullObject() {
            if (!ready) throw new Error("fake Excel: chart.isNullObject read before sync");
            return !chart;
          },
          delete: () => chart?.delete(),
        };
        return proxy;
      },
    };
  }
  getRange(address: string): FakeRange {
    return new FakeRange(this.context, this, address);
  }
  cell(address: string): Cell | undefined {
    return this.cells.get(address);
  }
}

export class FakeRange extends Loadable {
  format = { columnWidth: 0, font: { bold: false } };
  conditionalFormats = {
    clearAll: () => {
      const box = parse(this.address);
      const inside = (address: string) => {
        const other = parse(address);
        return other.c0 >= box.c0 && other.c1 <= box.c1 && other.r0 >= box.r0 && other.r1 <= box.r1;
      };
      this.sheet.conditional = this.sheet.conditional.filter((c) => !inside(c.address));
    },
    add: () => {
      const entry = { address: this.address, rule: null as unknown, fill: "", font: "" };
      this.sheet.conditional.push(entry);
      const cellValue = {
        format: {
          fill: {
            set color(c: string) {
              entry.fill = c;
            },
          },
          font: {
            set color(c: string) {
              entry.font = c;
            },
          },
        },
        set rule(r: unknown) {
          entry.rule = r;
        },
      };
      return { cellValue };
    },
  };
  constructor(
    context: FakeContext,
    public sheet: FakeSheet,
    public address: string,
  ) {
    super(context);
    const box = parse(address);
    if (box.r0 === 0 && box.r1 === 1048575) {
      const sheetRef = sheet;
      Object.defineProperty(this.format, "columnWidth", {
        set: (w: number) => {
          sheetRef.widths[address] = w;
        },
      });
    }
  }
  private each(input: unknown[][] | unknown, write: (cell: Cell, value: unknown) => void): void {
    const box = parse(this.address);
    // Office.js applies a single value to every cell of the range.
    const grid = Array.isArray(input)
      ? (input as unknown[][])
      : Array.from({ length: box.r1 - box.r0 + 1 }, () => Array.from({ length: box.c1 - box.c0 + 1 }, () => input));
    if (grid.length !== box.r1 - box.r0 + 1 || grid.some((row) => row.length !== box.c1 - box.c0 + 1)) {
      throw new Error(`fake Excel: ${grid.length}x${grid[0]?.length} array does not fit ${this.address}`);
    }
    grid.forEach((row, r) =>
      row.forEach((value, c) => {
        const key = `${columnLetter(box.c0 + c)}${box.r0 + r + 1}`;
        const cell = this.sheet.cells.get(key) ?? { value: "", formula: null, format: "General" };
        write(cell, value);
        this.sheet.cells.set(key, cell);
      }),
    );
  }
  set numberFormat(grid: string[][] | string) {
    this.each(grid, (cell, format) => (cell.format = format as string));
  }
  set values(grid: Value[][]) {
    this.each(grid, (cell, value) => {
      // Office.js rejects text past Excel's 32,767 characters in a cell.
      if (typeof value === "string" && value.length > 32767)
        throw new Error("InvalidArgument: The argument is invalid or missing or has an incorrect format.");
      // Excel's rule: typed text starting with "=" is a formula unless the cell is formatted as text.
      if (typeof value === "string" && value.startsWith("=") && cell.format !== "@") {
        cell.formula = value;
        cell.value = "";
      } else {
        cell.value = value as Value;
        cell.formula = null;
      }
    });
  }
  get values(): Value[][] {
    this.needLoaded("range.values");
    const box = parse(this.address);
    return Array.from({ length: box.r1 - box.r0 + 1 }, (_, r) =>
      Array.from(
        { length: box.c1 - box.c0 + 1 },
        (_, c) => this.sheet.cells.get(`${columnLetter(box.c0 + c)}${box.r0 + r + 1}`)?.value ?? "",
      ),
    );
  }
  get formulas(): Value[][] {
    this.needLoaded("range.formulas");
    const box = parse(this.address);
    return Array.from({ length: box.r1 - box.r0 + 1 }, (_, r) =>
      Array.from({ length: box.c1 - box.c0 + 1 }, (_, c) => {
        const cell = this.sheet.cells.get(`${columnLetter(box.c0 + c)}${box.r0 + r + 1}`);
        return cell?.formula ?? cell?.value ?? "";
      }),
    );
  }
  set formulas(grid: Value[][]) {
    this.each(grid, (cell, value) => {
      // Excel keeps anything entered into a text-formatted cell as text, formulas included.
      if (typeof value === "string" && value.startsWith("=") && cell.format !== "@") {
        cell.formula = value;
        cell.value = "";
      } else {
        cell.formula = null;
        cell.value = value as Value;
      }
    });
  }
  clear(): void {
    const box = parse(this.address);
    for (const key of [...this.sheet.cells.keys()]) {
      const m = /^([A-Z]+)(\d+)$/.exec(key)!;
      const c = columnIndex(m[1]);
      const r = Number(m[2]) - 1;
      if (c >= box.c0 && c <= box.c1 && r >= box.r0 && r <= box.r1) this.sheet.cells.delete(key);
    }
  }
}

export class FakeTable extends Loadable {
  style = "";
  deleted = false;
  constructor(
    context: FakeContext,
    public name: string,
    public sheet: FakeSheet,
    public address: string,
  ) {
    super(context);
  }
  get worksheet(): FakeSheet & { load: () => void } {
    return Object.assign(this.sheet, { load: () => undefined });
  }
  getRange(): FakeRange & { address: string } {
    const range = new FakeRange(this.context, this.sheet, this.address);
    const full = `${this.sheet.name}!${this.address}`;
    return Object.defineProperty(range, "address", { get: () => full, set: () => {} }) as FakeRange;
  }
  delete(): void {
    this.deleted = true;
  }
}

export class FakeWorkbook {
  sheets: FakeSheet[] = [];
  tableList: FakeTable[] = [];
  worksheets: { items: FakeSheet[]; load: () => void; add: (name: string) => FakeSheet };
  tables: { getItemOrNullObject: (name: string) => unknown };
  constructor(private context: FakeContext) {
    let loaded = false;
    const sheets = this.sheets;
    this.worksheets = {
      get items() {
        if (!loaded) throw new Error("fake Excel: worksheets.items read before load() and sync()");
        return sheets;
      },
      load: () => context.onSync(() => (loaded = true)),
      add: (name: string) => this.addSheet(name),
    };
    this.tables = {
      getItemOrNullObject: (name: string) => {
        const table = this.tableList.find((t) => t.name === name && !t.deleted);
        if (table) return table;
        let ready = false;
        return {
          load: () => context.onSync(() => (ready = true)),
          get isNullObject() {
            if (!ready) throw new Error("fake Excel: isNullObject read before sync");
            return true;
          },
        };
      },
    };
  }
  addSheet(name: string): FakeSheet {
    if (this.sheets.some((s) => s.name.toLowerCase() === name.toLowerCase()))
      throw new Error(`fake Excel: sheet ${name} exists`);
    const sheet = new FakeSheet(name, this.context, this);
    this.sheets.push(sheet);
    return sheet;
  }
  addTable(sheet: FakeSheet, address: string): FakeTable {
    const table = new FakeTable(this.context, "", sheet, address);
    this.tableList.push(table);
    return table;
  }
  sheet(name: string): FakeSheet {
    const found = this.sheets.find((s) => s.name === name);
    if (!found) throw new Error(`no sheet ${name}`);
    return found;
  }
}

Object.assign(globalThis, {
  Excel: {
    ConditionalFormatType: { cellValue: "CellValue" },
    ChartType: { barClustered: "BarClustered" },
    ChartSeriesBy: { columns: "Columns" },
  },
});

Object.defineProperty(FakeTable.prototype, "isNullObject", { get: () => false });
