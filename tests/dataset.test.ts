import { findRecord, findSigning } from "../src/core/dataset";
import { buildDataset } from "../src/core/dataset/build";
import { seedDocuments } from "./helpers/seeds";

const dataset = buildDataset(seedDocuments());

describe("targets and baselines resolved from the seeds equal DESIGN.md", () => {
  it.each([
    ["IC", 2020, 207e9, "=", 2025, 414e9, ">", true],
    ["BIO", 2020, 600e9, ">", 2025, 1200e9, ">", true],
    ["AI", 2020, 220e9, "=", 2025, 440e9, ">", true],
    ["NEV", 2020, 238600, "=", 2025, 1.2e6, ">", false],
  ])(
    "%s: baseline %s %s, target %s",
    (code, baseYear, baseValue, baseComparator, targetYear, targetValue, targetComparator, derived) => {
      const record = findRecord(dataset, code as string)!;
      expect(record.baseline).toMatchObject({ year: baseYear, value: baseValue, comparator: baseComparator });
      expect(record.target).toMatchObject({ year: targetYear, comparator: targetComparator, derived });
      expect(record.target!.value).toBeCloseTo(targetValue as number, 0);
    },
  );

  it.each([
    ["DISPLAY", 70e9, "="],
    ["SENSOR", 80e9, "="],
    ["SOFTWARE", 1.5e12, ">"],
    ["MEDDEV", 60e9, "="],
    ["NEV_VALUE", 350e9, ">"],
    ["PROJECTS", 100, ">="],
    ["INVEST", 850e9, ">"],
  ])("%s: 2025 target %s (%s)", (code, value, comparator) => {
    expect(findRecord(dataset, code)!.target).toMatchObject({ year: 2025, value, comparator, derived: false });
  });

  it("KIS_SHARE wants at least two-thirds by 2025; RD_GDP was about 4.4 % in 2023 and 4.5 % is expected in 2024", () => {
    const kis = findRecord(dataset, "KIS_SHARE")!;
    expect(kis.target!.value).toBeCloseTo(2 / 3, 6);
    expect(kis.target!.comparator).toBe(">=");
    const rd = findRecord(dataset, "RD_GDP")!;
    expect(rd.actuals).toEqual([expect.objectContaining({ year: 2023, value: 0.044, comparator: "~" })]);
    expect(rd.targets).toEqual([expect.objectContaining({ year: 2024, value: 0.045 })]);
  });

  it("marks the derived IC target with how it was derived, and keeps the quote it came from", () => {
    const ic = findRecord(dataset, "ic")!;
    expect(ic.target!.derivation).toBe("more than 2 × the 2020 baseline of 207 bn yuan");
    expect(ic.target!.source.quote).toContain("more than double by the end of 2025");
    expect(ic.progress.cagr.requiredCagr).toBeCloseTo(0.1487, 4);
    expect(findRecord(dataset, "NEV")!.progress.cagr.requiredCagr).toBeCloseTo(0.3813, 4);
  });

  it("says insufficient data while no figure after the baseline is reported", () => {
    for (const record of dataset.indicators) expect(record.progress.cagr.status).toBe("Insufficient data");
  });
});

describe("signings, conflicts and cross-checks", () => {
  it("totals each event", () => {
    expect(findSigning(dataset, "GIPC2022")!.total).toMatchObject({ projects: 322, value: 565.8e9 });
    expect(findSigning(dataset, "gipc2021")!.total).toMatchObject({ projects: 216, valueUsd: 74.9e9 });
    expect(findSigning(dataset, "SCE2021")!.total).toMatchObject({ projects: 92, value: 252.4e9 });
  });

  it("keeps every breakdown the documents give", () => {
    const sce = findSigning(dataset, "SCE2021")!;
    const keys = sce.segments.map((s) => s.key);
    for (const key of [
      "live",
      "offline",
      "online",
      "off-site",
      "state",
      "private",
      "foreign",
      "other-investors",
      "intelligent-manufacturing",
      "digital-economy",
      "science-technology",
      "other-sectors",
    ]) {
      expect(keys).toContain(key);
    }
    expect(sce.segments.find((s) => s.key === "private")).toMatchObject({ projects: 69, value: 167e9, share: 0.66 });
    const gipc = findSigning(dataset, "GIPC2022")!;
    expect(gipc.segments.find((s) => s.key === "IC")).toMatchObject({ projects: 28 });
    expect(gipc.segments.find((s) => s.key === "pillars")).toMatchObject({ projects: 90, value: 204.9e9 });
  });

  it("finds GIPC2021 stated as 489.8 bn and 490 bn and says they agree within rounding", () => {
    const conflict = dataset.conflicts.find((c) => c.indicator === "GIPC2021" && c.unit === "CNY")!;
    expect(conflict.statements.map((s) => s.value).sort()).toEqual([489.8e9, 489.8e9, 490e9]);
    expect(conflict.agreeWithinRounding).toBe(true);
  });

  it("finds the SCE2021 splits consistent with the totals and with the stated percentages", () => {
    const sce = dataset.checks.filter((c) => c.event === "SCE2021");
    expect(sce.length).toBeGreaterThanOrEqual(16);
    expect(sce.filter((c) => !c.agrees)).toEqual([]);
    const live = sce.find((c) => c.relation.startsWith("offline + online") && c.measure === "value")!;
    expect(live.sum).toBeCloseTo(207.3e9, 0);
  });

  it("reports, not hides, that GIPC2022's pillars and key areas add up to more than its stated total", () => {
    const group = dataset.checks.filter(
      (c) => c.event === "GIPC2022" && c.relation.startsWith("three strategic pillars"),
    );
    expect(group.map((c) => [c.measure, c.sum, c.stated, c.agrees])).toEqual([
      ["projects", 337, 322, false],
      ["value", expect.closeTo(598.4e9, 0), 565.8e9, false],
    ]);
    const pillars = dataset.checks.find((c) => c.event === "GIPC2022" && c.relation.startsWith("IC + biomedicine"))!;
    expect([pillars.sum, pillars.agrees]).toEqual([90, true]);
  });
});
