import { read } from "./helpers/read-facts";

/** "Its" figures after a district was named are the district's, in own sentences. */
const row = (text: string) =>
  read(text, "2025-03-10").map((f) => [f.value, f.unit, f.kind, f.measure, f.year, f.indicator, f.region]);

describe("a sentence that goes on about the place named before it", () => {
  it("gives a district's figures no city code", () => {
    expect(
      row("Minhang has become a base for biomedicine. Last year, its GDP reached 310 billion yuan, up 5 percent."),
    ).toEqual([
      [310000000000, "CNY", "actual", "level", 2024, null, "Shanghai"],
      [0.05, "ratio", "actual", "growth", 2024, null, "Shanghai"],
    ]);
  });

  it("keeps the city's figures the city's", () => {
    expect(
      row("Shanghai has become a base for biomedicine. Last year, its GDP reached 5.3 trillion yuan, up 5 percent."),
    ).toEqual([
      [5300000000000, "CNY", "actual", "level", 2024, "GDP", "Shanghai"],
      [0.05, "ratio", "actual", "growth", 2024, "GDP_GROWTH", "Shanghai"],
    ]);
  });
});
