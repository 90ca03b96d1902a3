import { read } from "./helpers/read-facts";

/** Months compared with a year before, spans written with hyphens, and the amount a rate took a series to. */
const row = (text: string, date: string) =>
  read(text, date).map((f) => [f.value, f.unit, f.kind, f.measure, f.year, f.period, f.indicator]);

describe("a month compared with the same month a year before", () => {
  it("is that month of this year", () => {
    expect(
      row("Tax revenue rose 3.1 percent compared with last February, to about 60 billion yuan.", "2025-03-18"),
    ).toEqual([
      [0.031, "ratio", "actual", "growth", 2025, { from: 2, to: 2 }, null],
      [60000000000, "CNY", "actual", "level", 2025, { from: 2, to: 2 }, null],
    ]);
  });
});

describe("a span of the year written with hyphens", () => {
  it("is the span, and no three quarters of a whole", () => {
    expect(row("Retail sales in the first-three-quarters grew 2.5 percent.", "2024-10-25")).toEqual([
      [0.025, "ratio", "actual", "growth", 2024, { from: 1, to: 9 }, null],
    ]);
  });
});

describe("the amount a rate took a series to", () => {
  it("is of the series the rate was, named before a parenthesis of commas", () => {
    expect(
      row(
        "The city's gross domestic product, or GDP, in the first half, rose 5.1 percent to reach 2.5 trillion yuan.",
        "2025-07-20",
      ),
    ).toEqual([
      [0.051, "ratio", "actual", "growth", 2025, { from: 1, to: 6 }, "GDP_GROWTH"],
      [2500000000000, "CNY", "actual", "level", 2025, { from: 1, to: 6 }, "GDP"],
    ]);
  });
});
