import { defaultCatalog } from "../src/core/catalog";
import { extract } from "../src/core/extract";

/** Every name the extractor links goes through the document's catalog: an analyst's new indicator links at once. */
describe("linking against the document's catalog", () => {
  const robots = defaultCatalog().extend({
    indicators: [
      {
        file: "mine.json",
        text: JSON.stringify([
          {
            code: "ROBOTS",
            name: "Industrial robot output",
            aliases: ["industrial robot output", "industrial robots"],
            unit: "units",
            region: "Shanghai",
            plan: "15FYP",
            periodStart: 2026,
            periodEnd: 2030,
          },
        ]),
      },
    ],
  });

  it("links a figure to an indicator the analyst defined", () => {
    const [fact] = extract("Industrial robot output reached 85,000 units last year.", {
      doc: "x.txt",
      date: "2025-02-01",
      region: "Shanghai",
      catalog: robots,
    });
    expect(fact).toMatchObject({ indicator: "ROBOTS", value: 85000, unit: "units", year: 2024, kind: "actual" });
  });

  it("leaves it unlinked with the shipped catalog", () => {
    const [fact] = extract("Industrial robot output reached 85,000 units last year.", {
      doc: "x.txt",
      date: "2025-02-01",
      region: "Shanghai",
    });
    expect(fact).toMatchObject({ indicator: null, value: 85000, unit: "units" });
  });
});
