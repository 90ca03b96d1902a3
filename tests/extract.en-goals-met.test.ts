import { read } from "./helpers/read-facts";

/** Own sentences: a goal reported met or beaten, and a year that dates the level compared with after it. */
const facts = (text: string, date: string) => read(text, date).map((f) => [f.value, f.kind, f.measure, f.year]);

describe("a goal reported met or beaten", () => {
  it("tells results, in its clause and the clauses that go on from it", () => {
    expect(
      facts(
        "The city's new infrastructure projects exceeded annual targets in 2024, with investment reaching 96.5 billion yuan, up 4.1 percent year-on-year.",
        "2025-01-20",
      ),
    ).toEqual([
      [96.5e9, "actual", "level", 2024],
      [0.041, "actual", "growth", 2024],
    ]);
  });

  it("leaves a goal still to be met a goal", () => {
    expect(
      facts(
        "The city is expected to exceed annual targets in 2026, with investment reaching 100 billion yuan.",
        "2025-12-20",
      ).map((f) => f[1]),
    ).toEqual(["target"]);
  });
});

describe("a year written before a level's noun and 'of'", () => {
  it("dates the level after it, not the growth before it", () => {
    expect(
      facts(
        "In 2025, the city received 7.2 million cruise passengers, up 18.5 percent year on year and exceeding the 2018 peak of 6.9 million.",
        "2026-01-27",
      ),
    ).toEqual([
      [7.2e6, "actual", "level", 2025],
      [0.185, "actual", "growth", 2025],
      [6.9e6, "actual", "level", 2018],
    ]);
  });
});
