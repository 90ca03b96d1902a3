import { fact, readFields } from "./helpers/read-facts";

/** A series a figure is only compared with names nothing of it, whoever's it is. Every sentence is written for the test. */
describe("a yardstick with its owner", () => {
  it("leaves a growth 'faster than the city's GDP' unlinked", () => {
    expect(
      readFields(
        "Per capita disposable income reached 91,000 yuan in 2026, up 5.9 percent and growing faster than the city's GDP.",
        "2027-01-20",
      ),
    ).toEqual([
      fact({ value: 91_000, unit: "yuan per person", year: 2026 }),
      fact({ value: 0.059, unit: "ratio", measure: "growth", year: 2026 }),
    ]);
  });

  it("still links the series the sentence names as its subject", () => {
    expect(
      readFields("Industrial value added rose 6.1 percent in 2026, outpacing Shanghai's GDP.", "2027-01-20").map(
        (f) => [f.indicator, f.measure, f.value],
      ),
    ).toEqual([["IND_VA", "growth", 0.061]]);
  });
});
