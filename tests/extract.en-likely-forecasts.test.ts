import { read } from "./helpers/read-facts";

/** What is likely is a forecast, and "and this is ..." opens a clause of its own, in own sentences. */
const row = (text: string, date = "2024-10-29") =>
  read(text, date).map((f) => [f.value, f.unit, f.kind, f.year, f.comparator]);

describe("a likely figure", () => {
  it("is a forecast, and the result before it in its own clause stays a result", () => {
    expect(
      row("Last year, the plant produced 352,000 units and this is likely to rise to 0.9 million vehicles next year."),
    ).toEqual([
      [352000, "units", "actual", 2023, "="],
      [900000, "vehicles", "target", 2025, "="],
    ]);
  });

  it("stays a forecast where its year already made it one", () => {
    expect(row("Exports are likely to reach 20 billion yuan next year.")).toEqual([
      [20000000000, "CNY", "target", 2025, "="],
    ]);
  });
});
