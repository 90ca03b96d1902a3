import { read } from "./helpers/read-facts";

const links = (text: string, date: string, region = "Shanghai") =>
  read(text, date, region).map((f) => [f.indicator, f.kind, f.measure, f.year, f.value, f.comparator]);

describe("a total given with its figure at the opening ('Among the city's GDP of ...') opens its parts", () => {
  it.each([
    "Among Shanghai's GDP of 5.2 trillion yuan in 2024, the service sector contributed a value added of 3.9 trillion yuan, up 5 percent.",
    "Of the city's GDP of 5.2 trillion yuan in 2024, the service sector contributed a value added of 3.9 trillion yuan, up 5 percent.",
  ])("%s", (text) => {
    expect(links(text, "2025-01-25")).toEqual([
      ["GDP", "actual", "level", 2024, 5.2e12, "="],
      [null, "actual", "level", 2024, 3.9e12, "="],
      [null, "actual", "growth", 2024, 0.05, "="],
    ]);
  });

  it("keeps the parts' own names", () => {
    expect(
      links(
        "Of the city's GDP of 5.2 trillion yuan in 2024, the software industry made 0.9 trillion yuan.",
        "2025-01-25",
      ),
    ).toEqual([
      ["GDP", "actual", "level", 2024, 5.2e12, "="],
      ["SOFTWARE", "actual", "level", 2024, 0.9e12, "="],
    ]);
  });
});
