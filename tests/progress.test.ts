import { assess, meets, pathValue, progressShare, requiredCagr } from "../src/core/progress";

describe("progress maths on worked examples", () => {
  it("IC: doubling 207 bn from 2020 to 2025 needs 14.87 % a year", () => {
    expect(requiredCagr({ year: 2020, value: 207e9 }, { year: 2025, value: 414e9 })).toBeCloseTo(0.1487, 4);
  });

  it("NEV: 238,600 vehicles in 2020 to 1.2 m in 2025 needs 38.13 % a year", () => {
    expect(requiredCagr({ year: 2020, value: 238600 }, { year: 2025, value: 1.2e6 })).toBeCloseTo(0.3813, 4);
  });

  it("draws the compounding path: IC should be 207 × 1.1487^2 = 273.1 bn in 2022", () => {
    expect(pathValue({ year: 2020, value: 207 }, { year: 2025, value: 414 }, 2022, "compound")).toBeCloseTo(273.14, 1);
  });

  it("interpolates shares linearly and cumulative targets in straight-line shares", () => {
    expect(pathValue({ year: 2020, value: 0.6 }, { year: 2025, value: 0.7 }, 2023, "linear")).toBeCloseTo(0.66, 6);
    expect(pathValue({ year: 2020, value: 0 }, { year: 2025, value: 850 }, 2022, "cumulative", 2021)).toBeCloseTo(
      340,
      6,
    );
  });

  it("measures progress as the share of the baseline-to-target distance", () => {
    expect(progressShare(207, 414, 310.5)).toBeCloseTo(0.5, 6);
    expect(progressShare(207, 207, 300)).toBeNull();
  });

  it("does not count exactly 414 as meeting 'more than 414'", () => {
    expect(meets(414, 414, ">")).toBe(false);
    expect(meets(414.1, 414, ">")).toBe(true);
    expect(meets(100, 100, ">=")).toBe(true);
  });

  const ic = (value: number, year = 2023) => ({
    baseline: { year: 2020, value: 207 },
    target: { year: 2025, value: 414, comparator: ">" as const },
    actual: { year, value },
    path: "compound" as const,
  });

  it("rates by CAGR: on track, acceleration needed, limited progress, deterioration, achieved", () => {
    // required 14.87 %: 2023 on path is 207 * 1.1487^3 = 313.7
    expect(assess(ic(313.7)).status).toBe("On track");
    expect(assess(ic(280)).status).toBe("Acceleration needed"); // r = 10.6 %, ratio 0.71
    expect(assess(ic(220)).status).toBe("Limited progress");
    expect(assess(ic(200)).status).toBe("Deterioration");
    expect(assess(ic(420)).status).toBe("Achieved");
  });

  it("rates by projection (UNSD): carries the actual rate to the target year", () => {
    const result = assess(ic(280), "projection");
    // r = (280/207)^(1/3) - 1 = 10.59 %; projected 2025 = 280 * 1.1059^2 = 342.4; ratio (342.4-207)/207 = 0.654
    expect(result.projected).toBeCloseTo(342.4, 0);
    expect(result.ratio).toBeCloseTo(0.654, 2);
    expect(result.status).toBe("Acceleration needed");
    expect(assess(ic(210), "projection").status).toBe("Stagnation or regression");
  });

  it("says insufficient data with fewer than two data points", () => {
    expect(assess({ ...ic(207, 2020) }).status).toBe("Insufficient data");
    expect(assess({ ...ic(300), baseline: null }).status).toBe("Insufficient data");
  });

  it("compares a cumulative sum with the straight-line share of the period", () => {
    const invest = {
      baseline: null,
      target: { year: 2025, value: 850, comparator: ">" as const },
      actual: { year: 2022, value: 330 },
      path: "cumulative" as const,
      periodStart: 2021,
    };
    // two of five years elapsed: 340 expected, 330 is 97 % of that
    expect(assess(invest).status).toBe("On track");
    expect(assess({ ...invest, actual: { year: 2022, value: 150 } }).status).toBe("Limited progress");
  });
});
