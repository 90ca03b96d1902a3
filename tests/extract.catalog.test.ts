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

/** A link names the series' own measure: not registrations, product output or the price of one vehicle. */
describe("links only to the measure the series defines", () => {
  const read = (text: string) =>
    extract(text, { doc: "t.txt", date: "2025-08-10", region: "Shanghai" }).map((f) => [
      f.indicator,
      f.value,
      f.unit,
      f.measure,
    ]);

  it("keeps the growth of registered or promoted NEVs out of NEV output and NEV industry value", () => {
    expect(read("In the first half, 91,300 NEVs were registered in the city, a 14 percent drop year on year.")).toEqual(
      [
        [null, 91300, "vehicles", "level"],
        [null, -0.14, "ratio", "growth"],
      ],
    );
    expect(read("The city promoted 120,400 new energy vehicles last year, up 11.5 percent.")).toEqual([
      [null, 120400, "vehicles", "level"],
      [null, 0.115, "ratio", "growth"],
    ]);
  });

  it("counts the NEVs among registered cars in vehicles without linking them", () => {
    expect(read("Of the 5.1 million registered cars in the city, 802,000 were NEVs.")[1]).toEqual([
      null,
      802000,
      "vehicles",
      "level",
    ]);
  });

  it("does not read a product's output growth as its industry's scale, even through 'that of'", () => {
    expect(
      read(
        "The output of integrated circuits rose 14.2 percent, and that of artificial intelligence grew 6.1 percent.",
      ),
    ).toEqual([
      [null, 0.142, "ratio", "growth"],
      [null, 0.061, "ratio", "growth"],
    ]);
  });

  it("does not read the price of one NEV or a subsidy on it as the NEV industry's value", () => {
    const facts = read("A new NEV costing 180,000 yuan may receive subsidies of 15,000 yuan.");
    expect(facts.map((f) => f[0])).toEqual([null, null]);
  });
});
