/** The year picks the plan: 14th-plan answers stay, the 15th plan answers for its years, a plan id picks one. */
import * as sh from "../src/functions/functions";
import type { Fact } from "../src/core/types";
import { call, CustomFunctionsError, freshStore } from "./helpers/excel-functions";

const store = freshStore();

function fact(kind: Fact["kind"], code: string, year: number, value: number, extra: Partial<Fact> = {}): Fact {
  const quote = `Test row: ${code} ${kind} ${year} ${value}`;
  return {
    doc: "workbook:Targets",
    region: "Shanghai",
    indicator: code,
    subject: code,
    kind,
    measure: "level",
    year,
    period: null,
    value,
    unit: "CNY",
    comparator: "=",
    relative: null,
    quote,
    start: 0,
    end: quote.length,
    ...extra,
  };
}

function errorOf(result: unknown): { code: string; message: string } {
  expect(result).toBeInstanceOf(CustomFunctionsError);
  return result as { code: string; message: string };
}

// Made-up figures for the tests: a 15th-plan IC target of 900 bn for 2030 and a 2025 actual of 500 bn.
const FIFTEENTH = [
  fact("target", "IC", 2030, 900e9),
  fact("actual", "IC", 2025, 500e9, { doc: "workbook:Actuals" }),
  fact("actual", "IC", 2026, 260e9, { doc: "workbook:Actuals", period: { from: 1, to: 6 } }),
];

afterEach(() => {
  store.setWorkbookFacts([]);
  store.setDate(undefined);
});

describe("SH.PLANS", () => {
  it("spills every plan with its id, name, region and period", () => {
    expect(call(sh.plans)).toEqual([
      ["Plan", "Name", "Region", "Period"],
      ["14FYP", "Shanghai 14th Five-Year Plan for high-end industries (2021-25)", "Shanghai", "2021-2025"],
      ["15FYP", "Shanghai 15th Five-Year Plan (2026-30)", "Shanghai", "2026-2030"],
    ]);
    expect(call(sh.plans, "shanghai")).toHaveLength(3);
  });
  it("names the regions that have plans when asked for one without", () => {
    expect(errorOf(call(sh.plans, "Chongqing")).message).toBe(
      'no plans for region "Chongqing"; regions with plans: Shanghai',
    );
  });
});

describe("with only the seeds (no 15th-plan target yet)", () => {
  it("keeps every 14th-plan answer", () => {
    expect(call(sh.target, "IC")).toBe(414);
    expect(call(sh.target, "IC", 2025)).toBe(414);
    expect(call(sh.baseline, "IC")).toBe(207);
    expect(call(sh.path, "IC", 2022)).toBeCloseTo(273.1, 1);
    expect(call(sh.info, "IC", "planid")).toBe("14FYP");
  });
  it("says the 15th plan's target is not yet published", () => {
    expect(errorOf(call(sh.target, "IC", null, null, "15FYP")).message).toBe(
      "no target stated for IC (Shanghai, 15FYP): target not yet published",
    );
    expect(errorOf(call(sh.target, "IC", 2030)).message).toBe(
      "no target for IC in 2030; years with a target: 2025; no 15FYP target is published yet",
    );
  });
});

describe("with a 15th-plan target", () => {
  beforeEach(() => store.setWorkbookFacts(FIFTEENTH));

  it("gives the target of the plan whose period contains the year", () => {
    expect(call(sh.target, "IC", 2025)).toBe(414);
    expect(call(sh.target, "IC", 2030)).toBe(900);
  });

  it("without a year, answers for the plan in force on the workbook's date", () => {
    store.setDate("2026-12-01");
    expect(call(sh.target, "IC")).toBe(900);
    expect(call(sh.baseline, "IC")).toBe(500);
    expect(call(sh.info, "IC", "plan")).toBe("Shanghai 15th Five-Year Plan (2026-30)");
    store.setDate("2024-03-01");
    expect(call(sh.target, "IC")).toBe(414);
    expect(call(sh.baseline, "IC")).toBe(207);
  });

  it("takes the 15th plan's baseline from the 2025 actual, and the 14th's from 2020", () => {
    expect(call(sh.baseline, "IC", null, "15FYP")).toBe(500);
    expect(call(sh.baseline, "IC", null, "14fyp")).toBe(207);
    expect(call(sh.info, "IC", "baselineyear", "15FYP")).toBe(2025);
  });

  it("lets the year of PATH, PROGRESS and STATUS pick the plan", () => {
    store.setDate("2026-12-01");
    // 14th plan: 207 -> 414 over 2020-25
    expect(call(sh.path, "IC", 2022)).toBeCloseTo(273.1, 1);
    expect(call(sh.progress, "IC", 2023, 310.5)).toBeCloseTo(0.5, 6);
    expect(call(sh.status, "IC", 2023, 280)).toBe("Acceleration needed");
    // 15th plan: 500 -> 900 over 2025-30
    expect(call(sh.path, "IC", 2030)).toBeCloseTo(900, 6);
    expect(call(sh.path, "IC", 2028)).toBeCloseTo(500 * (900 / 500) ** (3 / 5), 6);
    expect(call(sh.progress, "IC", 2028, 700)).toBeCloseTo(0.5, 6);
    expect(call(sh.requiredCagr, "IC", 2027, 600)).toBeCloseTo((900 / 600) ** (1 / 3) - 1, 6);
  });

  it("answers for a plan named in the last argument", () => {
    expect(call(sh.target, "IC", null, null, "14FYP")).toBe(414);
    expect(call(sh.target, "IC", null, null, "15FYP")).toBe(900);
    expect(call(sh.path, "IC", 2022, "14FYP")).toBeCloseTo(273.1, 1);
    expect(call(sh.progress, "IC", 2023, 310.5, "14FYP")).toBeCloseTo(0.5, 6);
    expect(call(sh.status, "IC", null, null, null, "14FYP")).toBe("Achieved");
    expect(call(sh.info, "IC", "periodstart", "15FYP")).toBe(2026);
    expect(call(sh.source, "IC", 2030, null, "15FYP")).toBe(
      '"Test row: IC target 2030 900000000000" — workbook:Targets [workbook:Targets]',
    );
  });

  it("rejects a year outside the named plan, an unknown plan, and a plan the series is not tracked in", () => {
    expect(errorOf(call(sh.target, "IC", 2025, null, "15FYP")).message).toBe(
      "2025 is not in 15FYP (2026-2030); a target of 2025 belongs to another plan, see =SH.PLANS()",
    );
    expect(errorOf(call(sh.target, "IC", null, null, "16FYP")).message).toBe(
      'unknown plan "16FYP" for Shanghai; plans: 14FYP (2021-2025), 15FYP (2026-2030); see =SH.PLANS()',
    );
    expect(errorOf(call(sh.target, "PROJECTS", null, null, "15FYP")).message).toBe(
      "PROJECTS is not tracked in 15FYP; its plans: 14FYP",
    );
    expect(errorOf(call(sh.target, "IC", null, null, 15)).code).toBe("#VALUE!");
  });

  it("never counts a part-year figure as the year", () => {
    expect(call(sh.latest, "IC")).toBe(500);
    expect(errorOf(call(sh.actual, "IC", 2026)).message).toBe(
      "no reported actual for IC in 2026; years with a reported actual: 2020, 2025; 2026 has part-year figures only (Jan-Jun 2026: 260 bn yuan), which never count as the year",
    );
  });

  it("lists the indicators of one plan", () => {
    const fifteenth = (call(sh.indicators, "Shanghai", "15FYP") as string[][]).map((row) => row[0]);
    const fourteenth = (call(sh.indicators, null, "14FYP") as string[][]).map((row) => row[0]);
    for (const series of ["IC", "BIO", "AI", "NEV", "SOFTWARE", "RD_GDP"]) {
      expect(fifteenth).toContain(series);
      expect(fourteenth).toContain(series);
    }
    // the 2021-25 cumulative targets end with their plan
    expect(fourteenth).toEqual(expect.arrayContaining(["PROJECTS", "INVEST"]));
    expect(fifteenth).not.toContain("PROJECTS");
    expect(fifteenth).not.toContain("INVEST");
    expect(errorOf(call(sh.indicators, null, "9FYP")).message).toBe('unknown plan "9FYP"; see =SH.PLANS()');
  });
});
