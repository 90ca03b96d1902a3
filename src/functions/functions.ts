/* global CustomFunctions */
/**
 * The SH custom functions. Each is a streaming function: it answers at once and answers again whenever the
 * shared store changes (a refresh, an edit to the Actuals or Targets tables, an accepted document), so every
 * SH formula in the workbook recalculates without the analyst pressing anything.
 * Metadata (dist/functions.json) is generated from these JSDoc blocks by custom-functions-metadata-plugin.
 */
import { createFunctions, FunctionError, safely, type Result } from "./engine";
import { sharedStore } from "./store";

const sh = createFunctions(() => sharedStore().dataset());

const ERROR_CODES: Record<FunctionError["code"], CustomFunctions.ErrorCode> = {
  "#N/A": "#N/A" as CustomFunctions.ErrorCode.notAvailable,
  "#VALUE!": "#VALUE!" as CustomFunctions.ErrorCode.invalidValue,
  "#NUM!": "#NUM!" as CustomFunctions.ErrorCode.invalidNumber,
};

function toExcel(result: Result | FunctionError): Result | CustomFunctions.Error {
  return result instanceof FunctionError ? new CustomFunctions.Error(ERROR_CODES[result.code], result.message) : result;
}

/** Sets the result now and after every store change, until Excel cancels the formula. */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
function stream(invocation: CustomFunctions.StreamingInvocation<any>, run: () => Result): void {
  let store: ReturnType<typeof sharedStore>;
  try {
    store = sharedStore();
  } catch (error) {
    invocation.setResult(toExcel(new FunctionError("#N/A", (error as Error).message)));
    return;
  }
  const push = () => invocation.setResult(toExcel(safely(run)));
  push();
  const unsubscribe = store.subscribe(push);
  invocation.onCanceled = unsubscribe;
}

/**
 * Plan target of an indicator, in display units (CNY bn for money, counts, fractions for shares).
 * @customfunction TARGET
 * @helpurl https://localhost:3000/help.html#shtarget
 * @streaming
 * @param code Indicator code or name, e.g. "IC", "NEV" or "integrated circuits".
 * @param [year] Target year (it picks the plan whose period contains it); leave out for the plan's final target.
 * @param [region] Region of the indicator; Shanghai when left out.
 * @param [plan] Plan id, e.g. "14FYP" or "15FYP"; when left out, the plan of the year, else the plan in force.
 * @param invocation Streaming invocation.
 */
export function target(
  code: string,
  year: number,
  region: string,
  plan: string,
  invocation: CustomFunctions.StreamingInvocation<number>,
): void {
  stream(invocation, () => sh.TARGET(code, year, region, plan));
}

/**
 * Baseline value of an indicator (the actual of the year before the plan period), in display units.
 * @customfunction BASELINE
 * @helpurl https://localhost:3000/help.html#shbaseline
 * @streaming
 * @param code Indicator code or name, e.g. "IC".
 * @param [region] Region of the indicator; Shanghai when left out.
 * @param [plan] Plan id, e.g. "14FYP" or "15FYP"; the plan in force when left out.
 * @param invocation Streaming invocation.
 */
export function baseline(
  code: string,
  region: string,
  plan: string,
  invocation: CustomFunctions.StreamingInvocation<number>,
): void {
  stream(invocation, () => sh.BASELINE(code, region, plan));
}

/**
 * Reported actual value of an indicator for a year, in display units.
 * @customfunction ACTUAL
 * @helpurl https://localhost:3000/help.html#shactual
 * @streaming
 * @param code Indicator code or name, e.g. "NEV".
 * @param year Year of the reported figure, e.g. 2020.
 * @param [region] Region of the indicator; Shanghai when left out.
 * @param invocation Streaming invocation.
 */
export function actual(
  code: string,
  year: number,
  region: string,
  invocation: CustomFunctions.StreamingInvocation<number>,
): void {
  stream(invocation, () => sh.ACTUAL(code, year, region));
}

/**
 * Latest reported actual value of an indicator, in display units.
 * @customfunction LATEST
 * @helpurl https://localhost:3000/help.html#shlatest
 * @streaming
 * @param code Indicator code or name, e.g. "AI".
 * @param [region] Region of the indicator; Shanghai when left out.
 * @param [plan] Plan id, e.g. "14FYP": the latest actual within that plan; any year when left out.
 * @param invocation Streaming invocation.
 */
export function latest(
  code: string,
  region: string,
  plan: string,
  invocation: CustomFunctions.StreamingInvocation<number>,
): void {
  stream(invocation, () => sh.LATEST(code, region, plan));
}

/**
 * Where the plan says the indicator should be in a year to stay on course to its target.
 * @customfunction PATH
 * @helpurl https://localhost:3000/help.html#shpath
 * @streaming
 * @param code Indicator code or name, e.g. "IC".
 * @param year Year on the path, e.g. 2023; it picks the plan whose period contains it.
 * @param [plan] Plan id, e.g. "14FYP" or "15FYP"; the plan of the year when left out.
 * @param invocation Streaming invocation.
 */
export function path(
  code: string,
  year: number,
  plan: string,
  invocation: CustomFunctions.StreamingInvocation<number>,
): void {
  stream(invocation, () => sh.PATH(code, year, plan));
}

/**
 * Yearly growth rate needed to reach the target, from the baseline or from a given year and value.
 * @customfunction REQUIREDCAGR
 * @helpurl https://localhost:3000/help.html#shrequiredcagr
 * @streaming
 * @param code Indicator code or name, e.g. "NEV".
 * @param [fromYear] Year to start from; the baseline year when left out.
 * @param [fromValue] Value in that year, in display units; the reported actual when left out.
 * @param [plan] Plan id, e.g. "14FYP" or "15FYP"; the plan of fromYear, else the plan in force, when left out.
 * @param invocation Streaming invocation.
 */
export function requiredCagr(
  code: string,
  fromYear: number,
  fromValue: number,
  plan: string,
  invocation: CustomFunctions.StreamingInvocation<number>,
): void {
  stream(invocation, () => sh.REQUIREDCAGR(code, fromYear, fromValue, plan));
}

/**
 * Share of the baseline-to-target distance covered (0 = at baseline, 1 = target reached).
 * @customfunction PROGRESS
 * @helpurl https://localhost:3000/help.html#shprogress
 * @streaming
 * @param code Indicator code or name, e.g. "IC".
 * @param [year] Year of the figure; the latest reported actual when left out.
 * @param [value] A value to test, in display units (needs the year).
 * @param [plan] Plan id, e.g. "14FYP" or "15FYP"; the plan of the year, else the plan in force, when left out.
 * @param invocation Streaming invocation.
 */
export function progress(
  code: string,
  year: number,
  value: number,
  plan: string,
  invocation: CustomFunctions.StreamingInvocation<number>,
): void {
  stream(invocation, () => sh.PROGRESS(code, year, value, plan));
}

/**
 * Status of an indicator: Achieved, On track, Acceleration needed, Limited progress, Deterioration, Insufficient data.
 * @customfunction STATUS
 * @helpurl https://localhost:3000/help.html#shstatus
 * @streaming
 * @param code Indicator code or name, e.g. "NEV".
 * @param [year] Year of the figure; the latest reported actual when left out.
 * @param [value] A value to test, in display units (needs the year).
 * @param [method] "cagr" (default) or "projection".
 * @param [plan] Plan id, e.g. "14FYP" or "15FYP"; the plan of the year, else the plan in force, when left out.
 * @param invocation Streaming invocation.
 */
export function status(
  code: string,
  year: number,
  value: number,
  method: string,
  plan: string,
  invocation: CustomFunctions.StreamingInvocation<string>,
): void {
  stream(invocation, () => sh.STATUS(code, year, value, method, plan));
}

/**
 * The source quote and document of an indicator's target or actual.
 * @customfunction SOURCE
 * @helpurl https://localhost:3000/help.html#shsource
 * @streaming
 * @param code Indicator code or name, e.g. "AI".
 * @param [year] Year of the figure; the final target when left out.
 * @param [kind] "target", "actual" or "baseline".
 * @param [plan] Plan id, e.g. "14FYP" or "15FYP"; the plan of the year, else the plan in force, when left out.
 * @param invocation Streaming invocation.
 */
export function source(
  code: string,
  year: number,
  kind: string,
  plan: string,
  invocation: CustomFunctions.StreamingInvocation<string>,
): void {
  stream(invocation, () => sh.SOURCE(code, year, kind, plan));
}

/**
 * A property of an indicator: name, unit, plan, planid, baselineyear, targetyear, comparator, derived, ...
 * @customfunction INFO
 * @helpurl https://localhost:3000/help.html#shinfo
 * @streaming
 * @param code Indicator code or name, e.g. "IC".
 * @param field Property name, e.g. "comparator" or "name".
 * @param [plan] Plan id, e.g. "14FYP" or "15FYP"; the plan in force when left out.
 * @param invocation Streaming invocation.
 */
export function info(
  code: string,
  field: string,
  plan: string,
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  invocation: CustomFunctions.StreamingInvocation<any>,
): void {
  stream(invocation, () => sh.INFO(code, field, plan));
}

/**
 * Table of the catalog's indicator codes, names, units and regions (spills).
 * @customfunction INDICATORS
 * @helpurl https://localhost:3000/help.html#shindicators
 * @streaming
 * @param [region] Only indicators of this region, e.g. "Shanghai".
 * @param [plan] Only indicators tracked in this plan, e.g. "15FYP".
 * @param invocation Streaming invocation.
 */
export function indicators(
  region: string,
  plan: string,
  invocation: CustomFunctions.StreamingInvocation<string[][]>,
): void {
  stream(invocation, () => sh.INDICATORS(region, plan));
}

/**
 * Table of the plans: id, name, region and period (spills). A target belongs to the plan whose period holds its year.
 * @customfunction PLANS
 * @helpurl https://localhost:3000/help.html#shplans
 * @streaming
 * @param [region] Only plans of this region, e.g. "Shanghai".
 * @param invocation Streaming invocation.
 */
export function plans(region: string, invocation: CustomFunctions.StreamingInvocation<string[][]>): void {
  stream(invocation, () => sh.PLANS(region));
}

/**
 * Signing figures of an investment event: projects, value (CNY bn), valueusd (USD bn) or share, overall or by segment.
 * @customfunction SIGNED
 * @helpurl https://localhost:3000/help.html#shsigned
 * @streaming
 * @param event Event code, e.g. "GIPC2022", "GIPC2021" or "SCE2021".
 * @param [measure] "projects" (default), "value", "valueusd" or "share".
 * @param [segment] A breakdown, e.g. "IC", "offline", "state", "digital economy"; the total when left out.
 * @param invocation Streaming invocation.
 */
export function signed(
  event: string,
  measure: string,
  segment: string,
  invocation: CustomFunctions.StreamingInvocation<number>,
): void {
  stream(invocation, () => sh.SIGNED(event, measure, segment));
}
