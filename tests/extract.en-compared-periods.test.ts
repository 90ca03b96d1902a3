import { read, oneWithValue } from "./helpers/read-facts";

/**
 * A period only compared with is its base figure's, not the story's: "the period" refers back to the part year the
 * story reports in, not to "the first quarter" it was "faster than"; a clause that opens on what a figure is compared
 * with ("reversing the decline of 0.8 percent in the first quarter") dates its own figure only.
 */
const periodOf = (text: string, value: number) => {
  const f = oneWithValue(read(text, "2025-07-20"), value);
  return [f.year, f.period];
};
const HALF = { from: 1, to: 6 };

describe("'during the period' after a comparison with a shorter period", () => {
  const text = [
    "Exports grew 3.3 percent in the first half, 0.9 percentage points faster than that in the first quarter.",
    "Retail sales rose 2.1 percent during the period, thanks to trade-in subsidies.",
  ].join("\n");

  it("is the half year the story reports in", () => {
    expect(periodOf(text, 0.033)).toEqual([2025, HALF]);
    expect(periodOf(text, 0.021)).toEqual([2025, HALF]);
  });
});

describe("a clause opening on what a figure is compared with", () => {
  const text = [
    "Exports grew 3.3 percent in the first half.",
    "Retail sales rose 2.1 percent during the period, reversing the decline of 0.8 percent in the first quarter, helped by subsidies for cars and phones, which jumped 11.2 percent and 9.6 percent, respectively.",
  ].join("\n");

  it("dates its own figure", () => {
    expect(periodOf(text, -0.008)).toEqual([2025, { from: 1, to: 3 }]);
  });

  it("leaves the sentence's other figures in the story's part year", () => {
    expect(periodOf(text, 0.021)).toEqual([2025, HALF]);
    expect(periodOf(text, 0.112)).toEqual([2025, HALF]);
    expect(periodOf(text, 0.096)).toEqual([2025, HALF]);
  });

  it("a part year of the figure's own clause still dates it", () => {
    const own = "Retail sales rose 2.1 percent in the first half, compared with 0.8 percent in the first quarter.";
    expect(periodOf(own, 0.021)).toEqual([2025, HALF]);
  });
});
