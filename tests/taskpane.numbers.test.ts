/**
 * The pane prints figures without Intl (a page's first Intl formatter loads ICU's data, which delayed the overview):
 * the written-out en-US formatting must print exactly what Intl.NumberFormat("en-US") prints.
 */
import { formatValue, trimNumber } from "../src/core/format";

const intl = [0, 1, 2, 3].map(
  (digits) => new Intl.NumberFormat("en-US", { maximumFractionDigits: digits, minimumFractionDigits: 0 }),
);

describe("figures as the pane prints them", () => {
  it("match Intl's en-US output on halves, carries, tiny and huge values, and negatives", () => {
    const edges = [
      0,
      -0,
      0.5,
      1.5,
      2.5,
      -2.5,
      1.005,
      1.045,
      0.045,
      9.995,
      99.995,
      999.95,
      999999.5,
      0.0001,
      1e-7,
      1e21,
      1.5e22,
      -0.001,
      2 / 3,
      44.5,
      28.5,
    ];
    for (const value of edges)
      for (const digits of [0, 1, 2, 3])
        expect(`${value}/${digits}: ${trimNumber(value, digits)}`).toBe(
          `${value}/${digits}: ${intl[digits].format(value)}`,
        );
  });

  it("match Intl's en-US output on 50,000 values of every size", () => {
    let seed = 42;
    const random = () => (seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648;
    const mismatches: string[] = [];
    for (let i = 0; i < 50_000; i++) {
      const raw = (random() - 0.2) * 10 ** Math.floor(random() * 18 - 7);
      for (const value of [raw, Math.round(raw * 1000) / 1000, Math.round(raw * 100) / 100 + 0.005]) {
        for (const digits of [0, 1, 2, 3]) {
          if (trimNumber(value, digits) !== intl[digits].format(value)) mismatches.push(`${value} to ${digits} digits`);
        }
      }
    }
    expect(mismatches).toEqual([]);
  });

  it("read as before in the overview's words", () => {
    expect(formatValue(207e9, "CNY")).toBe("207 bn yuan");
    expect(formatValue(1.5e12, "CNY")).toBe("1.5 trn yuan");
    expect(formatValue(238600, "vehicles")).toBe("238,600 vehicles");
    expect(formatValue(1.2e6, "vehicles")).toBe("1.2 m vehicles");
    expect(formatValue(0.044, "ratio")).toBe("4.4 %");
    expect(formatValue(2 / 3, "ratio")).toBe("66.67 %");
  });
});
