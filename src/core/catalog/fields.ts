/** Field checks shared by the plan, indicator and event loaders: each returns the value or records a problem. */
import type { DefinitionProblem, DefinitionRow, UnitClass } from "./types";

export const CJK = /[\u3400-\u9fff\uf900-\ufaff\u3000-\u303f\uff00-\uffef]/;

/** The key names, codes and aliases are compared by: case, spaces, hyphens and underscores do not count. */
const normalised = new Map<string, string>();

export function normalise(text: string): string {
  let key = normalised.get(text);
  if (key === undefined) {
    key = text
      .trim()
      .toLowerCase()
      .replace(/[\s_-]+/g, " ");
    // names repeat (regions, plan ids, the same aliases in every catalog built from the shipped one)
    if (normalised.size > 50000) normalised.clear();
    normalised.set(text, key);
  }
  return key;
}

export class RowReader {
  constructor(
    readonly row: DefinitionRow,
    readonly problems: DefinitionProblem[],
  ) {}

  fail(field: string, message: string): undefined {
    this.problems.push({ file: this.row.file, row: this.row.row, field, message });
    return undefined;
  }

  text(field: string): string {
    return (this.row.fields[field] ?? "").trim();
  }

  required(field: string): string | undefined {
    const value = this.text(field);
    if (!value) return this.fail(field, "is empty; it is required");
    if (value.length > 300) return this.fail(field, `is too long (${value.length} characters, at most 300)`);
    return value;
  }

  list(field: string): string[] {
    return this.text(field)
      .split(/[;；]/)
      .map((item) => item.trim())
      .filter(Boolean);
  }

  year(field: string): number | undefined {
    const value = this.text(field);
    if (!value) return this.fail(field, "is empty; give a year such as 2021");
    if (!/^\d{4}$/.test(value)) return this.fail(field, `"${value}" is not a year (four digits, such as 2021)`);
    const year = Number(value);
    if (year < 1900 || year > 2200) return this.fail(field, `${year} is outside 1900-2200`);
    return year;
  }

  /** periodStart and periodEnd together; a period that ends before it starts is a problem of periodEnd. */
  period(): { start: number; end: number } | undefined {
    const start = this.year("periodStart");
    const end = this.year("periodEnd");
    if (start === undefined || end === undefined) return undefined;
    if (end < start) return this.fail("periodEnd", `the period ends (${end}) before it starts (${start})`);
    return { start, end };
  }

  code(field: string, pattern: RegExp, example: string): string | undefined {
    const value = this.required(field);
    if (value === undefined) return undefined;
    if (!pattern.test(value)) return this.fail(field, `"${value}" is not a valid ${field}; ${example}`);
    return value;
  }
}

const MONEY = new Set(["CNY", "USD"]);

/** The unit class a unit implies: CNY and USD are money, ratio is a ratio, anything counted is a count. */
export function unitClassOf(unit: string): UnitClass {
  if (MONEY.has(unit)) return "money";
  if (unit === "ratio") return "ratio";
  return "count";
}

/** Units as DESIGN.md has them: CNY, USD, ratio, count, or a counted noun in lower case (vehicles, projects). */
export function checkUnit(unit: string): string | null {
  if (MONEY.has(unit.toUpperCase()))
    return unit === unit.toUpperCase() ? null : `write the currency as ${unit.toUpperCase()}`;
  if (/^(percent|per cent|pct|%)$/i.test(unit)) return "shares and rates use the unit ratio (4.4 % is 0.044)";
  if (/^[a-z][a-z -]{0,30}$/.test(unit)) return null;
  return `"${unit}" is not a unit; use CNY, USD, ratio, count or a counted noun such as vehicles`;
}
