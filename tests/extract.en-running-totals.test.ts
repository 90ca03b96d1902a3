import { read } from "./helpers/read-facts";

/** The year of a running total, in own sentences. */
const counts = (text: string, date = "2025-09-10") =>
  read(text, date).map((f) => [f.value, f.unit, f.kind, f.year, f.comparator]);

describe("a running total since a start the sentence opens on", () => {
  it("stands as the report is told, not in the year it started", () => {
    expect(
      counts(
        "Since launching its smart factory program in 2021, the city has cultivated 58 benchmark factories.",
        "2026-01-09",
      ),
    ).toEqual([[58, "factories", "actual", 2026, "="]]);
  });

  it("keeps a year told later in the sentence the figure's own", () => {
    expect(
      counts("Since launching the program in 2021, the city added 12 benchmark factories in 2024.", "2026-01-09"),
    ).toEqual([[12, "factories", "actual", 2024, "="]]);
  });
});
