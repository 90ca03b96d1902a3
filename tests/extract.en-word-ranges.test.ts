import { read } from "./helpers/read-facts";

/** Ranges written in words, in own sentences. */
const facts = (text: string, date = "2025-03-10", region = "Shanghai") =>
  read(text, date, region).map((f) => [f.value, f.unit, f.kind, f.measure, f.year, f.comparator, f.region]);

describe("a range written in words", () => {
  it("is two facts, at least its low end and at most its high end", () => {
    expect(facts("The plan calls for building two to four national AI industrial parks by 2027.")).toEqual([
      [2, "parks", "target", "level", 2027, ">=", "Shanghai"],
      [4, "parks", "target", "level", 2027, "<=", "Shanghai"],
    ]);
  });

  it("scales both ends: 'three to five billion yuan'", () => {
    expect(facts("The city will set aside three to five billion yuan for the fund by 2026.").map((f) => f[0])).toEqual([
      3e9, 5e9,
    ]);
  });

  it("keeps 'from three to five' a change, not a range", () => {
    expect(
      facts("The number of its national labs rose from three to five labs in 2024.").map((f) => [f[0], f[5]]),
    ).not.toContainEqual([3, ">="]);
  });
});
