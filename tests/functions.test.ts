import * as sh from "../src/functions/functions";
import type { Fact } from "../src/core/types";
import { call, CustomFunctionsError, freshStore, invocation } from "./helpers/excel-functions";

const store = freshStore();

function errorOf(result: unknown): { code: string; message: string } {
  expect(result).toBeInstanceOf(CustomFunctionsError);
  return result as { code: string; message: string };
}

describe("SH.TARGET and SH.BASELINE give the DESIGN.md numbers in display units", () => {
  it.each([
    ["IC", 414],
    ["BIO", 1200],
    ["AI", 440],
    ["DISPLAY", 70],
    ["SENSOR", 80],
    ["SOFTWARE", 1500],
    ["MEDDEV", 60],
    ["NEV", 1200000],
    ["NEV_VALUE", 350],
    ["PROJECTS", 100],
    ["INVEST", 850],
  ])('=SH.TARGET("%s") is %s', (code, value) => {
    expect(call(sh.target, code)).toBeCloseTo(value as number, 6);
    expect(call(sh.target, code, 2025)).toBeCloseTo(value as number, 6);
  });

  it("reads shares as fractions: KIS_SHARE two-thirds, RD_GDP 4.5 % expected for 2024", () => {
    expect(call(sh.target, "KIS_SHARE")).toBeCloseTo(2 / 3, 6);
    expect(call(sh.target, "RD_GDP", 2024)).toBeCloseTo(0.045, 6);
  });

  it.each([
    ["IC", 207],
    ["BIO", 600],
    ["AI", 220],
    ["NEV", 238600],
  ])('=SH.BASELINE("%s") is %s', (code, value) => {
    expect(call(sh.baseline, code)).toBeCloseTo(value as number, 6);
  });

  it("accepts codes and names in any case", () => {
    expect(call(sh.target, "ic", 2025)).toBe(414);
    expect(call(sh.target, "integrated circuits", 2025)).toBe(414);
    expect(call(sh.target, "New Energy Vehicles")).toBe(1200000);
    expect(call(sh.target, "IC", 2025, "shanghai")).toBe(414);
  });

  it("says the IC target is derived and 'more than'", () => {
    expect(call(sh.info, "IC", "comparator")).toBe(">");
    expect(call(sh.info, "IC", "derived")).toBe(true);
    expect(call(sh.info, "IC", "derivation")).toBe("more than 2 × the 2020 baseline of 207 bn yuan");
    expect(call(sh.info, "NEV", "baselineyear")).toBe(2020);
    expect(call(sh.info, "NEV", "targetyear")).toBe(2025);
    expect(call(sh.info, "DISPLAY", "derived")).toBe(false);
    expect(call(sh.info, "SENSOR", "name")).toBe("Smart sensors, industrial value");
  });
});

describe("actuals, paths, rates, progress and status", () => {
  it("reads reported actuals by year and the latest", () => {
    expect(call(sh.actual, "IC", 2020)).toBe(207);
    expect(call(sh.actual, "RD_GDP", 2023)).toBeCloseTo(0.044, 6);
    expect(call(sh.latest, "NEV")).toBe(238600);
  });

  it("gives the required CAGR: IC 14.87 %, NEV 38.13 %, and from a given point", () => {
    expect(call(sh.requiredCagr, "IC")).toBeCloseTo(0.1487, 4);
    expect(call(sh.requiredCagr, "NEV")).toBeCloseTo(0.3813, 4);
    // from 300 bn in 2023 to 414 bn in 2025: (414/300)^(1/2) - 1 = 17.47 %
    expect(call(sh.requiredCagr, "IC", 2023, 300)).toBeCloseTo(0.1747, 4);
  });

  it("draws the path and the progress share", () => {
    expect(call(sh.path, "IC", 2025)).toBeCloseTo(414, 6);
    expect(call(sh.path, "IC", 2022)).toBeCloseTo(273.14, 1);
    expect(call(sh.path, "INVEST", 2023)).toBeCloseTo(510, 6);
    expect(call(sh.progress, "IC", 2023, 310.5)).toBeCloseTo(0.5, 6);
  });

  it("gives the status now and for a value the analyst tests", () => {
    expect(call(sh.status, "NEV")).toBe("Insufficient data");
    expect(call(sh.status, "IC", 2023, 313.7)).toBe("On track");
    expect(call(sh.status, "IC", 2023, 280)).toBe("Acceleration needed");
    expect(call(sh.status, "IC", 2023, 280, "projection")).toBe("Acceleration needed");
    expect(call(sh.status, "IC", 2023, 420)).toBe("Achieved");
  });

  it("quotes the source with its document", () => {
    const text = call(sh.source, "NEV") as string;
    expect(text).toContain("the annual output should exceed 1.2 million units by 2025");
    expect(text).toContain("[003_6e137014eb55f111.txt]");
    expect(call(sh.source, "IC", 2020)).toContain("to 207 billion yuan in 2020");
    expect(call(sh.source, "RD_GDP", 2023, "actual")).toContain("about 4.4 percent");
  });
});

describe("SH.INDICATORS and SH.SIGNED", () => {
  it("spills a table of codes and names", () => {
    const table = call(sh.indicators) as string[][];
    expect(table[0]).toEqual(["Code", "Indicator", "Unit", "Region"]);
    expect(table.slice(1).map((r) => r[0])).toEqual([
      "IC",
      "BIO",
      "AI",
      "DISPLAY",
      "SENSOR",
      "SOFTWARE",
      "MEDDEV",
      "NEV",
      "NEV_VALUE",
      "PROJECTS",
      "INVEST",
      "KIS_SHARE",
      "RD_GDP",
      // the series the shipped reported figures and the 15th plan need (data/indicators.csv)
      "LEAD3",
      "GDP",
      "GDP_GROWTH",
      "GDP_PC",
      "SEI_SHARE",
      "BIO_MFG",
      "AUTO_VALUE",
      "AUTO_SCALE",
      "ELEC_INFO",
      "IND_VA",
      "INVEST_PROJ",
      "PROJ_1BN_START",
      "NEV_STOCK",
      "DIGITAL_SHARE",
      "DIGITAL_CORE_SHARE",
      "LABOR_PROD",
      "KIS_GDP_SHARE",
      "BASIC_RD_SHARE",
      "BUDGET_REV_GROWTH",
      "CPI",
      "UNEMPLOYMENT",
      "MAJOR_PROJ_INVEST",
    ]);
  });

  it.each([
    ["GIPC2022", "projects", undefined, 322],
    ["GIPC2022", "value", undefined, 565.8],
    ["GIPC2022", "projects", "IC", 28],
    ["GIPC2022", "projects", "biomedicine", 42],
    ["GIPC2022", "value", "key areas", 393.5],
    ["GIPC2021", "projects", undefined, 216],
    ["GIPC2021", "value", undefined, 489.8],
    ["GIPC2021", "valueusd", undefined, 74.9],
    ["SCE2021", "value", undefined, 252.4],
    ["SCE2021", "projects", "offline", 50],
    ["SCE2021", "value", "online", 39.8],
    ["SCE2021", "share", "private", 0.66],
    ["sce2021", "projects", "digital economy", 20],
  ])('=SH.SIGNED("%s","%s","%s") is %s', (event, measure, segment, value) => {
    expect(call(sh.signed, event, measure, segment)).toBeCloseTo(value as number, 6);
  });
});

describe("errors an analyst can read", () => {
  it("unknown code -> #N/A naming the code and SH.INDICATORS()", () => {
    expect(errorOf(call(sh.target, "XX"))).toEqual({
      code: "#N/A",
      message: 'unknown indicator "XX"; see =SH.INDICATORS() for the codes',
    });
  });

  it("a year with no figure -> #N/A listing the years that exist", () => {
    expect(errorOf(call(sh.target, "IC", 2030))).toMatchObject({
      code: "#N/A",
      message: "no target for IC in 2030; years with a target: 2025; no 15FYP target is published yet",
    });
    expect(errorOf(call(sh.actual, "NEV", 2022)).message).toBe(
      "no reported actual for NEV in 2022; years with a reported actual: 2020",
    );
  });

  it("wrong argument types -> #VALUE! with a message", () => {
    expect(errorOf(call(sh.target, 42))).toMatchObject({ code: "#VALUE!", message: "code must be text, got 42" });
    expect(errorOf(call(sh.target, "IC", "soon"))).toMatchObject({ code: "#VALUE!" });
    expect(errorOf(call(sh.target, "IC", 2025.5)).message).toMatch(/whole year/);
    expect(errorOf(call(sh.status, "IC", null, null, "magic")).message).toBe(
      'method must be "cagr" or "projection", got "magic"',
    );
    expect(errorOf(call(sh.info, "IC", "colour")).message).toMatch(/^unknown field "colour"; fields: name, code/);
    expect(errorOf(call(sh.signed, "EXPO1999")).message).toBe(
      'unknown signing event "EXPO1999"; events: GIPC2021, GIPC2022, SCE2021',
    );
  });
});

describe("live data", () => {
  it("re-answers every open formula when the store changes, and stops after Excel cancels it", () => {
    const open = invocation();
    sh.latest("IC", null as unknown as string, null as unknown as string, open as never);
    expect(open.results).toEqual([207]);
    const analystRow: Fact = {
      doc: "workbook:Actuals",
      region: "Shanghai",
      indicator: "IC",
      subject: "IC",
      kind: "actual",
      measure: "level",
      year: 2023,
      value: 330e9,
      unit: "CNY",
      comparator: "=",
      relative: null,
      period: null,
      quote: "Analyst entry",
      start: 0,
      end: 0,
    };
    store.setWorkbookFacts([analystRow]);
    expect(open.results).toEqual([207, 330]);
    open.onCanceled!();
    store.setWorkbookFacts([]);
    expect(open.results).toEqual([207, 330]);
  });
});
