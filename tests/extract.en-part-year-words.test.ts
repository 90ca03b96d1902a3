import { read } from "./helpers/read-facts";

/** Part years in own sentences: a half written as an adjective, months counted back, a month alone, and the amounts a
 * carried growth is measured with. */
const when = (text: string, date: string, region = "Shanghai") =>
  read(text, date, region).map((f) => [f.value, f.measure, f.year, f.period]);

describe("words for a part of the year", () => {
  it("reads a half written as an adjective apart from the quarter before it", () => {
    expect(
      when(
        "Its Q2 sales reached 3.4 billion yuan, up 6 percent, while its first-half sales totaled 6.1 billion yuan.",
        "2025-08-15",
        "Jiading",
      ),
    ).toEqual([
      [3.4e9, "level", 2025, { from: 4, to: 6 }],
      [0.06, "growth", 2025, { from: 4, to: 6 }],
      [6.1e9, "level", 2025, { from: 1, to: 6 }],
    ]);
  });

  it("counts months back from the month a span ends in", () => {
    expect(
      when("In the three months ending September 30, the port's trade grew 5.6% to 410 billion yuan.", "2025-10-20"),
    ).toEqual([
      [0.056, "growth", 2025, { from: 7, to: 9 }],
      [410e9, "level", 2025, { from: 7, to: 9 }],
    ]);
  });

  it("reads a month said alone as that month", () => {
    expect(
      when("April alone saw exports of 62.5 billion yuan, a 2.2 percent increase year-on-year.", "2025-05-20"),
    ).toEqual([
      [62.5e9, "level", 2025, { from: 4, to: 4 }],
      [0.022, "growth", 2025, { from: 4, to: 4 }],
    ]);
  });
});

describe("the amounts a growth of a carried part year is measured with", () => {
  it("go on in the same part year", () => {
    const text =
      "From January to April, the city's foreign trade reached 1.3 trillion yuan, up 2.5 percent.\n" +
      "Exports climbed 8.1 percent to 560 billion yuan, while imports stood at 740 billion yuan, down 1.9 percent.";
    expect(when(text, "2025-05-22").slice(2)).toEqual([
      [0.081, "growth", 2025, { from: 1, to: 4 }],
      [560e9, "level", 2025, { from: 1, to: 4 }],
      [740e9, "level", 2025, { from: 1, to: 4 }],
      [-0.019, "growth", 2025, { from: 1, to: 4 }],
    ]);
  });

  it("leave an amount with no growth of its own sentence as it was", () => {
    const text =
      "From January to April, the city's foreign trade reached 1.3 trillion yuan, up 2.5 percent.\n" +
      "The city is home to 2,100 trading firms with a combined capital of 90 billion yuan.";
    expect(when(text, "2025-05-22").slice(2)).toEqual([
      [2100, "level", 2025, null],
      [90e9, "level", 2025, null],
    ]);
  });
});
