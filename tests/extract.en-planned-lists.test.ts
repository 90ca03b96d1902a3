import { read } from "./helpers/read-facts";

/** Own sentences: a year's results told as estimates, and a plan's items after a colon under a heading of goals. */
const facts = (text: string, date: string, region = "Shanghai") =>
  read(text, date, region).map((f) => [f.value, f.unit, f.kind, f.measure, f.year]);

describe("a report of a year already over", () => {
  it("reads the figures told with an estimate of that year as results", () => {
    expect(
      facts(
        "Its industrial output in 2024 is expected to reach 410 billion yuan, with its tax revenue achieving 21.3 billion yuan, up 2.7 percent year on year.",
        "2025-01-15",
        "Songjiang",
      ),
    ).toEqual([
      [410e9, "CNY", "actual", "level", 2024],
      [21.3e9, "CNY", "actual", "level", 2024],
      [0.027, "ratio", "actual", "growth", 2024],
    ]);
  });

  it("reads a figure of last year slated to reach a level as its result", () => {
    expect(
      facts(
        "The district's paid-in foreign capital last year is slated to reach US$2.05 billion, up 6 percent.",
        "2025-01-15",
        "Songjiang",
      ),
    ).toEqual([
      [2.05e9, "USD", "actual", "level", 2024],
      [0.06, "ratio", "actual", "growth", 2024],
    ]);
  });

  it("keeps an estimate of a year to come a goal", () => {
    expect(
      facts(
        "Its industrial output in 2026 is expected to reach 450 billion yuan, with its tax revenue achieving 23 billion yuan.",
        "2025-01-15",
        "Songjiang",
      ).map((f) => f[2]),
    ).toEqual(["target", "target"]);
  });
});

describe("a plan's items after a colon", () => {
  const plan =
    "Key goals by 2028\n\n" +
    "The sector's output is projected to exceed 80 billion yuan.\n\n" +
    "1. Growing leading firms\n\n" +
    "The city will cultivate:\n\n" +
    "-Over 15 leading enterprises in drone making;\n\n" +
    "-Around 30 leading providers of flight services and 200 passenger aircraft.\n\n" +
    "Develop over 40 signature products.";

  it("are the plan's targets for the year its heading of goals names", () => {
    expect(facts(plan, "2025-06-10")).toEqual([
      [80e9, "CNY", "target", "level", 2028],
      [15, "enterprises", "target", "level", 2028],
      [30, "providers", "target", "level", 2028],
      [200, "aircraft", "target", "level", 2028],
      [40, "products", "target", "level", 2028],
    ]);
  });
});
