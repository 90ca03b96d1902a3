import { fact, read, readFields } from "./helpers/read-facts";

/**
 * The city's "key" projects are its major projects, and the investment a sentence tells of them is their series
 * (MAJOR_PROJ_INVEST). Every sentence here is written for the test.
 */
describe("money put into key projects", () => {
  it("links money invested in key infrastructure projects, and its growth, to the major projects' series", () => {
    expect(
      readFields(
        "The city invested 212 billion yuan in key infrastructure projects in 2026, a year-on-year increase of 4.1 percent.",
        "2027-01-20",
      ),
    ).toEqual([
      fact({ value: 2.12e11, year: 2026, indicator: "MAJOR_PROJ_INVEST" }),
      fact({ value: 0.041, unit: "ratio", measure: "growth", year: 2026, indicator: "MAJOR_PROJ_INVEST" }),
    ]);
  });

  it("reads a plan to spend on key construction projects as the year's target", () => {
    const facts = read(
      "This year the city plans to spend 225 billion yuan on its key construction projects.",
      "2027-01-20",
    );
    expect(facts.map((f) => [f.indicator, f.kind, f.year, f.value])).toEqual([
      ["MAJOR_PROJ_INVEST", "target", 2027, 2.25e11],
    ]);
  });
});

describe("the investment a sentence tells of the major projects it is about", () => {
  it("links the investment named after the projects in their own clause", () => {
    const facts = read(
      "The city's key construction projects saw total investment reaching 219 billion yuan in 2026.",
      "2027-01-20",
    );
    expect(facts.map((f) => [f.indicator, f.kind, f.year, f.value])).toEqual([
      ["MAJOR_PROJ_INVEST", "actual", 2026, 2.19e11],
    ]);
    expect(facts[0].quote).toContain("total investment reaching 219 billion yuan");
  });

  it("links the investment of a 'with' clause after the projects, and the rate after it", () => {
    const facts = read(
      "Work on the major projects went well in 2026, with annual investment reaching 224 billion yuan, up 3.8 percent.",
      "2027-01-20",
    );
    expect(facts.map((f) => [f.indicator, f.measure, f.year, f.value])).toEqual([
      ["MAJOR_PROJ_INVEST", "level", 2026, 2.24e11],
      ["MAJOR_PROJ_INVEST", "growth", 2026, 0.038],
    ]);
  });

  it("leaves another subject's investment, other projects' investment and a count of projects unlinked", () => {
    expect(
      read(
        "The key projects broke ground in spring, and private investment reached 80 billion yuan.",
        "2027-01-20",
      ).map((f) => f.indicator),
    ).toEqual([null]);
    expect(
      read("Large-scale renovation projects recorded a combined investment of 45 billion yuan.", "2027-01-20").map(
        (f) => f.indicator,
      ),
    ).toEqual([null]);
    expect(read("The city lined up 191 key projects this year.", "2027-01-20").map((f) => f.indicator)).toEqual([null]);
  });
});

describe("a counted batch of major projects", () => {
  it("leaves the combined investment of a number of projects unlinked", () => {
    const text =
      "In March, 36 key projects with a combined investment of 90 billion yuan broke ground across the city.";
    expect(read(text, "2027-04-02").map((f) => [f.indicator, f.value])).toEqual([
      [null, 36],
      [null, 9e10],
    ]);
  });
});

describe("investment in major projects, named before its figure or after it", () => {
  it("links 'investment in key projects' and its rate, and money of investment in major projects a plan names", () => {
    const facts = read("Investment in key projects totaled 228 billion yuan in 2026, up 3.2 percent.", "2027-01-20");
    expect(facts.map((f) => [f.indicator, f.measure, f.year, f.value])).toEqual([
      ["MAJOR_PROJ_INVEST", "level", 2026, 2.28e11],
      ["MAJOR_PROJ_INVEST", "growth", 2026, 0.032],
    ]);
    const plan = read(
      "This year, the city plans to complete 245 billion yuan of investment in major projects.",
      "2027-01-20",
    );
    expect(plan.map((f) => [f.indicator, f.kind, f.year, f.value])).toEqual([
      ["MAJOR_PROJ_INVEST", "target", 2027, 2.45e11],
    ]);
  });

  it("leaves another region's investment in major projects unlinked", () => {
    expect(
      read("Jiangsu's investment in major projects rose 4 percent in 2026.", "2027-01-20").map((f) => f.indicator),
    ).toEqual([null]);
  });
});
