import { read } from "./helpers/read-facts";

/** What a technology plan counts, and a small count a bound is set on, in own sentences. */
const row = (text: string, date = "2025-08-07") =>
  read(text, date).map((f) => [f.value, f.unit, f.kind, f.year, f.comparator]);

describe("a technology plan's counts", () => {
  it("counts breakthroughs and players", () => {
    expect(
      row(
        "The city aims to achieve at least 15 key technological breakthroughs and attract 80 leading industry players by 2027.",
      ),
    ).toEqual([
      [15, "breakthroughs", "target", 2027, ">="],
      [80, "players", "target", 2027, "="],
    ]);
  });

  it("counts a small number in words when a bound is set on it", () => {
    expect(row("The district will build no fewer than three high-quality incubators by 2027.")).toEqual([
      [3, "incubators", "target", 2027, ">="],
    ]);
  });

  it("leaves a small count in words with no bound a description", () => {
    expect(row("The district has three high-quality incubators and two major centers.")).toEqual([]);
  });
});
