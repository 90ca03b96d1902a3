import { fact, readFields } from "./helpers/read-facts";

/**
 * Knowledge-intensive services' value added as a share of the whole economy (KIS_GDP_SHARE) and of the services'
 * (KIS_SHARE): the whole the share is taken of tells which. Every sentence here is written for the test.
 */
const share = (value: number, year: number, indicator: string | null) =>
  fact({ value, unit: "ratio", measure: "share", year, indicator });

describe("a knowledge-intensive share of the economy", () => {
  it("reads a share of the city's economic output or GDP as KIS_GDP_SHARE, whatever word names the services", () => {
    expect(
      readFields(
        "With knowledge-intensive industries accounting for 39 percent of the city's economic output in 2026, growth held up.",
        "2027-01-20",
      ),
    ).toEqual([share(0.39, 2026, "KIS_GDP_SHARE")]);
    expect(
      readFields("Knowledge-intensive services made up 41 percent of Shanghai's GDP in 2026.", "2027-01-20"),
    ).toEqual([share(0.41, 2026, "KIS_GDP_SHARE")]);
  });

  it("keeps a share of the services' value added KIS_SHARE", () => {
    expect(
      readFields("Knowledge-intensive sectors accounted for 68 percent of services value added in 2026.", "2027-01-20"),
    ).toEqual([share(0.68, 2026, "KIS_SHARE")]);
  });
});
