import { read } from "./helpers/read-facts";

/** An amount with its dollar conversion in brackets, in own sentences. */
const facts = (text: string, date = "2025-08-20", region = "Shanghai") =>
  read(text, date, region).map((f) => [f.value, f.unit, f.kind, f.measure, f.year, f.comparator]);

describe("a scaled amount given with its dollar conversion is in yuan", () => {
  it("reads 'almost 58 billion (US$8.1 billion)' as yuan, the conversion no figure of its own", () => {
    expect(
      facts(
        "Ningbo attracted almost 58 billion (US$8.1 billion) in new manufacturing projects in the first half of 2025.",
      ),
    ).toEqual([[58e9, "CNY", "actual", "level", 2025, "~"]]);
  });

  it("leaves a count with a bracketed note a count", () => {
    expect(facts("The resident population reached 24.8 million (up 0.4 percent) in 2024.").map((f) => f[1])).toEqual([
      "count",
      "ratio",
    ]);
  });
});
