import { read } from "./helpers/read-facts";

/** What a report counts, in own sentences. */
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
