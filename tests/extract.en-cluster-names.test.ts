import { fact, readFields } from "./helpers/read-facts";

/**
 * The electronic information industry and the automotive cluster under the names English pages give them ("the
 * electronics and information technology sector", "the automotive cluster"). Every sentence here is written for the test.
 */
describe("industry scales under their English names", () => {
  it("links the electronics and information technology sector's scale to ELEC_INFO", () => {
    expect(
      readFields(
        "In 2026 the scale of the electronics and information technology sector reached 1.3 trillion yuan.",
        "2027-02-01",
      ),
    ).toEqual([fact({ value: 1.3e12, year: 2026, indicator: "ELEC_INFO" })]);
    expect(
      readFields("The city's electronics and information industry grew to 1.25 trillion yuan in 2026.", "2027-02-01"),
    ).toEqual([fact({ value: 1.25e12, year: 2026, indicator: "ELEC_INFO" })]);
  });

  it("links the automotive cluster's scale to AUTO_SCALE, and the automotive industry's output stays AUTO_VALUE", () => {
    expect(
      readFields("The city's automotive cluster reported a scale of 1.2 trillion yuan in 2026.", "2027-02-01"),
    ).toEqual([fact({ value: 1.2e12, year: 2026, indicator: "AUTO_SCALE" })]);
    expect(
      readFields("The automotive industry's output value reached 980 billion yuan in 2026.", "2027-02-01").map(
        (f) => f.indicator,
      ),
    ).toEqual(["AUTO_VALUE"]);
  });
});
