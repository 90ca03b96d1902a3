import { extract } from "../src/core/extract";
import { buildDataset } from "../src/core/dataset/build";
import { findPlanRecord } from "../src/core/dataset";
import { parseFiguresCsv } from "../src/core/figures";
import { seedDocuments } from "./helpers/seeds";

const HEADER = "region,indicator,kind,year,period,value,unit,comparator,measure,subject,url,publisher,published,note";
const row = (year: number, value: number, comparator: string, published: string) =>
  `Shanghai,MEDDEV,actual,${year},,${value},CNY bn,${comparator},level,medical devices,https://example.org/${year},Example Bureau,${published},`;

function datasetWith(rows: string[]) {
  const table = parseFiguresCsv([HEADER, ...rows].join("\n"), { doc: "mine.csv" });
  expect(table.errors).toEqual([]);
  return buildDataset(seedDocuments(), table.rows, { date: "2026-12-01" });
}

describe("which actual is the latest", () => {
  it("keeps an earlier exact figure when a later report only says 'over' a smaller amount", () => {
    const dataset = datasetWith([
      row(2020, 30, "=", "2021-03-01"),
      row(2022, 45, "=", "2023-03-01"),
      row(2024, 40, ">", "2025-03-01"),
    ]);
    const record = findPlanRecord(dataset, "MEDDEV", "14FYP")!;
    expect(record.latest).toMatchObject({ year: 2022, value: 45e9 });
    expect(record.progress.cagr.status).not.toBe("Deterioration");
  });

  it("takes a later lower bound when it is above every earlier figure", () => {
    const dataset = datasetWith([row(2020, 30, "=", "2021-03-01"), row(2024, 50, ">", "2025-03-01")]);
    expect(findPlanRecord(dataset, "MEDDEV", "14FYP")!.latest).toMatchObject({ year: 2024, value: 50e9 });
  });

  it("never reaches back past the 15th plan's baseline for its latest figure", () => {
    const dataset = datasetWith([row(2020, 30, "=", "2021-03-01"), row(2025, 58, "=", "2026-03-01")]);
    const record = findPlanRecord(dataset, "MEDDEV", "15FYP")!;
    expect(record.baseline).toMatchObject({ year: 2025, value: 58e9 });
    expect(record.latest).toMatchObject({ year: 2025 });
    const nev = findPlanRecord(dataset, "NEV", "15FYP")!;
    expect(nev.latest).toBeNull();
  });
});

describe("rates of change as series (GDP growth, consumer prices)", () => {
  it("takes growth figures as the series' own targets and actuals, and a share series' growth figures not", () => {
    const table = parseFiguresCsv(
      [
        HEADER,
        "Shanghai,GDP_GROWTH,target,2030,,5,percent,~,growth,GDP growth,https://example.org/p,Example Planning Office,2026-02-01,",
        "Shanghai,GDP_GROWTH,actual,2025,,5.2,percent,=,growth,GDP growth,https://example.org/s,Example Bureau,2026-01-20,",
      ].join("\n"),
      { doc: "rates.csv" },
    );
    expect(table.errors).toEqual([]);
    const dataset = buildDataset([], table.rows, { date: "2026-12-01" });
    const record = findPlanRecord(dataset, "GDP_GROWTH", "15FYP")!;
    expect(record.target).toMatchObject({ year: 2030, value: 0.05, comparator: "~" });
    expect(record.baseline).toMatchObject({ year: 2025, value: 0.052 });
  });
});

describe("targets relative to a named year", () => {
  it("resolves '1.5 times the 2022 level' against the 2022 actual, not the plan's baseline", () => {
    const facts = extract(
      "Shanghai's high-end medical device output reached 40 billion yuan in 2022. " +
        "By 2025 the city aims to lift the sector to 1.5 times the 2022 level.",
      { doc: "devices.txt", date: "2023-03-01", region: "Shanghai" },
    );
    expect(facts.find((f) => f.kind === "target")?.relative).toEqual({ multiple: 1.5, of: 2022 });
    const table = parseFiguresCsv([HEADER, row(2020, 30, "=", "2021-03-01")].join("\n"), { doc: "base.csv" });
    const dataset = buildDataset([], [...table.rows, ...facts], { date: "2026-12-01" });
    const target = findPlanRecord(dataset, "MEDDEV", "14FYP")!.targets.find((t) => t.derived);
    expect(target).toMatchObject({ year: 2025, value: 60e9, derived: true });
    expect(target!.derivation).toContain("1.5 × the 2022 level of 40 bn yuan");
  });
});
