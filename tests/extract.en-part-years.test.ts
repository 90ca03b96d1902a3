import { read } from "./helpers/read-facts";

/** Parts of the year in own sentences: a breakdown by quarter, "the same period in" a year, "as of" a day. */
const when = (text: string, date: string, region = "Shanghai") =>
  read(text, date, region).map((f) => [f.value, f.kind, f.measure, f.year, f.period]);

describe("a growth broken down by quarter", () => {
  it("keeps every quarter's rate a growth, the first rate's year-on-year before its quarter", () => {
    expect(
      when(
        "By quarter, the city's output grew 6.1% year-on-year in Q1, 5.7% in Q2, 5.3% in Q3 and 4.9% in Q4.",
        "2025-01-25",
      ),
    ).toEqual([
      [0.061, "actual", "growth", 2024, { from: 1, to: 3 }],
      [0.057, "actual", "growth", 2024, { from: 4, to: 6 }],
      [0.053, "actual", "growth", 2024, { from: 7, to: 9 }],
      [0.049, "actual", "growth", 2024, { from: 10, to: 12 }],
    ]);
  });

  it("does not carry its last quarter to the year's figures after it", () => {
    const facts = when(
      "The economy was steady in 2024. Output grew 4.9% year on year in Q1, 4.6% in Q2, 4.4% in Q3 and 4.1% in Q4. By sector, farm output was 1.2 trillion yuan, up 3.1%; services reached 6.4 trillion yuan, growing 5.2%.\n\nRetail sales of consumer goods increased by 4.0% year-on-year.",
      "2025-01-25",
    );
    expect(facts.slice(4)).toEqual([
      [1.2e12, "actual", "level", 2024, null],
      [0.031, "actual", "growth", 2024, null],
      [6.4e12, "actual", "level", 2024, null],
      [0.052, "actual", "growth", 2024, null],
      [0.04, "actual", "growth", 2024, null],
    ]);
  });
});

describe("the same period in a year is what a change is compared with", () => {
  it("leaves the paragraph's part year to the next sentence", () => {
    expect(
      when(
        "In the first half of 2025, the city's robotics industry reached 120 billion yuan. Its exports amounted to 30.5 billion yuan, up 8.2 percent from the same period in 2024.",
        "2025-08-10",
      ),
    ).toEqual([
      [120e9, "actual", "level", 2025, { from: 1, to: 6 }],
      [30.5e9, "actual", "level", 2025, { from: 1, to: 6 }],
      [0.082, "actual", "growth", 2025, { from: 1, to: 6 }],
    ]);
  });
});

describe("a running total as of a day of a month", () => {
  it("covers the year from January to that month", () => {
    const facts = read(
      "As of October 20, the city had handed out 1.35 billion yuan in consumption vouchers, with 72.5% of the funds already spent.",
      "2025-11-02",
      "Chongqing",
    );
    expect(facts.map((f) => [f.value, f.year, f.period, f.region])).toEqual([
      [1.35e9, 2025, { from: 1, to: 10 }, "Chongqing"],
      [0.725, 2025, { from: 1, to: 10 }, "Chongqing"],
    ]);
  });

  it("keeps a day and year after the month its own year", () => {
    const facts = read("As of Nov. 30, 2024, the city had filed 88 large language models.", "2025-01-10");
    expect(facts.map((f) => [f.value, f.year, f.period])).toEqual([[88, 2024, { from: 1, to: 11 }]]);
  });
});
