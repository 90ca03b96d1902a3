import { read } from "./helpers/read-facts";

/** Counts and years a fresh set of real pages needed, in own sentences. */
const counts = (text: string, date = "2025-09-10") =>
  read(text, date).map((f) => [f.value, f.unit, f.kind, f.year, f.comparator]);

describe("what a transport or data report counts", () => {
  it.each([
    ["The city has opened 2,140 test roads for self-driving cars.", [[2140, "roads", "actual", 2025, "="]]],
    ["The plan calls for 300 high-quality industrial datasets by 2027.", [[300, "datasets", "target", 2027, "="]]],
    ["In 2024, the airport's passenger throughput exceeded 78 million.", [[78e6, "passengers", "actual", 2024, ">"]]],
  ])("%s", (text, expected) => {
    expect(counts(text)).toEqual(expected);
  });
});

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

describe("new lines passed one after another", () => {
  it("are no figures, the amounts before the currency too", () => {
    expect(
      read(
        "Over the past decade, the province's output successively crossed new thresholds of 3 trillion, 4 trillion and 5 trillion yuan.",
        "2025-03-01",
      ),
    ).toEqual([]);
  });
});
