/**
 * Adding one indicator definition, for the task pane's *Add an indicator* form (and anything else that adds a
 * single row): `addIndicatorDefinition(catalog, draft)` validates the draft against the catalog and returns the
 * extended catalog and the row to append to the workbook's tblIndicators, or the problems in words, per field.
 * The pane calls it through the shared store: `store.addDefinition(draft)` (src/functions/store.ts) extends the
 * store's catalog at once and returns the same result; in Excel the pane then appends `row` to tblIndicators.
 * `definitionRow(indicator)` turns any indicator back into such a row (the Indicators sheet is written from it).
 */
import type { Catalog } from "./catalog";
import { INDICATOR_COLUMNS, INDICATOR_OPTIONAL_COLUMNS } from "./load";
import type { Indicator } from "./types";

/** The form's fields: text as typed (years may be numbers, lists may be arrays or "a; b" text). */
export type IndicatorDraft = Partial<
  Record<
    (typeof INDICATOR_COLUMNS)[number] | "acronyms" | "path" | "nameZh" | "unitClass" | "twin" | "members",
    string | number | string[]
  >
>;

export interface FieldError {
  field: string;
  message: string;
}

export type AddResult =
  | { ok: true; catalog: Catalog; indicator: Indicator; row: Record<string, string> }
  | { ok: false; errors: FieldError[]; message: string };

const DEFINITION_FIELDS = [...INDICATOR_COLUMNS, ...INDICATOR_OPTIONAL_COLUMNS.filter((c) => c !== "definedIn")];

function text(value: string | number | string[] | undefined): string {
  if (value === undefined || value === null) return "";
  return Array.isArray(value) ? value.join(";") : String(value).trim();
}

/** Validates a draft and adds it to a copy of the catalog; the catalog passed in is never changed. */
export function addIndicatorDefinition(
  catalog: Catalog,
  draft: IndicatorDraft,
  source = "the new indicator",
): AddResult {
  const fields: Record<string, string> = {};
  for (const name of DEFINITION_FIELDS) fields[name] = text(draft[name as keyof IndicatorDraft]);
  const json = JSON.stringify([fields]);
  const result = catalog.tryExtend({ indicators: [{ file: source, text: json }] });
  if (!result.catalog) {
    const errors = result.problems.map((p) => ({ field: p.field, message: p.message }));
    return { ok: false, errors, message: errors.map((e) => `${e.field}: ${e.message}`).join("; ") };
  }
  const indicator = result.catalog.indicators[result.catalog.indicators.length - 1];
  return { ok: true, catalog: result.catalog, indicator, row: definitionRow(indicator) };
}

/** An indicator as a definitions row (the CSV columns, lists joined with ";"). */
export function definitionRow(indicator: Indicator): Record<string, string> {
  return {
    code: indicator.code,
    name: indicator.name,
    aliases: [...indicator.aliases, ...indicator.aliasesZh].join(";"),
    unit: indicator.unit,
    region: indicator.region,
    plan: indicator.plans.join(";"),
    periodStart: String(indicator.seriesStart),
    periodEnd: String(indicator.seriesEnd),
    acronyms: indicator.acronyms.join(";"),
    path: indicator.path,
    nameZh: indicator.nameZh ?? "",
    unitClass: indicator.unitClass,
    twin: indicator.twin ?? "",
    members: indicator.members.join(";"),
  };
}
