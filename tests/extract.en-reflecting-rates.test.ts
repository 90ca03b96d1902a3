import { read } from "./helpers/read-facts";

/** A rate told after a series' level by a verb of showing, a whole month, and a forecast's "to have a", own sentences. */
const row = (text: string, date: string) =>
  read(text, date).map((f) => [f.value, f.unit, f.kind, f.measure, f.year, f.period, f.indicator]);

describe("a rate told by a verb of showing after the level", () => {
  it("is the rate of the series the clause before named", () => {
    expect(
      row(
        "The city's GDP reached 2.5 trillion yuan in the first half, reflecting a year-on-year increase of 5.1% at constant prices.",
        "2025-07-20",
      ),
    ).toEqual([
      [2500000000000, "CNY", "actual", "level", 2025, { from: 1, to: 6 }, "GDP"],
      [0.051, "ratio", "actual", "growth", 2025, { from: 1, to: 6 }, "GDP_GROWTH"],
    ]);
  });
});

describe("a figure throughout a month", () => {
  it("is of that month", () => {
    expect(
      row(
        "The port handled more than four million TEUs throughout March, a rise of 8.2% from a year earlier.",
        "2025-04-10",
      ),
    ).toEqual([
      [4000000, "TEUs", "actual", "level", 2025, { from: 3, to: 3 }, null],
      [0.082, "ratio", "actual", "growth", 2025, { from: 3, to: 3 }, null],
    ]);
  });
});

describe("expected to have", () => {
  it("a rate is a forecast", () => {
    expect(row("The city is expected to have a growth rate of about 5 percent this year.", "2024-01-22")).toEqual([
      [0.05, "ratio", "target", "growth", 2024, null, null],
    ]);
  });

  it("grown is an estimate of a year over", () => {
    expect(row("The city's GDP is expected to have grown about 5 percent last year.", "2024-01-22")).toEqual([
      [0.05, "ratio", "actual", "growth", 2023, null, "GDP_GROWTH"],
    ]);
  });
});
