import { read } from "./helpers/read-facts";

/** Above-scale firms named by their size, and a semicolon's two statements, in own sentences. */
const row = (text: string, date: string) =>
  read(text, date).map((f) => [f.value, f.unit, f.kind, f.measure, f.year, f.indicator]);

describe("industrial added value of firms of designated size", () => {
  it("is the large firms' part, not the industry's value added", () => {
    expect(
      row("The industrial added value of designated size enterprises grew 4.1 percent year on year.", "2025-07-20"),
    ).toEqual([[0.041, "ratio", "actual", "growth", 2025, null]]);
    expect(
      row("The industrial added value of enterprises of designated size grew 4.1 percent year on year.", "2025-07-20"),
    ).toEqual([[0.041, "ratio", "actual", "growth", 2025, null]]);
    expect(row("Industrial added value grew 4.1 percent year on year.", "2025-07-20")).toEqual([
      [0.041, "ratio", "actual", "growth", 2025, "IND_VA"],
    ]);
  });
});

describe("a goal and an estimate parted by a semicolon", () => {
  it("keeps the goal a goal and the estimate of a year over a result", () => {
    expect(
      row(
        "The plan wants to lift robot output to 50 billion yuan by 2027; the city's integrated circuit industry was estimated to be worth 380 billion yuan at the end of last year.",
        "2025-06-10",
      ),
    ).toEqual([
      [50000000000, "CNY", "target", "level", 2027, null],
      [380000000000, "CNY", "actual", "level", 2024, "IC"],
    ]);
  });

  it("reads a wish to push a figure somewhere as a goal", () => {
    expect(row("The city wants to push robot output to 50 billion yuan.", "2025-06-10").map((f) => f[2])).toEqual([
      "target",
    ]);
  });
});
