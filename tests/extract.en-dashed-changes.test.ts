import { read } from "./helpers/read-facts";

const links = (text: string, date: string, region = "Shanghai") =>
  read(text, date, region).map((f) => [f.indicator, f.kind, f.measure, f.year, f.value, f.comparator]);

describe("a change after a dash behind a figure is that figure's change", () => {
  it.each([
    "Shanghai had 120 AI enterprises, with an industry scale of 95.2 billion yuan (about 13 billion U.S. dollars) -- a year-on-year increase of 21.4 percent.",
    "Shanghai had 120 AI enterprises, with an industry scale of 95.2 billion yuan — a rise of 21.4 percent from a year earlier.",
  ])("%s", (text) => {
    expect(links(text, "2026-01-10").filter((f) => f[0] !== null)).toEqual([
      ["AI", "actual", "level", 2025, 95.2e9, "="],
      ["AI", "actual", "growth", 2025, 0.214, "="],
    ]);
  });
});
