import { read } from "./helpers/read-facts";

/** Own sentences: shares of a flow in a carried part year, a span over the first months, the year's close, fivefold. */
const when = (text: string, date: string) => read(text, date).map((f) => [f.value, f.measure, f.year, f.period]);

describe("a share of a flow named after it", () => {
  it("goes on in the part year an earlier paragraph set", () => {
    const text =
      "From January to April, the city's foreign trade reached 1.3 trillion yuan, up 2.5 percent.\n" +
      "Private firms made up 41.2 percent of the city's total trade.\n" +
      "Chips and drones each contributed more than 8% to the country's exports.";
    expect(when(text, "2025-05-22").slice(2)).toEqual([
      [0.412, "share", 2025, { from: 1, to: 4 }],
      [0.08, "share", 2025, { from: 1, to: 4 }],
    ]);
  });
});

describe("a growth read over the year", () => {
  it("takes a span over the first months as its own time, and the year's close as the whole year", () => {
    expect(
      when(
        "Output fell 0.6% in the first quarter, rose to 2.8% over the first nine months and closed the year at 3.4%.",
        "2025-12-30",
      ),
    ).toEqual([
      [-0.006, "growth", 2025, { from: 1, to: 3 }],
      [0.028, "growth", 2025, { from: 1, to: 9 }],
      [0.034, "growth", 2025, null],
    ]);
  });
});

describe("a fivefold rise", () => {
  it("is a growth of four times", () => {
    expect(when("Exports of service robots nearly quintupled last year.", "2025-03-01")).toEqual([
      [4, "growth", 2024, null],
    ]);
  });
});
