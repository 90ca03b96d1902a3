import { datasetFromFacts, type IndicatorRecord } from "../src/core/dataset";
import type { Fact } from "../src/core/types";
import seedData from "../src/generated/seed-data.json";
import { layoutBars, layoutIndicatorChart, linearScale, niceTicks, tickLabel } from "../src/taskpane/charts/geometry";
import { describeBars, describeSeries, indicatorSeries, signingBars } from "../src/taskpane/charts/series";

const embedded = seedData as unknown as { documents: Parameters<typeof datasetFromFacts>[1]; facts: Fact[] };
// the five seed documents only (not the reported-figures table embedded beside them), so the figures are fixed
const seeds = { documents: embedded.documents, facts: embedded.facts.filter((f) => !f.source) };

function actual(indicator: string, year: number, value: number, period: Fact["period"] = null): Fact {
  return {
    doc: "workbook:Actuals",
    region: "Shanghai",
    indicator,
    subject: indicator,
    kind: "actual",
    measure: "level",
    year,
    period,
    value,
    unit: "CNY",
    comparator: "=",
    relative: null,
    quote: "row",
    start: 0,
    end: 3,
  };
}

function record(code: string, extra: Fact[] = []): IndicatorRecord {
  const dataset = datasetFromFacts([...seeds.facts, ...extra], seeds.documents);
  return dataset.indicators.find((r) => r.code === code && r.region === "Shanghai")!;
}

const FRAME = { width: 320, height: 180, margin: { top: 12, right: 14, bottom: 24, left: 48 } };

describe("an indicator's path from baseline to target", () => {
  it("compounds IC from 207 bn yuan in 2020 to more than 414 bn in 2025, one on-course value a year", () => {
    const series = indicatorSeries(record("IC"));
    expect(series.path.map((p) => p.x)).toEqual([2020, 2021, 2022, 2023, 2024, 2025]);
    expect(series.path[0].value).toBe(207e9);
    expect(series.path[2].value / 1e9).toBeCloseTo(273.1, 1); // SH.PATH("IC",2022)
    expect(series.path[5].value).toBeCloseTo(414e9, -3);
    expect(series.target).toMatchObject({
      x: 2025,
      value: 414e9,
      comparator: ">",
      label: "more than 414 bn yuan (2025)",
    });
    expect(series.actuals).toEqual([]);
  });

  it("adds up INVEST year by year from zero at the start of 2021 to more than 850 bn yuan in 2025", () => {
    const series = indicatorSeries(record("INVEST", [actual("INVEST", 2021, 150e9), actual("INVEST", 2022, 180e9)]));
    expect(series.path.map((p) => [p.x, p.value / 1e9])).toEqual([
      [2020, 0],
      [2021, 170],
      [2022, 340],
      [2023, 510],
      [2024, 680],
      [2025, 850],
    ]);
    // the reported figures are the running sum the plan counts
    expect(series.actuals.map((a) => [a.x, a.value / 1e9])).toEqual([
      [2021, 150],
      [2022, 330],
    ]);
    expect(series.actuals[1].label).toBe("330 bn yuan by 2022 (sum since 2021)");
  });

  it("keeps a part-year figure off the whole-year line: Jan-Sep 2024 sits at three quarters of 2024", () => {
    const series = indicatorSeries(
      record("IC", [actual("IC", 2023, 280e9), actual("IC", 2024, 260e9, { from: 1, to: 9 })]),
    );
    expect(series.actuals.map((a) => a.x)).toEqual([2023]);
    expect(series.partYear).toEqual([
      expect.objectContaining({ x: 2023.75, year: 2024, value: 260e9, label: "260 bn yuan (Jan-Sep 2024)" }),
    ]);
    expect(describeSeries(series)).toBe(
      "IC: Path from 207 bn yuan (2020) to more than 414 bn yuan (2025), growing at a steady rate. Reported: 280 bn yuan (2023). Part-year figures: 260 bn yuan (Jan-Sep 2024).",
    );
  });

  it("says so in words when there is a target but no baseline to draw a path from", () => {
    const series = indicatorSeries(record("KIS_SHARE"));
    expect(series.path).toEqual([]);
    expect(describeSeries(series)).toBe(
      "KIS_SHARE: Target at least 66.67 % (2025); no baseline to draw a path from. No whole-year figure reported since the baseline.",
    );
  });
});

describe("chart geometry", () => {
  it("scales linearly, and a one-point domain lands in the middle", () => {
    const x = linearScale([2020, 2025], [48, 306]);
    expect(x(2020)).toBe(48);
    expect(x(2025)).toBe(306);
    expect(x(2022.5)).toBe(177);
    expect(linearScale([5, 5], [0, 100])(5)).toBe(50);
  });

  it("picks round ticks and short labels in display units", () => {
    expect(niceTicks(0, 414e9, 2)).toEqual([0, 200e9, 400e9]);
    expect(niceTicks(0, 414e9, 3)).toEqual([0, 100e9, 200e9, 300e9, 400e9]);
    expect(niceTicks(0, 1.2e6, 3)).toEqual([0, 500000, 1000000]);
    expect(niceTicks(0, 0.0667, 3)).toEqual([0, 0.02, 0.04, 0.06]);
    expect([
      tickLabel(400e9, "CNY"),
      tickLabel(1.5e12, "CNY"),
      tickLabel(500000, "vehicles"),
      tickLabel(0.045, "ratio"),
      tickLabel(100, "projects"),
    ]).toEqual(["400 bn", "1.5 trn", "500 k", "4.5 %", "100"]);
  });

  it("lays IC out with the plan period shaded from 2020 to 2025 and the target at the top of the plot", () => {
    const g = layoutIndicatorChart(indicatorSeries(record("IC", [actual("IC", 2023, 280e9)])), FRAME);
    expect(g.period).toEqual({ x: 48, width: 258 });
    expect(g.xTicks.map((t) => t.label)).toEqual(["2020", "2021", "2022", "2023", "2024", "2025"]);
    expect(g.yTicks.map((t) => t.label)).toEqual(["0", "100 bn", "200 bn", "300 bn", "400 bn"]);
    expect(g.target).toEqual({ cx: 306, cy: 12, label: "more than 414 bn yuan (2025)" });
    expect(g.baseline!.cy).toBeCloseTo(12 + 144 * (1 - 207 / 414), 0);
    expect(g.path.startsWith("M48 84")).toBe(true);
    expect(g.path.split("L")).toHaveLength(6);
    // the reported line runs from the baseline to the 2023 figure
    expect(g.actualLine).toBe(`M48 84 L${g.actuals[0].cx} ${g.actuals[0].cy}`);
    expect(g.actuals[0].cx).toBeCloseTo(48 + (258 * 3) / 5, 0);
  });
});

describe("signing bars", () => {
  it("draws GIPC2022's breakdown by segment, the largest full width, with the figures in words", () => {
    const event = datasetFromFacts(seeds.facts, seeds.documents).signings.find((s) => s.code === "GIPC2022")!;
    const bars = signingBars(event);
    const rows = layoutBars(bars);
    expect(rows.length).toBeGreaterThan(3);
    expect(Math.max(...rows.map((r) => r.share))).toBe(1);
    expect(rows.every((r) => r.share > 0 && r.share <= 1)).toBe(true);
    const sentence = describeBars(event, bars);
    expect(sentence.startsWith(`GIPC2022, ${bars.caption.toLowerCase()}: `)).toBe(true);
    for (const row of rows) expect(sentence).toContain(`${row.label} ${row.text}`);
  });
});
