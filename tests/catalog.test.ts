/** The catalog loads plans, indicator series and events from data/, and rejects bad definitions in words. */
import * as fs from "fs";
import * as path from "path";
import {
  Catalog,
  CatalogError,
  defaultCatalog,
  findIndicator,
  INDICATORS,
  shippedDefinitions,
} from "../src/core/catalog";

const ROOT = path.join(__dirname, "..");
const PLANS = {
  file: "plans.csv",
  text: "id,name,region,periodStart,periodEnd\n14FYP,Fourteenth,Shanghai,2021,2025\n",
};
const HEADER = "code,name,aliases,unit,region,plan,periodStart,periodEnd";

function load(indicatorsCsv: string, plans = PLANS) {
  return Catalog.tryLoad({ plans: [plans], indicators: [{ file: "mine.csv", text: indicatorsCsv }] });
}

function problemsOf(indicatorsCsv: string, plans = PLANS): string[] {
  const result = load(indicatorsCsv, plans);
  expect(result.catalog).toBeNull();
  return result.problems.map((p) => `${p.file} row ${p.row} ${p.field}: ${p.message}`);
}

describe("the shipped catalog", () => {
  it("is the data files in data/, embedded as they are", () => {
    const shipped = shippedDefinitions();
    for (const part of [shipped.plans, shipped.indicators, shipped.events])
      expect(part.text).toBe(fs.readFileSync(path.join(ROOT, part.file), "utf8"));
  });

  it("holds the thirteen 14th-plan indicators first, with their units, paths and twins", () => {
    const catalog = defaultCatalog();
    expect(catalog.indicators.slice(0, 13).map((i) => i.code)).toEqual([
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
    ]);
    const nev = catalog.getIndicator("NEV");
    expect([nev.unit, nev.unitClass, nev.path, nev.twin]).toEqual(["vehicles", "count", "compound", "NEV_VALUE"]);
    expect(catalog.getIndicator("INVEST").path).toBe("cumulative");
    expect(catalog.getIndicator("KIS_SHARE").path).toBe("linear");
    expect(catalog.getIndicator("IC").acronyms).toEqual(["IC", "ICs"]);
  });

  it("names the three leading industries' members in LEAD3's members column, and no other series has members", () => {
    const catalog = defaultCatalog();
    expect(catalog.getIndicator("LEAD3").members).toEqual(["IC", "BIO", "AI"]);
    expect(catalog.indicators.filter((i) => i.members.length).map((i) => i.code)).toEqual(["LEAD3"]);
  });

  it("keeps the 14th plan's series going into the 15th plan, but not the 2021-25 cumulative ones", () => {
    const catalog = defaultCatalog();
    expect(catalog.getIndicator("IC").plans).toEqual(["14FYP", "15FYP"]);
    expect(catalog.getIndicator("INVEST").plans).toEqual(["14FYP"]);
    const fifteenth = catalog.findPlan("15fyp", "Shanghai")!;
    expect(fifteenth).toMatchObject({
      name: "Shanghai 15th Five-Year Plan (2026-30)",
      periodStart: 2026,
      periodEnd: 2030,
      baselineYear: 2025,
    });
    expect(catalog.indicatorsOfPlan(fifteenth).map((i) => i.code)).not.toContain("PROJECTS");
  });

  it("finds indicators by code, English name or alias, and by Chinese name or alias", () => {
    const catalog = defaultCatalog();
    expect(catalog.findIndicator("ic")?.code).toBe("IC");
    expect(catalog.findIndicator("Integrated circuits")?.code).toBe("IC");
    expect(catalog.findIndicator("集成电路")?.code).toBe("IC");
    expect(catalog.findIndicator("R&D占GDP比重")?.code).toBe("RD_GDP");
    expect(catalog.findIndicator("研发经费投入强度")?.code).toBe("RD_GDP");
    expect(catalog.findIndicator("知识密集型生产性服务业")?.code).toBe("KIS_SHARE");
    expect(catalog.findIndicator("new energy vehicles")?.code).toBe("NEV");
    expect(catalog.findIndicator("nothing like it")).toBeUndefined();
  });

  it("keeps Chinese aliases apart from the English ones the English extractor matches", () => {
    const ic = defaultCatalog().getIndicator("IC");
    expect(ic.aliases).toEqual([
      "integrated circuit",
      "integrated circuits",
      "integrated-circuit",
      "chip industry",
      "semiconductor industry",
    ]);
    expect(ic.aliasesZh).toEqual(["集成电路", "集成电路产业", "积体电路", "积体电路产业"]);
    expect(ic.nameZh).toBe("集成电路产业规模");
  });

  it("answers the old named exports over the shipped catalog", () => {
    expect(INDICATORS).toBe(defaultCatalog().indicators);
    expect(findIndicator("biopharma")?.code).toBe("BIO");
    expect(findIndicator("IC")?.plan).toBe("Shanghai 14th Five-Year Plan for high-end industries (2021-25)");
    expect([findIndicator("IC")?.periodStart, findIndicator("IC")?.periodEnd]).toEqual([2021, 2025]);
  });

  it("knows the signing-event series and their Chinese names", () => {
    const catalog = defaultCatalog();
    expect(catalog.findEvent("gipc2022")).toMatchObject({ code: "GIPC2022", year: 2022 });
    expect(catalog.findEvent("SCE 2021")?.series.region).toBe("Chongqing");
    expect(catalog.findEvent("SCE 2021")?.series.aliasesZh).toContain("智博会");
    expect(catalog.findEvent("XYZ2021")).toBeUndefined();
  });
});

describe("the year picks the plan", () => {
  const catalog = defaultCatalog();
  it("puts a year in the plan of its region whose period contains it", () => {
    expect(catalog.planOf("Shanghai", 2025)?.id).toBe("14FYP");
    expect(catalog.planOf("shanghai", 2021)?.id).toBe("14FYP");
    expect(catalog.planOf("Shanghai", 2026)?.id).toBe("15FYP");
    expect(catalog.planOf("Shanghai", 2030)?.id).toBe("15FYP");
    expect(catalog.planOf("Shanghai", 2031)).toBeUndefined();
    expect(catalog.planOf("Chongqing", 2025)).toBeUndefined();
  });
  it("gives the plan in force on a workbook's date", () => {
    expect(catalog.planInForce("Shanghai", "2026-12-01")?.id).toBe("15FYP");
    expect(catalog.planInForce("Shanghai", "2024")?.id).toBe("14FYP");
    expect(catalog.planInForce("Shanghai", null)).toBeUndefined();
  });
  it("sets each plan's baseline year to the year before its period", () => {
    expect(catalog.plansOf(catalog.getIndicator("IC")).map((p) => [p.id, p.baselineYear])).toEqual([
      ["14FYP", 2020],
      ["15FYP", 2025],
    ]);
  });
});

describe("definitions an analyst adds", () => {
  it("extend the catalog and leave the shipped one as it was", () => {
    const base = defaultCatalog();
    const extended = base.extend({
      indicators: [
        {
          file: "mine.csv",
          text: `${HEADER},acronyms\nHYDROGEN,Hydrogen fuel-cell vehicles,fuel-cell vehicles;氢燃料电池汽车,vehicles,Shanghai,15FYP,2026,2030,FCVs\n`,
        },
      ],
    });
    expect(extended.findIndicator("fuel cell vehicles")?.code).toBe("HYDROGEN");
    expect(extended.findIndicator("FCVs")?.plans).toEqual(["15FYP"]);
    expect(base.findIndicator("HYDROGEN")).toBeUndefined();
    expect(extended.indicators).toHaveLength(base.indicators.length + 1);
  });

  it("read the same from a JSON array of objects", () => {
    const json = JSON.stringify([
      {
        code: "WIND",
        name: "Offshore wind capacity",
        aliases: ["offshore wind"],
        unit: "megawatts",
        region: "Shanghai",
        plan: "15FYP",
        periodStart: 2026,
        periodEnd: 2030,
      },
    ]);
    const extended = defaultCatalog().extend({ indicators: [{ file: "mine.json", text: json }] });
    expect(extended.getIndicator("offshore wind")).toMatchObject({
      code: "WIND",
      unitClass: "count",
      path: "compound",
    });
  });

  it("define a plan that does not exist yet from the row's region and period", () => {
    const catalog = load(
      `${HEADER}\nMETRO,Metro length,metro network,kilometres,Hangzhou,HZ14,2021,2025\n`,
    ).catalogOrThrow();
    const plan = catalog.findPlan("HZ14", "Hangzhou")!;
    expect([plan.periodStart, plan.periodEnd, plan.baselineYear, plan.region]).toEqual([2021, 2025, 2020, "Hangzhou"]);
    expect(catalog.planOf("Hangzhou", 2023)?.id).toBe("HZ14");
  });

  it("take their plan from their region and period when the plan field is empty", () => {
    const catalog = load(
      `${HEADER}\nPORT,Port throughput,container throughput,containers,Shanghai,,2021,2025\n`,
    ).catalogOrThrow();
    expect(catalog.getIndicator("PORT").plans).toEqual(["14FYP"]);
  });
});

describe("a bad definition is rejected with its file, row and field, and nothing half-loads", () => {
  it("a code defined twice in one region", () => {
    expect(
      problemsOf(
        `${HEADER}\nIC,Chips,chips,CNY,Shanghai,14FYP,2021,2025\nic,Chips again,chip making,CNY,Shanghai,14FYP,2021,2025\n`,
      ),
    ).toEqual([
      "mine.csv row 3 code: IC is already defined for Shanghai (mine.csv row 2); a code is unique in its region",
    ]);
  });

  it("the same code in two regions is two series", () => {
    const catalog = load(
      `${HEADER}\nIC,Chips,chips,CNY,Shanghai,14FYP,2021,2025\nIC,Chips,chips,CNY,Wuxi,WX14,2021,2025\n`,
    ).catalogOrThrow();
    expect(catalog.indicatorsOfRegion("Wuxi").map((i) => i.code)).toEqual(["IC"]);
    expect(catalog.findIndicator("chips", "Wuxi")?.region).toBe("Wuxi");
  });

  it("an unknown unit class", () => {
    expect(problemsOf(`${HEADER},unitClass\nIC,Chips,chips,CNY,Shanghai,14FYP,2021,2025,monetary\n`)).toEqual([
      'mine.csv row 2 unitClass: unknown unit class "monetary"; unit classes are money, count, ratio',
    ]);
  });

  it("a unit class the unit contradicts, and a unit that is not one", () => {
    expect(problemsOf(`${HEADER},unitClass\nIC,Chips,chips,CNY,Shanghai,14FYP,2021,2025,ratio\n`)).toEqual([
      "mine.csv row 2 unitClass: unit CNY is money, not ratio",
    ]);
    expect(problemsOf(`${HEADER}\nRATE,A rate,the rate,%,Shanghai,14FYP,2021,2025\n`)).toEqual([
      "mine.csv row 2 unit: shares and rates use the unit ratio (4.4 % is 0.044)",
    ]);
  });

  it("a period that ends before it starts", () => {
    expect(problemsOf(`${HEADER}\nIC,Chips,chips,CNY,Shanghai,,2025,2021\n`)).toEqual([
      "mine.csv row 2 periodEnd: the period ends (2021) before it starts (2025)",
    ]);
    expect(
      problemsOf(PLANS.text, {
        file: "plans.csv",
        text: "id,name,region,periodStart,periodEnd\nP1,Plan,Shanghai,2030,2026\n",
      }),
    ).toContain("plans.csv row 2 periodEnd: the period ends (2026) before it starts (2030)");
  });

  it("an alias claimed by two indicators", () => {
    expect(
      problemsOf(
        `${HEADER}\nIC,Chips,chips;semiconductors,CNY,Shanghai,14FYP,2021,2025\nFAB,Chip fabs,fabs;Semiconductors,CNY,Shanghai,14FYP,2021,2025\n`,
      ),
    ).toEqual([
      'mine.csv row 3 aliases: "Semiconductors" is already claimed by IC (mine.csv row 2); an alias names one indicator',
    ]);
  });

  it("an alias of the analyst's that a shipped indicator already has", () => {
    const result = defaultCatalog().tryExtend({
      indicators: [
        {
          file: "Indicators sheet",
          text: `${HEADER}\nCHIPS2,Chip output,integrated circuits,CNY,Shanghai,15FYP,2026,2030\n`,
        },
      ],
    });
    expect(result.catalog).toBeNull();
    expect(result.problems[0]).toMatchObject({ file: "Indicators sheet", row: 2, field: "aliases" });
    expect(result.problems[0].message).toContain("already claimed by IC (data/indicators.csv row 2)");
  });

  it("a missing field, and a missing column", () => {
    expect(problemsOf(`${HEADER}\nIC,,chips,CNY,Shanghai,14FYP,2021,2025\n`)).toEqual([
      "mine.csv row 2 name: is empty; it is required",
    ]);
    expect(
      problemsOf(`code,name,aliases,region,plan,periodStart,periodEnd\nIC,Chips,chips,Shanghai,14FYP,2021,2025\n`),
    ).toEqual(["mine.csv row 1 unit: the column is missing"]);
    expect(problemsOf(`${HEADER}\nIC,Chips,,CNY,Shanghai,14FYP,2021,2025\n`)).toEqual([
      "mine.csv row 2 aliases: is empty; give at least one phrase that names the indicator in text (or an acronym)",
    ]);
  });

  it("a year that is not one, a misspelt column, an unknown path and a twin that does not exist", () => {
    expect(problemsOf(`${HEADER}\nIC,Chips,chips,CNY,Shanghai,14FYP,twenty,2025\n`)).toEqual([
      'mine.csv row 2 periodStart: "twenty" is not a year (four digits, such as 2021)',
    ]);
    expect(problemsOf(`${HEADER},aliasses\nIC,Chips,chips,CNY,Shanghai,14FYP,2021,2025,x\n`)[0]).toMatch(
      /^mine.csv row 1 aliasses: unknown column; columns are code, name, aliases/,
    );
    expect(problemsOf(`${HEADER},path\nIC,Chips,chips,CNY,Shanghai,14FYP,2021,2025,curved\n`)).toEqual([
      'mine.csv row 2 path: unknown path "curved"; paths are compound, linear, cumulative',
    ]);
    expect(problemsOf(`${HEADER},twin\nIC,Chips,chips,CNY,Shanghai,14FYP,2021,2025,CHIPVALUE\n`)).toEqual([
      "mine.csv row 2 twin: no indicator CHIPVALUE in Shanghai",
    ]);
  });

  it("a group's members: codes of the region's indicators, read in any case; a file without the column has none", () => {
    const rows =
      "IC,Chips,chips,CNY,Shanghai,14FYP,2021,2025\nAI,AI,artificial intelligence,CNY,Shanghai,14FYP,2021,2025\n";
    const group = (members: string) => `GROUP,Both,both industries,CNY,Shanghai,14FYP,2021,2025,${members}\n`;
    const loaded = load(`${HEADER},members\n${group("ic;AI")}${rows}`).catalog!;
    expect(loaded.getIndicator("GROUP").members).toEqual(["IC", "AI"]);
    expect(loaded.getIndicator("IC").members).toEqual([]);
    expect(load(`${HEADER}\n${rows}`).catalog!.getIndicator("AI").members).toEqual([]);
    expect(problemsOf(`${HEADER},members\n${rows}${group("IC;BIO")}`)).toEqual([
      "mine.csv row 4 members: no indicator BIO in Shanghai",
    ]);
    expect(problemsOf(`${HEADER},members\n${rows}${group("IC;GROUP")}`)).toEqual([
      "mine.csv row 4 members: an indicator cannot be its own member",
    ]);
    expect(problemsOf(`${HEADER},members\n${rows}${group("IC;ic")}`)).toEqual([
      "mine.csv row 4 members: IC is named twice",
    ]);
  });

  it("a plan id used twice in a region, and plans whose periods overlap", () => {
    const plans = {
      file: "plans.csv",
      text: "id,name,region,periodStart,periodEnd\nA,First,Shanghai,2021,2025\na,Again,Shanghai,2026,2030\nB,Other,Shanghai,2024,2028\n",
    };
    expect(problemsOf(`${HEADER}\n`, plans)).toEqual([
      "plans.csv row 3 id: plan a of Shanghai is already defined (plans.csv row 2)",
      "plans.csv row 4 periodStart: 2024-2028 overlaps plan A of Shanghai (2021-2025, plans.csv row 2); a year belongs to one plan of a region",
    ]);
  });

  it("a row whose named plan lies outside its period, or that names several undefined plans", () => {
    expect(problemsOf(`${HEADER}\nIC,Chips,chips,CNY,Shanghai,14FYP,2026,2030\n`)).toEqual([
      "mine.csv row 2 plan: plan 14FYP covers 2021-2025, outside this row's period 2026-2030",
    ]);
    expect(problemsOf(`${HEADER}\nIC,Chips,chips,CNY,Wuxi,W14;W15,2021,2030\n`)[0]).toContain(
      "plan W14 of Wuxi is not defined; a row naming several plans can only name defined ones",
    );
  });

  it("lists every problem of a file at once, and loads none of its rows", () => {
    const result = load(
      `${HEADER}\nGOOD,A good one,good things,CNY,Shanghai,14FYP,2021,2025\nBAD,,bad things,CNY,Shanghai,14FYP,2021,2025\nWORSE,Worse,worse things,CNY,Shanghai,14FYP,2025,2020\n`,
    );
    expect(result.catalog).toBeNull();
    expect(result.problems.map((p) => [p.row, p.field])).toEqual([
      [3, "name"],
      [4, "periodEnd"],
    ]);
    expect(() => result.catalogOrThrow()).toThrow(CatalogError);
    expect(() => result.catalogOrThrow()).toThrow(
      /2 problems in the catalog:\n- mine.csv row 3, field "name": is empty/,
    );
  });

  it("an event series whose prefix is taken, or that no phrase names", () => {
    const result = defaultCatalog().tryExtend({
      events: [
        {
          file: "events.csv",
          text: "prefix,name,region,aliases\nGIPC,Another conference,Shanghai,another conference\nCIIE,Import Expo,Shanghai,\n",
        },
      ],
    });
    expect(result.catalog).toBeNull();
    expect(result.problems.map((p) => `${p.row} ${p.field}: ${p.message}`)).toEqual([
      "2 prefix: GIPC is already defined (data/events.csv row 2)",
      "3 aliases: is empty; give at least one phrase naming the event",
    ]);
    const expo = defaultCatalog().extend({
      events: [
        { file: "events.csv", text: "prefix,name,region,aliases\nCIIE,Import Expo,Shanghai,Import Expo;进博会\n" },
      ],
    });
    expect(expo.findEvent("ciie2024")).toMatchObject({ code: "CIIE2024", name: "Import Expo 2024" });
  });

  it("two rows that name the same new plan share it", () => {
    const catalog = load(
      `${HEADER}\nMETRO,Metro length,metro network,kilometres,Hangzhou,HZ14,2021,2025\nBUS,Bus lanes,bus lanes,kilometres,Hangzhou,HZ14,2021,2025\n`,
    ).catalogOrThrow();
    expect(catalog.plansOfRegion("Hangzhou").map((p) => [p.id, p.definedIn])).toEqual([["HZ14", "mine.csv row 2"]]);
    expect(catalog.indicatorsOfPlan(catalog.findPlan("HZ14")!).map((i) => i.code)).toEqual(["METRO", "BUS"]);
  });

  it("a quoted field left open, and JSON that is not an array", () => {
    expect(problemsOf(`${HEADER}\nIC,"Chips,chips,CNY,Shanghai,14FYP,2021,2025\n`)).toEqual([
      'mine.csv row 2 (row): a quoted field is never closed (missing ")',
    ]);
    expect(problemsOf(`{"code":"IC"}`)).toEqual([
      "mine.csv row 0 (file): a JSON definitions file is an array of objects",
    ]);
  });
});
