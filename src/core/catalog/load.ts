/**
 * Definition rows -> plans, indicator series and event series, validated as a whole: every problem is reported
 * with its file, row and field, and a table with any problem adds nothing (nothing half-loads).
 */
import { CJK, checkUnit, normalise, RowReader, unitClassOf } from "./fields";
import { gapProblem, hasGap } from "./gap-alias";
import { readDefinitionRows } from "./table";
import {
  PATH_KINDS,
  UNIT_CLASSES,
  type DefinitionProblem,
  type DefinitionSource,
  type EventSeries,
  type Indicator,
  type PathKind,
  type Plan,
  type UnitClass,
} from "./types";

export const PLAN_COLUMNS = ["id", "name", "region", "periodStart", "periodEnd"] as const;
export const INDICATOR_COLUMNS = [
  "code",
  "name",
  "aliases",
  "unit",
  "region",
  "plan",
  "periodStart",
  "periodEnd",
] as const;
export const INDICATOR_OPTIONAL_COLUMNS = [
  "acronyms",
  "path",
  "nameZh",
  "unitClass",
  "twin",
  "members",
  "definedIn",
] as const;
export const EVENT_COLUMNS = ["prefix", "name", "region", "aliases"] as const;
export const EVENT_OPTIONAL_COLUMNS = ["nameZh"] as const;

const PLAN_ID = /^[A-Za-z0-9][A-Za-z0-9_-]{0,19}$/;
const CODE = /^[A-Za-z][A-Za-z0-9_]{0,31}$/;
const ACRONYM = /^[A-Z][A-Za-z0-9&]{0,11}$/;

export interface CatalogParts {
  plans: Plan[];
  indicators: Indicator[];
  events: EventSeries[];
}

export interface DefinitionSources {
  plans?: DefinitionSource[];
  indicators?: DefinitionSource[];
  events?: DefinitionSource[];
}

const where = (file: string, row: number) => `${file} row ${row}`;
const sameRegion = (a: string, b: string) => normalise(a) === normalise(b);

function splitByScript(items: string[]): { latin: string[]; zh: string[] } {
  return { latin: items.filter((a) => !CJK.test(a)), zh: items.filter((a) => CJK.test(a)) };
}

function loadPlans(sources: DefinitionSource[], base: Plan[], problems: DefinitionProblem[]): Plan[] {
  const plans = [...base];
  for (const source of sources) {
    const read = readDefinitionRows(source, PLAN_COLUMNS, []);
    problems.push(...read.problems);
    for (const row of read.rows) {
      const r = new RowReader(row, problems);
      const id = r.code("id", PLAN_ID, "a plan id is letters and digits such as 14FYP");
      const name = r.required("name");
      const region = r.required("region");
      const period = r.period();
      if (!id || !name || !region || !period) continue;
      const plan: Plan = {
        id,
        name,
        region,
        periodStart: period.start,
        periodEnd: period.end,
        baselineYear: period.start - 1,
        definedIn: where(row.file, row.row),
      };
      if (addPlan(plans, plan, r, "id")) continue;
    }
  }
  return plans;
}

/** Adds a plan unless its id is taken in its region or its period overlaps another plan of the region. */
function addPlan(plans: Plan[], plan: Plan, r: RowReader, field: string): boolean {
  const clash = plans.find((p) => sameRegion(p.region, plan.region) && p.id.toLowerCase() === plan.id.toLowerCase());
  if (clash) {
    r.fail(field, `plan ${plan.id} of ${plan.region} is already defined (${clash.definedIn})`);
    return false;
  }
  const overlap = plans.find(
    (p) => sameRegion(p.region, plan.region) && p.periodStart <= plan.periodEnd && plan.periodStart <= p.periodEnd,
  );
  if (overlap) {
    r.fail(
      "periodStart",
      `${plan.periodStart}-${plan.periodEnd} overlaps plan ${overlap.id} of ${overlap.region} (${overlap.periodStart}-${overlap.periodEnd}, ${overlap.definedIn}); a year belongs to one plan of a region`,
    );
    return false;
  }
  plans.push(plan);
  return true;
}

function loadIndicators(
  sources: DefinitionSource[],
  base: Indicator[],
  plans: Plan[],
  problems: DefinitionProblem[],
): Indicator[] {
  const indicators = [...base];
  // (region, code) -> indicator: 1,000 definitions must not compare every row with every other
  const codeKey = (region: string, code: string) => `${normalise(region)}\u0000${code.toUpperCase()}`;
  const byCode = new Map(base.map((i) => [codeKey(i.region, i.code), i]));
  const twins: { indicator: Indicator; twin: string; r: RowReader }[] = [];
  const groups: { indicator: Indicator; members: string[]; r: RowReader }[] = [];
  // Every name a text or a formula can use, per region, and whose it is.
  const claimed = new Map<string, { code: string; definedIn: string }>();
  const claimKey = (region: string, key: string) => `${normalise(region)}\u0000${key}`;
  const claim = (indicator: Indicator, r: RowReader | null): boolean => {
    const keys: [string, string, string][] = [
      [indicator.code, normalise(indicator.code), "code"],
      ...[...indicator.aliases, ...indicator.aliasesZh].map((a): [string, string, string] => [
        a,
        normalise(a),
        "aliases",
      ]),
      ...indicator.acronyms.map((a): [string, string, string] => [a, `acronym:${a}`, "acronyms"]),
    ];
    let ok = true;
    const own = new Set<string>();
    for (const [text, key, field] of keys) {
      if (own.has(key)) continue;
      own.add(key);
      const holder = claimed.get(claimKey(indicator.region, key));
      if (holder && holder.code !== indicator.code) {
        const what = field === "code" ? "the code" : `"${text}"`;
        r?.fail(
          field,
          `${what} is already claimed by ${holder.code} (${holder.definedIn}); an alias names one indicator`,
        );
        ok = false;
      }
    }
    if (ok)
      for (const key of own)
        claimed.set(claimKey(indicator.region, key), { code: indicator.code, definedIn: indicator.definedIn });
    return ok;
  };
  for (const indicator of base) claim(indicator, null);

  for (const source of sources) {
    const read = readDefinitionRows(source, INDICATOR_COLUMNS, INDICATOR_OPTIONAL_COLUMNS);
    problems.push(...read.problems);
    for (const row of read.rows) {
      const r = new RowReader(row, problems);
      const before = problems.length;
      const code = r.code(
        "code",
        CODE,
        "a code is letters, digits and _ starting with a letter, such as IC or NEV_VALUE",
      );
      const name = r.required("name");
      const unitText = r.required("unit");
      const region = r.required("region");
      const period = r.period();
      const names = splitByScript(r.list("aliases"));
      for (const alias of [...names.latin, ...names.zh]) {
        const bad = gapProblem(alias);
        if (bad) r.fail("aliases", bad);
      }
      const acronyms = r.list("acronyms");
      for (const acronym of acronyms)
        if (!ACRONYM.test(acronym))
          r.fail("acronyms", `"${acronym}" is not an acronym (capitals first, no spaces, such as IC or NEVs)`);
      if (!names.latin.length && !names.zh.length && !acronyms.length)
        r.fail("aliases", "is empty; give at least one phrase that names the indicator in text (or an acronym)");
      let unit = unitText;
      if (unitText) {
        const bad = checkUnit(unitText);
        if (bad) r.fail("unit", bad);
        else unit = /^(cny|usd)$/i.test(unitText) ? unitText.toUpperCase() : unitText;
      }
      let unitClass: UnitClass | undefined = unit ? unitClassOf(unit) : undefined;
      const givenClass = r.text("unitClass");
      if (givenClass) {
        if (!UNIT_CLASSES.includes(givenClass as UnitClass))
          r.fail("unitClass", `unknown unit class "${givenClass}"; unit classes are ${UNIT_CLASSES.join(", ")}`);
        else if (unitClass && givenClass !== unitClass)
          r.fail("unitClass", `unit ${unit} is ${unitClass}, not ${givenClass}`);
        else unitClass = givenClass as UnitClass;
      }
      const pathText = r.text("path");
      if (pathText && !PATH_KINDS.includes(pathText as PathKind))
        r.fail("path", `unknown path "${pathText}"; paths are ${PATH_KINDS.join(", ")}`);
      const path = (pathText || (unitClass === "ratio" ? "linear" : "compound")) as PathKind;
      const taken = code && region ? byCode.get(codeKey(region, code)) : undefined;
      if (taken)
        r.fail(
          "code",
          `${code!.toUpperCase()} is already defined for ${taken.region} (${taken.definedIn}); a code is unique in its region`,
        );
      if (problems.length > before || !code || !name || !region || !period || !unit || !unitClass) continue;

      const own = resolvePlans(r, plans, region, period);
      if (!own) continue;
      const first = own[0];
      const indicator: Indicator = {
        code: code.toUpperCase(),
        name,
        ...(r.text("nameZh") ? { nameZh: r.text("nameZh") } : {}),
        aliases: names.latin,
        aliasesZh: names.zh,
        acronyms,
        unit,
        unitClass,
        region,
        plans: own.map((p) => p.id),
        seriesStart: period.start,
        seriesEnd: period.end,
        plan: first.name,
        periodStart: first.periodStart,
        periodEnd: first.periodEnd,
        path,
        members: [],
        definedIn: r.text("definedIn") || where(row.file, row.row),
      };
      if (!claim(indicator, r)) continue;
      if (r.text("twin")) twins.push({ indicator, twin: r.text("twin").toUpperCase(), r });
      const members = r.list("members").map((m) => m.toUpperCase());
      if (members.length) groups.push({ indicator, members, r });
      indicators.push(indicator);
      byCode.set(codeKey(region, indicator.code), indicator);
    }
  }
  for (const { indicator, twin, r } of twins) {
    const other = byCode.get(codeKey(indicator.region, twin));
    if (twin === indicator.code) r.fail("twin", "an indicator cannot be its own twin");
    else if (!other) r.fail("twin", `no indicator ${twin} in ${indicator.region}`);
    else if (other.unitClass === indicator.unitClass)
      r.fail(
        "twin",
        `${twin} has the same unit class (${other.unitClass}); a twin takes figures of another unit class`,
      );
    else indicator.twin = twin;
  }
  for (const { indicator, members, r } of groups) {
    const bad = members.find((m, i) => m === indicator.code || members.indexOf(m) < i);
    const missing = members.find((m) => !byCode.has(codeKey(indicator.region, m)));
    if (bad === indicator.code) r.fail("members", "an indicator cannot be its own member");
    else if (bad) r.fail("members", `${bad} is named twice`);
    else if (missing) r.fail("members", `no indicator ${missing} in ${indicator.region}`);
    else indicator.members = members;
  }
  return indicators;
}

/** The plans a row names (defining an unknown id from the row's region and period), or its region's plans in its period. */
function resolvePlans(
  r: RowReader,
  plans: Plan[],
  region: string,
  period: { start: number; end: number },
): Plan[] | undefined {
  const ids = r.list("plan");
  const own: Plan[] = [];
  if (!ids.length) {
    own.push(
      ...plans.filter(
        (p) => sameRegion(p.region, region) && p.periodStart <= period.end && period.start <= p.periodEnd,
      ),
    );
    if (!own.length)
      return r.fail(
        "plan",
        `is empty and no plan of ${region} covers ${period.start}-${period.end}; name a plan id (such as 14FYP) to define one`,
      );
  }
  for (const id of ids) {
    if (!PLAN_ID.test(id)) return r.fail("plan", `"${id}" is not a plan id (letters and digits, such as 14FYP)`);
    const known = plans.find((p) => sameRegion(p.region, region) && p.id.toLowerCase() === id.toLowerCase());
    if (known) {
      if (known.periodStart > period.end || period.start > known.periodEnd)
        return r.fail(
          "plan",
          `plan ${known.id} covers ${known.periodStart}-${known.periodEnd}, outside this row's period ${period.start}-${period.end}`,
        );
      own.push(known);
      continue;
    }
    if (ids.length > 1)
      return r.fail(
        "plan",
        `plan ${id} of ${region} is not defined; a row naming several plans can only name defined ones (add it to the plans file, or give it its own row)`,
      );
    const plan: Plan = {
      id,
      name: `${region} ${id} (${period.start}-${String(period.end).slice(-2)})`,
      region,
      periodStart: period.start,
      periodEnd: period.end,
      baselineYear: period.start - 1,
      definedIn: where(r.row.file, r.row.row),
    };
    if (!addPlan(plans, plan, r, "plan")) return undefined;
    own.push(plan);
  }
  return own.sort((a, b) => a.periodStart - b.periodStart);
}

function loadEvents(sources: DefinitionSource[], base: EventSeries[], problems: DefinitionProblem[]): EventSeries[] {
  const events = [...base];
  for (const source of sources) {
    const read = readDefinitionRows(source, EVENT_COLUMNS, EVENT_OPTIONAL_COLUMNS);
    problems.push(...read.problems);
    for (const row of read.rows) {
      const r = new RowReader(row, problems);
      const prefix = r.code("prefix", /^[A-Z]{2,12}$/, "a prefix is 2-12 capital letters, such as GIPC");
      const name = r.required("name");
      const region = r.required("region");
      const names = splitByScript(r.list("aliases"));
      if (!names.latin.length && !names.zh.length)
        r.fail("aliases", "is empty; give at least one phrase naming the event");
      for (const alias of [...names.latin, ...names.zh].filter(hasGap))
        r.fail("aliases", `"${alias}" has a gap (…); an event is named by whole phrases, gaps are for indicators`);
      if (!prefix || !name || !region || (!names.latin.length && !names.zh.length)) continue;
      const clash = events.find((e) => e.prefix === prefix);
      if (clash) {
        r.fail("prefix", `${prefix} is already defined (${clash.definedIn})`);
        continue;
      }
      events.push({
        prefix,
        name,
        ...(r.text("nameZh") ? { nameZh: r.text("nameZh") } : {}),
        region,
        aliases: names.latin,
        aliasesZh: names.zh,
        definedIn: where(row.file, row.row),
      });
    }
  }
  return events;
}

/** Validates definition tables on top of `base`; returns the whole new catalog's parts, or every problem. */
export function loadParts(
  sources: DefinitionSources,
  base: CatalogParts = { plans: [], indicators: [], events: [] },
): { parts: CatalogParts; problems: [] } | { parts: null; problems: DefinitionProblem[] } {
  const problems: DefinitionProblem[] = [];
  const plans = loadPlans(sources.plans ?? [], base.plans, problems);
  const indicators = loadIndicators(sources.indicators ?? [], base.indicators, plans, problems);
  const events = loadEvents(sources.events ?? [], base.events, problems);
  if (problems.length) return { parts: null, problems };
  return { parts: { plans, indicators, events }, problems: [] };
}
