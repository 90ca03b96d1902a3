/**
 * The SH functions over a dataset, free of Office: argument checking, display units and error mapping.
 * src/functions/functions.ts exposes them to Excel; the command line's `eval` runs the same code.
 */
import { findEvent, findIndicator, INDICATORS, indicatorsOfRegion, type Indicator } from "../core/catalog";
import { findRecord, matchSegment, type Dataset, type IndicatorRecord, type Resolved } from "../core/dataset";
import { formatValue, fromDisplay, isMoney, toDisplay } from "../core/format";
import { assess, pathValue, progressShare, requiredCagr, type Method } from "../core/progress";
import type { Fact } from "../core/types";

export type ErrorCode = "#N/A" | "#VALUE!" | "#NUM!";

/**
 * An Excel error with its message. Not an Error subclass on purpose: capturing a stack trace on every
 * #N/A would make a sheet full of lookups several times slower, and nobody reads these stacks.
 */
export class FunctionError {
  constructor(
    readonly code: ErrorCode,
    readonly message: string,
  ) {}
}

export type Scalar = number | string | boolean;
export type Result = Scalar | Scalar[][];

const INDICATORS_HINT = "see =SH.INDICATORS() for the codes";

function describe(value: unknown): string {
  if (value === null || value === undefined) return "nothing";
  if (Array.isArray(value)) return "a range";
  if (typeof value === "string") return `"${value.length > 40 ? `${value.slice(0, 40)}…` : value}"`;
  return String(value);
}

function isOmitted(value: unknown): boolean {
  return value === null || value === undefined || (typeof value === "string" && value.trim() === "");
}

/** A single cell passed as a 1×1 range is the value itself. */
function single(value: unknown, name: string): unknown {
  if (Array.isArray(value)) {
    if (value.length === 1 && Array.isArray(value[0]) && value[0].length === 1) return value[0][0];
    throw new FunctionError("#VALUE!", `${name} must be a single value, not a range`);
  }
  return value;
}

function textArg(value: unknown, name: string): string;
function textArg(value: unknown, name: string, optional: true): string | undefined;
function textArg(value: unknown, name: string, optional = false): string | undefined {
  const v = single(value, name);
  if (isOmitted(v)) {
    if (optional) return undefined;
    throw new FunctionError("#VALUE!", `${name} is required`);
  }
  if (typeof v !== "string") throw new FunctionError("#VALUE!", `${name} must be text, got ${describe(v)}`);
  if (v.length > 200) throw new FunctionError("#VALUE!", `${name} is too long (${v.length} characters)`);
  return v.trim();
}

function numberArg(value: unknown, name: string): number | undefined {
  const v = single(value, name);
  if (isOmitted(v)) return undefined;
  const n = typeof v === "number" ? v : typeof v === "string" && /^\s*-?\d+(\.\d+)?\s*$/.test(v) ? Number(v) : NaN;
  if (typeof v === "boolean" || !Number.isFinite(n))
    throw new FunctionError("#VALUE!", `${name} must be a number, got ${describe(v)}`);
  return n;
}

function yearArg(value: unknown, name = "year"): number | undefined {
  const n = numberArg(value, name);
  if (n === undefined) return undefined;
  if (!Number.isInteger(n) || n < 1900 || n > 2200) {
    throw new FunctionError(
      "#VALUE!",
      `${name} must be a whole year between 1900 and 2200, got ${describe(single(value, name))}`,
    );
  }
  return n;
}

function indicatorArg(value: unknown): Indicator {
  const code = textArg(value, "code");
  const entry = findIndicator(code);
  if (!entry) throw new FunctionError("#N/A", `unknown indicator "${code}"; ${INDICATORS_HINT}`);
  return entry;
}

function recordOf(dataset: Dataset, entry: Indicator, regionValue?: unknown): IndicatorRecord {
  const region = textArg(regionValue, "region", true);
  const record = findRecord(dataset, entry.code, region);
  if (!record) {
    const regions = dataset.indicators.filter((r) => r.code === entry.code).map((r) => r.region);
    throw new FunctionError(
      "#N/A",
      `no figures for ${entry.code} in ${region}; regions with figures: ${regions.join(", ")}`,
    );
  }
  return record;
}

function years(list: Resolved[]): string {
  return list.length ? list.map((r) => r.year).join(", ") : "none";
}

function display(resolved: Resolved): number {
  return toDisplay(resolved.value, resolved.unit);
}

function pick(list: Resolved[], year: number, what: string, code: string): Resolved {
  const found = list.find((r) => r.year === year);
  if (!found)
    throw new FunctionError("#N/A", `no ${what} for ${code} in ${year}; years with a ${what}: ${years(list)}`);
  return found;
}

function finalTarget(record: IndicatorRecord): Resolved {
  if (!record.target) throw new FunctionError("#N/A", `no target stated for ${record.code} (${record.region})`);
  return record.target;
}

function baselineOf(record: IndicatorRecord): Resolved {
  if (!record.baseline)
    throw new FunctionError(
      "#N/A",
      `no baseline reported for ${record.code} (${record.region}); years with an actual: ${years(record.actuals)}`,
    );
  return record.baseline;
}

function methodArg(value: unknown): Method {
  const method = textArg(value, "method", true)?.toLowerCase() ?? "cagr";
  if (method !== "cagr" && method !== "projection")
    throw new FunctionError("#VALUE!", `method must be "cagr" or "projection", got "${method}"`);
  return method;
}

/** The point an analyst asks about: a given value, a given year's actual, or the latest actual. */
function actualPoint(
  record: IndicatorRecord,
  yearValue: unknown,
  valueValue: unknown,
): { year: number; value: number } | null {
  const year = yearArg(yearValue);
  const value = numberArg(valueValue, "value");
  const unit = record.target?.unit ?? record.indicator.unit;
  if (value !== undefined) {
    if (year === undefined) throw new FunctionError("#VALUE!", "give the year the value is for");
    return { year, value: fromDisplay(value, unit) };
  }
  if (year !== undefined) {
    const list =
      record.indicator.path === "cumulative"
        ? record.actuals.filter((a) => a.year <= year)
        : [pick(record.actuals, year, "reported actual", record.code)];
    if (!list.length)
      throw new FunctionError(
        "#N/A",
        `no reported actual for ${record.code} up to ${year}; years with an actual: ${years(record.actuals)}`,
      );
    return {
      year,
      value: record.indicator.path === "cumulative" ? list.reduce((s, a) => s + a.value, 0) : list[0].value,
    };
  }
  return record.latest ? { year: record.latest.year, value: record.latest.value } : null;
}

function sourceText(fact: Fact, dataset: Dataset, derivation?: string): string {
  const info = dataset.documents.find((d) => d.file === fact.doc);
  const where = info
    ? `${info.title}${info.outlet ? `, ${info.outlet}` : ""}, ${info.date}${info.dateInferred ? " (date inferred)" : ""}`
    : fact.doc;
  return `"${fact.quote}" — ${where} [${fact.doc}]${derivation ? `; derived: ${derivation}` : ""}`;
}

const INFO_FIELDS = [
  "name",
  "code",
  "unit",
  "displayunit",
  "region",
  "plan",
  "baselineyear",
  "baseline",
  "targetyear",
  "target",
  "comparator",
  "derived",
  "derivation",
  "path",
  "periodstart",
  "periodend",
  "aliases",
  "latestyear",
  "latest",
  "requiredcagr",
  "status",
] as const;

const SIGNED_MEASURES = ["projects", "value", "valueusd", "share"] as const;

export interface Functions {
  TARGET(code: unknown, year?: unknown, region?: unknown): Result;
  BASELINE(code: unknown, region?: unknown): Result;
  ACTUAL(code: unknown, year: unknown, region?: unknown): Result;
  LATEST(code: unknown, region?: unknown): Result;
  PATH(code: unknown, year: unknown): Result;
  REQUIREDCAGR(code: unknown, fromYear?: unknown, fromValue?: unknown): Result;
  PROGRESS(code: unknown, year?: unknown, value?: unknown): Result;
  STATUS(code: unknown, year?: unknown, value?: unknown, method?: unknown): Result;
  SOURCE(code: unknown, year?: unknown, kind?: unknown): Result;
  INFO(code: unknown, field: unknown): Result;
  INDICATORS(region?: unknown): Result;
  SIGNED(event: unknown, measure?: unknown, segment?: unknown): Result;
}

export const FUNCTION_NAMES: (keyof Functions)[] = [
  "TARGET",
  "BASELINE",
  "ACTUAL",
  "LATEST",
  "PATH",
  "REQUIREDCAGR",
  "PROGRESS",
  "STATUS",
  "SOURCE",
  "INFO",
  "INDICATORS",
  "SIGNED",
];

/** The SH functions reading whatever dataset `current()` returns at call time. */
export function createFunctions(current: () => Dataset): Functions {
  return {
    TARGET(code, year, region) {
      const record = recordOf(current(), indicatorArg(code), region);
      const wanted = yearArg(year);
      return display(wanted === undefined ? finalTarget(record) : pick(record.targets, wanted, "target", record.code));
    },
    BASELINE(code, region) {
      return display(baselineOf(recordOf(current(), indicatorArg(code), region)));
    },
    ACTUAL(code, year, region) {
      const record = recordOf(current(), indicatorArg(code), region);
      const wanted = yearArg(year);
      if (wanted === undefined) throw new FunctionError("#VALUE!", "year is required: =SH.ACTUAL(code, year)");
      return display(pick(record.actuals, wanted, "reported actual", record.code));
    },
    LATEST(code, region) {
      const record = recordOf(current(), indicatorArg(code), region);
      if (!record.latest) throw new FunctionError("#N/A", `no reported actual for ${record.code} (${record.region})`);
      return display(record.latest);
    },
    PATH(code, year) {
      const record = recordOf(current(), indicatorArg(code));
      const wanted = yearArg(year);
      if (wanted === undefined) throw new FunctionError("#VALUE!", "year is required: =SH.PATH(code, year)");
      const target = finalTarget(record);
      const base = record.baseline ?? (record.indicator.path === "cumulative" ? null : baselineOf(record));
      const start = base
        ? { year: base.year, value: base.value }
        : { year: record.indicator.periodStart - 1, value: 0 };
      const value = pathValue(
        start,
        { year: target.year, value: target.value },
        wanted,
        record.indicator.path,
        record.indicator.periodStart,
      );
      if (value === null)
        throw new FunctionError("#N/A", `no path for ${record.code}: baseline and target are in the same year`);
      return toDisplay(value, target.unit);
    },
    REQUIREDCAGR(code, fromYear, fromValue) {
      const record = recordOf(current(), indicatorArg(code));
      const target = finalTarget(record);
      const year = yearArg(fromYear, "fromYear");
      const value = numberArg(fromValue, "fromValue");
      let from: { year: number; value: number };
      if (year === undefined) {
        if (value !== undefined) throw new FunctionError("#VALUE!", "give fromYear with fromValue");
        const base = baselineOf(record);
        from = { year: base.year, value: base.value };
      } else if (value !== undefined) {
        from = { year, value: fromDisplay(value, target.unit) };
      } else {
        const actual = pick(record.actuals, year, "reported actual", record.code);
        from = { year, value: actual.value };
      }
      if (from.year >= target.year)
        throw new FunctionError("#NUM!", `fromYear ${from.year} is not before the target year ${target.year}`);
      if (from.value <= 0) throw new FunctionError("#NUM!", "a growth rate needs a starting value above zero");
      const rate = requiredCagr(from, { year: target.year, value: target.value });
      if (rate === null) throw new FunctionError("#NUM!", `no growth rate from ${from.year} to ${target.year}`);
      return rate;
    },
    PROGRESS(code, year, value) {
      const record = recordOf(current(), indicatorArg(code));
      const target = finalTarget(record);
      const point = actualPoint(record, year, value);
      if (!point)
        throw new FunctionError(
          "#N/A",
          `no reported actual for ${record.code} yet; give a year and value: =SH.PROGRESS("${record.code}", 2023, 300)`,
        );
      const base = record.baseline?.value ?? (record.indicator.path === "cumulative" ? 0 : baselineOf(record).value);
      const share = progressShare(base, target.value, point.value);
      if (share === null) throw new FunctionError("#NUM!", `baseline and target of ${record.code} are equal`);
      return share;
    },
    STATUS(code, year, value, method) {
      const record = recordOf(current(), indicatorArg(code));
      const chosen = methodArg(method);
      if (isOmitted(single(year, "year")) && isOmitted(single(value, "value"))) return record.progress[chosen].status;
      const target = finalTarget(record);
      const point = actualPoint(record, year, value);
      const result = assess(
        {
          baseline: record.baseline ? { year: record.baseline.year, value: record.baseline.value } : null,
          target: { year: target.year, value: target.value, comparator: target.comparator },
          actual: point,
          path: record.indicator.path,
          periodStart: record.indicator.periodStart,
        },
        chosen,
      );
      return result.status;
    },
    SOURCE(code, year, kind) {
      const dataset = current();
      const record = recordOf(dataset, indicatorArg(code));
      const wanted = yearArg(year);
      const which = textArg(kind, "kind", true)?.toLowerCase();
      if (which && !["target", "actual", "baseline"].includes(which))
        throw new FunctionError("#VALUE!", `kind must be "target", "actual" or "baseline", got "${which}"`);
      let chosen: Resolved;
      if (which === "baseline") chosen = baselineOf(record);
      else if (which === "actual")
        chosen =
          wanted === undefined
            ? (record.latest ?? pick(record.actuals, NaN, "reported actual", record.code))
            : pick(record.actuals, wanted, "reported actual", record.code);
      else if (which === "target" || wanted === undefined)
        chosen = wanted === undefined ? finalTarget(record) : pick(record.targets, wanted, "target", record.code);
      else {
        const found = record.actuals.find((a) => a.year === wanted) ?? record.targets.find((t) => t.year === wanted);
        if (!found)
          throw new FunctionError(
            "#N/A",
            `no figure for ${record.code} in ${wanted}; actuals: ${years(record.actuals)}; targets: ${years(record.targets)}`,
          );
        chosen = found;
      }
      return sourceText(chosen.source, dataset, chosen.derived ? chosen.derivation : undefined);
    },
    INFO(code, field) {
      const record = recordOf(current(), indicatorArg(code));
      const name = textArg(field, "field")
        .toLowerCase()
        .replace(/[\s_-]+/g, "");
      const entry = record.indicator;
      const target = record.target;
      const base = record.baseline;
      const unit = target?.unit ?? base?.unit ?? entry.unit;
      const need = <T>(value: T | null | undefined, what: string): T => {
        if (value === null || value === undefined) throw new FunctionError("#N/A", `no ${what} for ${entry.code}`);
        return value;
      };
      switch (name as (typeof INFO_FIELDS)[number]) {
        case "name":
          return entry.name;
        case "code":
          return entry.code;
        case "unit":
          return entry.unit;
        case "displayunit":
          return isMoney(unit) ? `${unit} bn` : unit === "ratio" ? "fraction (format as %)" : unit;
        case "region":
          return record.region;
        case "plan":
          return entry.plan;
        case "baselineyear":
          return need(base, "baseline").year;
        case "baseline":
          return formatValue(need(base, "baseline").value, unit);
        case "targetyear":
          return need(target, "target").year;
        case "target":
          return formatValue(need(target, "target").value, unit);
        case "comparator":
          return need(target, "target").comparator;
        case "derived":
          return need(target, "target").derived;
        case "derivation":
          return need(target, "target").derivation ?? "stated in the document";
        case "path":
          return entry.path;
        case "periodstart":
          return entry.periodStart;
        case "periodend":
          return entry.periodEnd;
        case "aliases":
          return [...entry.acronyms, ...entry.aliases].join(", ");
        case "latestyear":
          return need(record.latest, "reported actual").year;
        case "latest":
          return formatValue(need(record.latest, "reported actual").value, unit);
        case "requiredcagr":
          return need(record.progress.cagr.requiredCagr, "required growth rate");
        case "status":
          return record.progress.cagr.status;
        default:
          throw new FunctionError(
            "#VALUE!",
            `unknown field "${textArg(field, "field")}"; fields: ${INFO_FIELDS.join(", ")}`,
          );
      }
    },
    INDICATORS(region) {
      const wanted = textArg(region, "region", true);
      const entries = wanted ? indicatorsOfRegion(wanted) : [...INDICATORS];
      if (!entries.length) {
        const regions = [...new Set(INDICATORS.map((e) => e.region))];
        throw new FunctionError("#N/A", `no catalog indicators for region "${wanted}"; regions: ${regions.join(", ")}`);
      }
      return [
        ["Code", "Indicator", "Unit", "Region"],
        ...entries.map((e) => [e.code, e.name, isMoney(e.unit) ? `${e.unit} bn` : e.unit, e.region]),
      ];
    },
    SIGNED(event, measure, segment) {
      const dataset = current();
      const code = textArg(event, "event");
      const known = dataset.signings.map((s) => s.code).join(", ");
      const parsed = findEvent(code);
      const record = parsed ? dataset.signings.find((s) => s.code === parsed.code) : undefined;
      if (!record) throw new FunctionError("#N/A", `unknown signing event "${code}"; events: ${known}`);
      const which = (textArg(measure, "measure", true) ?? "projects").toLowerCase().replace(/[\s_-]+/g, "");
      const measureName = which === "usd" ? "valueusd" : which === "count" ? "projects" : which;
      if (!SIGNED_MEASURES.includes(measureName as (typeof SIGNED_MEASURES)[number])) {
        throw new FunctionError("#VALUE!", `measure must be one of ${SIGNED_MEASURES.join(", ")}, got "${which}"`);
      }
      const wanted = textArg(segment, "segment", true);
      const all = [record.total, ...record.segments];
      const chosen = wanted ? matchSegment(wanted, all) : record.total;
      if (!chosen)
        throw new FunctionError(
          "#N/A",
          `no segment "${wanted}" in ${record.code}; segments: ${record.segments.map((s) => s.key).join(", ")}`,
        );
      const figure =
        measureName === "projects"
          ? chosen.projects
          : measureName === "value"
            ? chosen.value
            : measureName === "valueusd"
              ? chosen.valueUsd
              : chosen.share;
      if (figure === null) throw new FunctionError("#N/A", `${record.code} ${chosen.label}: no ${measureName} stated`);
      return measureName === "value"
        ? toDisplay(figure, "CNY")
        : measureName === "valueusd"
          ? toDisplay(figure, "USD")
          : figure;
    },
  };
}

/** Runs a function and turns every failure into a FunctionError, so nothing escapes to Excel. */
export function safely(run: () => Result): Result | FunctionError {
  try {
    const value = run();
    if (typeof value === "number" && !Number.isFinite(value))
      return new FunctionError("#NUM!", "the result is not a finite number");
    return value;
  } catch (error) {
    if (error instanceof FunctionError) return error;
    return new FunctionError("#VALUE!", `unexpected error: ${(error as Error)?.message ?? String(error)}`);
  }
}
