import { fact, readFields } from "./helpers/read-facts";

/** A district's or a zone's own figures are none of the city's series. */
describe("figures of a city's districts and zones", () => {
  it("links a figure of Pudong or of the Lin-gang zone to no city series", () => {
    expect(
      readFields("The biomedicine industry in Pudong is set to reach 350 billion yuan by 2025.", "2022-03-01"),
    ).toEqual([fact({ value: 350e9, kind: "target", year: 2025 })]);
    expect(
      readFields(
        "The Lin-gang Special Area – located in the south-east of Shanghai – aims for 15 percent GDP growth in 2023.",
        "2023-01-20",
      ),
    ).toEqual([fact({ value: 0.15, unit: "ratio", kind: "target", measure: "growth", year: 2023 })]);
  });

  it("keeps a figure the city's own when the city is named after the district", () => {
    expect(
      readFields(
        "Helped by new plants in Zhangjiang, Shanghai's biomedicine industry reached 890 billion yuan in 2022.",
        "2023-03-01",
      ),
    ).toEqual([fact({ value: 890e9, year: 2022, indicator: "BIO" })]);
  });

  it("does not take Pudong International Airport for the district", () => {
    expect(
      readFields(
        "The biomedicine industry around Pudong International Airport hit 41 billion yuan in 2022.",
        "2023-03-01",
      ),
    ).toEqual([fact({ value: 41e9, year: 2022, indicator: "BIO" })]);
  });
});

describe("a rate named right after it", () => {
  it("reads '15 percent GDP growth' and 'a 6 percent annual increase' as growth, not shares", () => {
    expect(readFields("The city aims for 5.5 percent GDP growth in 2023.", "2023-01-20")).toEqual([
      fact({ value: 0.055, unit: "ratio", kind: "target", measure: "growth", year: 2023, indicator: "GDP_GROWTH" }),
    ]);
    expect(readFields("Chip sales posted a 6 percent annual increase in 2022.", "2023-01-20")).toEqual([
      fact({ value: 0.06, unit: "ratio", measure: "growth", year: 2022 }),
    ]);
  });

  it("keeps '45 percent of industrial output growth' a share", () => {
    expect(
      readFields("Emerging industries contributed 45 percent of industrial output growth in 2022.", "2023-01-20").map(
        (f) => f.measure,
      ),
    ).toEqual(["share"]);
  });
});

describe("a district's own plan and a sector's narrower measure", () => {
  it("links no city series in a plan whose title names a district, unless the city is named", () => {
    const text = [
      "Minhang District Action Plan for the Digital Economy (2025-2027)",
      "Labour productivity in the district will exceed 470,000 yuan per person.",
      "Shanghai's labour productivity is set to exceed 500,000 yuan per person.",
    ].join("\n\n");
    expect(readFields(text, "2025-02-01").map((f) => [f.value, f.kind, f.year, f.indicator])).toEqual([
      [470_000, "target", 2027, null],
      [500_000, "target", 2027, "LABOR_PROD"],
    ]);
  });

  it("does not take 'industrial labour productivity' or 'industrial software' for the whole series", () => {
    expect(
      readFields("Industrial labour productivity will exceed 540,000 yuan per person by 2027.", "2025-02-01"),
    ).toEqual([fact({ value: 540_000, unit: "yuan per person", kind: "target", year: 2027, comparator: ">" })]);
    expect(readFields("Revenue from industrial software rose 11 percent in 2024.", "2025-02-01")).toEqual([
      fact({ value: 0.11, unit: "ratio", measure: "growth", year: 2024 }),
    ]);
  });
});
