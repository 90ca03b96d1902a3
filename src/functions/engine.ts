/**
 * The SH functions over a dataset, free of Office: argument checking, display units and error mapping.
 * src/functions/functions.ts exposes them to Excel; the command line's `eval` runs the same code.
 */
import type { Plan } from "../core/catalog";
import { matchSegment, type Dataset, type IndicatorRecord, type Resolved } from "../core/dataset";
import { formatPeriod, formatValue, fromDisplay, isMoney, toDisplay } from "../core/format";
import { assess, pathValue, progressShare, requiredCagr } from "../core/progress";
import type { Fact } from "../core/types";
import { FunctionError, isOmitted, methodArg, numberArg, single, textArg, yearArg } from "./args";
import { infoField } from "./info";
import { chooseRecord, indicatorArg, recordOf, yearInPlan } from "./records";

export { FunctionError, type ErrorCode } from "./args";

export type Scalar = number | string | boolean;
export type Result = Scalar | Scalar[][];

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
  if (!record.target)
    throw new FunctionError(
      "#N/A",
      `no target stated for ${record.code} (${record.region}, ${record.plan.id}): target not yet published`,
    );
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
        ? record.actuals.filter((a) => a.year >= record.plan.periodStart && a.year <= year)
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
  const derived = derivation ? `; derived: ${derivation}` : "";
  if (fact.source) {
    const { publisher, published, url, note } = fact.source;
    return `${publisher}, ${published}: ${url}${note ? ` (${note})` : ""} [${fact.doc}]${derived}`;
  }
  const info = dataset.documents.find((d) => d.file === fact.doc);
  const where = info
    ? `${info.title}${info.outlet ? `, ${info.outlet}` : ""}, ${info.date}${info.dateInferred ? " (date inferred)" : ""}`
    : fact.doc;
  return `"${fact.quote}" — ${where} [${fact.doc}]${derived}`;
}

const SIGNED_MEASURES = ["projects", "value", "valueusd", "share"] as const;

export interface Functions {
  TARGET(code: unknown, year?: unknown, region?: unknown, plan?: unknown): Result;
  BASELINE(code: unknown, region?: unknown, plan?: unknown): Result;
  ACTUAL(code: unknown, year: unknown, region?: unknown): Result;
  LATEST(code: unknown, region?: unknown, plan?: unknown): Result;
  PATH(code: unknown, year: unknown, plan?: unknown): Result;
  REQUIREDCAGR(code: unknown, fromYear?: unknown, fromValue?: unknown, plan?: unknown): Result;
  PROGRESS(code: unknown, year?: unknown, value?: unknown, plan?: unknown): Result;
  STATUS(code: unknown, year?: unknown, value?: unknown, method?: unknown, plan?: unknown): Result;
  SOURCE(code: unknown, year?: unknown, kind?: unknown, plan?: unknown): Result;
  INFO(code: unknown, field: unknown, plan?: unknown): Result;
  INDICATORS(region?: unknown, plan?: unknown): Result;
  PLANS(region?: unknown): Result;
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
  "PLANS",
  "SIGNED",
];

function period(plan: Plan): string {
  return `${plan.periodStart}-${plan.periodEnd}`;
}

function regionsHint(dataset: Dataset): string {
  return dataset.catalog.regions().join(", ");
}

/** The baseline a path or a progress share starts from: a cumulative series starts from nothing. */
function startOf(record: IndicatorRecord): { year: number; value: number } {
  if (record.baseline) return { year: record.baseline.year, value: record.baseline.value };
  if (record.indicator.path === "cumulative") return { year: record.plan.baselineYear, value: 0 };
  const base = baselineOf(record);
  return { year: base.year, value: base.value };
}

/** The SH functions reading whatever dataset `current()` returns at call time. */
export function createFunctions(current: () => Dataset): Functions {
  return {
    TARGET(code, year, region, plan) {
      const dataset = current();
      const wanted = yearArg(year);
      const record = chooseRecord(dataset, indicatorArg(dataset, code), region, plan, wanted);
      if (wanted === undefined) return display(finalTarget(record));
      if (!isOmitted(single(plan, "plan"))) yearInPlan(record, wanted, "target");
      const found = record.targets.find((t) => t.year === wanted);
      if (found) return display(found);
      const ofYear = dataset.catalog.planOf(record.region, wanted);
      const unpublished =
        ofYear && !record.targets.some((t) => t.plan === ofYear.id) ? `; no ${ofYear.id} target is published yet` : "";
      throw new FunctionError(
        "#N/A",
        `no target for ${record.code} in ${wanted}; years with a target: ${years(record.targets)}${unpublished}`,
      );
    },
    BASELINE(code, region, plan) {
      const dataset = current();
      return display(baselineOf(chooseRecord(dataset, indicatorArg(dataset, code), region, plan)));
    },
    ACTUAL(code, year, region) {
      const dataset = current();
      const record = recordOf(dataset, indicatorArg(dataset, code), region);
      const wanted = yearArg(year);
      if (wanted === undefined) throw new FunctionError("#VALUE!", "year is required: =SH.ACTUAL(code, year)");
      const found = record.actuals.find((r) => r.year === wanted);
      if (found) return display(found);
      const partYear = (record.partYear ?? []).filter((r) => r.year === wanted && r.period);
      const months = partYear
        .map((r) => `${formatPeriod(r.year, r.period)}: ${formatValue(r.value, r.unit)}`)
        .join(", ");
      throw new FunctionError(
        "#N/A",
        `no reported actual for ${record.code} in ${wanted}; years with a reported actual: ${years(record.actuals)}` +
          (months ? `; ${wanted} has part-year figures only (${months}), which never count as the year` : ""),
      );
    },
    LATEST(code, region, plan) {
      const dataset = current();
      const entry = indicatorArg(dataset, code);
      const record = chooseRecord(dataset, entry, region, plan);
      // Without a plan, a level series' latest is its latest whole year, whichever plan that year is in.
      const latest =
        isOmitted(single(plan, "plan")) && entry.path !== "cumulative"
          ? (record.actuals[record.actuals.length - 1] ?? null)
          : record.latest;
      if (!latest) throw new FunctionError("#N/A", `no reported actual for ${record.code} (${record.region})`);
      return display(latest);
    },
    PATH(code, year, plan) {
      const dataset = current();
      const wanted = yearArg(year);
      if (wanted === undefined) throw new FunctionError("#VALUE!", "year is required: =SH.PATH(code, year)");
      const record = chooseRecord(dataset, indicatorArg(dataset, code), null, plan, wanted);
      const target = finalTarget(record);
      const value = pathValue(
        startOf(record),
        { year: target.year, value: target.value },
        wanted,
        record.indicator.path,
        record.plan.periodStart,
      );
      if (value === null)
        throw new FunctionError("#N/A", `no path for ${record.code}: baseline and target are in the same year`);
      return toDisplay(value, target.unit);
    },
    REQUIREDCAGR(code, fromYear, fromValue, plan) {
      const dataset = current();
      const year = yearArg(fromYear, "fromYear");
      const record = chooseRecord(dataset, indicatorArg(dataset, code), null, plan, year);
      const target = finalTarget(record);
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
    PROGRESS(code, year, value, plan) {
      const dataset = current();
      const record = chooseRecord(dataset, indicatorArg(dataset, code), null, plan, yearArg(year));
      const target = finalTarget(record);
      const point = actualPoint(record, year, value);
      if (!point)
        throw new FunctionError(
          "#N/A",
          `no reported actual for ${record.code} yet; give a year and value: =SH.PROGRESS("${record.code}", 2023, 300)`,
        );
      const share = progressShare(startOf(record).value, target.value, point.value);
      if (share === null) throw new FunctionError("#NUM!", `baseline and target of ${record.code} are equal`);
      return share;
    },
    STATUS(code, year, value, method, plan) {
      const dataset = current();
      const record = chooseRecord(dataset, indicatorArg(dataset, code), null, plan, yearArg(year));
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
          periodStart: record.plan.periodStart,
        },
        chosen,
      );
      return result.status;
    },
    SOURCE(code, year, kind, plan) {
      const dataset = current();
      const wanted = yearArg(year);
      const record = chooseRecord(dataset, indicatorArg(dataset, code), null, plan, wanted);
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
      const text = sourceText(chosen.source, dataset, chosen.derived ? chosen.derivation : undefined);
      return chosen.rule && chosen.others?.length
        ? `${text}; counts over ${chosen.others.length} other source(s): ${chosen.rule}`
        : text;
    },
    INFO(code, field, plan) {
      const dataset = current();
      return infoField(chooseRecord(dataset, indicatorArg(dataset, code), null, plan), field);
    },
    INDICATORS(region, plan) {
      const dataset = current();
      const catalog = dataset.catalog;
      const wanted = textArg(region, "region", true);
      const planId = textArg(plan, "plan", true);
      let entries = catalog.indicatorsOfRegion(wanted);
      if (!entries.length)
        throw new FunctionError(
          "#N/A",
          `no catalog indicators for region "${wanted}"; regions: ${regionsHint(dataset)}`,
        );
      if (planId !== undefined) {
        const plans = catalog.plansOfRegion(wanted).filter((p) => p.id.toLowerCase() === planId.toLowerCase());
        if (!plans.length)
          throw new FunctionError("#N/A", `unknown plan "${planId}"${wanted ? ` for ${wanted}` : ""}; see =SH.PLANS()`);
        entries = entries.filter((e) => plans.some((p) => p.region === e.region && e.plans.includes(p.id)));
        if (!entries.length) throw new FunctionError("#N/A", `no indicators tracked in ${planId}`);
      }
      return [
        ["Code", "Indicator", "Unit", "Region"],
        ...entries.map((e) => [e.code, e.name, isMoney(e.unit) ? `${e.unit} bn` : e.unit, e.region]),
      ];
    },
    PLANS(region) {
      const catalog = current().catalog;
      const wanted = textArg(region, "region", true);
      const plans = catalog.plansOfRegion(wanted);
      if (!plans.length)
        throw new FunctionError(
          "#N/A",
          `no plans for region "${wanted}"; regions with plans: ${[...new Set(catalog.plans.map((p) => p.region))].join(", ")}`,
        );
      return [["Plan", "Name", "Region", "Period"], ...plans.map((p) => [p.id, p.name, p.region, period(p)])];
    },
    SIGNED(event, measure, segment) {
      const dataset = current();
      const code = textArg(event, "event");
      const known = dataset.signings.map((s) => s.code).join(", ");
      const parsed = dataset.catalog.findEvent(code);
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
