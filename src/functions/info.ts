/** SH.INFO: one property of an indicator's record, by field name. */
import type { IndicatorRecord } from "../core/dataset";
import { formatValue, isMoney } from "../core/format";
import { FunctionError, textArg } from "./args";

export const INFO_FIELDS = [
  "name",
  "code",
  "unit",
  "displayunit",
  "region",
  "plan",
  "planid",
  "plans",
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
  "aliaseszh",
  "namezh",
  "latestyear",
  "latest",
  "requiredcagr",
  "status",
] as const;

export function infoField(record: IndicatorRecord, field: unknown): string | number | boolean {
  const name = textArg(field, "field")
    .toLowerCase()
    .replace(/[\s_-]+/g, "");
  const entry = record.indicator;
  const target = record.target;
  const base = record.baseline;
  const unit = target?.unit ?? base?.unit ?? entry.unit;
  const need = <T>(value: T | null | undefined, what: string): T => {
    if (value === null || value === undefined)
      throw new FunctionError("#N/A", `no ${what} for ${entry.code} (${record.plan.id})`);
    return value;
  };
  switch (name as (typeof INFO_FIELDS)[number]) {
    case "name":
      return entry.name;
    case "namezh":
      return need(entry.nameZh, "Chinese name");
    case "code":
      return entry.code;
    case "unit":
      return entry.unit;
    case "displayunit":
      return isMoney(unit) ? `${unit} bn` : unit === "ratio" ? "fraction (format as %)" : unit;
    case "region":
      return record.region;
    case "plan":
      return record.plan.name;
    case "planid":
      return record.plan.id;
    case "plans":
      return entry.plans.join(", ");
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
      return record.plan.periodStart;
    case "periodend":
      return record.plan.periodEnd;
    case "aliases":
      return [...entry.acronyms, ...entry.aliases].join(", ");
    case "aliaseszh":
      return need(entry.aliasesZh.length ? entry.aliasesZh.join("、") : null, "Chinese alias");
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
}
