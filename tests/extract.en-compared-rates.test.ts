import { read } from "./helpers/read-facts";

/** A rate compared with the national one, in own sentences. */
const facts = (text: string, date = "2025-03-10", region = "Shanghai") =>
  read(text, date, region).map((f) => [f.value, f.unit, f.kind, f.measure, f.year, f.comparator, f.region]);

describe("a rate compared with an average or level after a growth is a growth", () => {
  it.each([
    [
      "The city's retail sales grew 6.2% year-on-year in 2024, outpacing the national average of 3.5%.",
      [
        [0.062, "ratio", "actual", "growth", 2024, "=", "Shanghai"],
        [0.035, "ratio", "actual", "growth", 2024, "=", "China"],
      ],
    ],
    [
      "Its exports reached 95 billion yuan in 2024, a 12.3 percent year-on-year increase, well above the national level of 7.1 percent.",
      [
        [95e9, "CNY", "actual", "level", 2024, "=", "Shanghai"],
        [0.123, "ratio", "actual", "growth", 2024, "=", "Shanghai"],
        [0.071, "ratio", "actual", "growth", 2024, "=", "China"],
      ],
    ],
  ])("%s", (text, expected) => {
    expect(facts(text)).toEqual(expected);
  });

  it("is not dated by a year the sentence compares with", () => {
    expect(
      facts(
        "In 2025, exports grew 6.1% year-on-year, beating the national average of 5.2% and marking an improvement over 2024.",
        "2026-01-20",
      ),
    ).toEqual([
      [0.061, "ratio", "actual", "growth", 2025, "=", "Shanghai"],
      [0.052, "ratio", "actual", "growth", 2025, "=", "China"],
    ]);
  });

  it("keeps a share compared with the national average a share", () => {
    expect(
      facts("The urbanization rate stood at 89.3 percent in 2024, above the national average of 67 percent."),
    ).toEqual([
      [0.893, "ratio", "actual", "share", 2024, "=", "Shanghai"],
      [0.67, "ratio", "actual", "share", 2024, "=", "China"],
    ]);
  });
});
