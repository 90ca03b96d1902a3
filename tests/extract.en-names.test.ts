import { fact, readFields } from "./helpers/read-facts";

/** Catalog series that pages name in other words: an industry's making, the economy's output. */
describe("the making of an industry's goods is its manufacturing series", () => {
  it.each([
    ["The industry of manufacturing pharmaceuticals was worth 158.4 billion yuan in 2022.", 158.4e9, "BIO_MFG"],
    ["Drug manufacturing in the city generated 163 billion yuan in 2022.", 163e9, "BIO_MFG"],
    ["In 2022, biomedicine-related manufacturing reached 166.5 billion yuan.", 166.5e9, "BIO_MFG"],
    ["The manufacture of cars brought in 742 billion yuan in 2022.", 742e9, "AUTO_VALUE"],
  ])("%s", (text, value, indicator) => {
    expect(readFields(text, "2023-03-01")).toEqual([fact({ value, year: 2022, indicator })]);
  });

  it("reads the making's growth beside its level, and the whole industry's size as the industry's series", () => {
    expect(
      readFields(
        "The industry of manufacturing medicines earned 149 billion yuan in 2021, growing 9 percent from a year earlier.",
        "2022-02-01",
      ),
    ).toEqual([
      fact({ value: 149e9, year: 2021, indicator: "BIO_MFG" }),
      fact({ value: 0.09, unit: "ratio", measure: "growth", year: 2021, indicator: "BIO_MFG" }),
    ]);
    expect(
      readFields(
        "By 2025 the city wants biopharmaceutical manufacturing to reach 250 billion yuan, with the total industry scale to reach 1.1 trillion yuan.",
        "2022-02-01",
      ),
    ).toEqual([
      fact({ value: 250e9, kind: "target", year: 2025, indicator: "BIO_MFG" }),
      fact({ value: 1.1e12, kind: "target", year: 2025, indicator: "BIO" }),
    ]);
  });

  it("reads 'the manufacturing of automobiles' growth in output value as the automotive output series", () => {
    expect(
      readFields(
        "Last year the manufacturing of automobiles posted a 6.8 percent increase in output value.",
        "2023-03-01",
      ),
    ).toEqual([fact({ value: 0.068, unit: "ratio", measure: "growth", year: 2022, indicator: "AUTO_VALUE" })]);
  });

  it("does not take a manufacturing base or a production line for the making's value", () => {
    expect(
      readFields("A drug manufacturing base worth 12 billion yuan opened in 2022.", "2023-03-01").map(
        (f) => f.indicator,
      ),
    ).toEqual([null]);
  });
});

describe("the economy's output is its GDP", () => {
  it.each([
    ["In 2022, the city's economic output came to 4.47 trillion yuan.", 4.47e12],
    ["Shanghai's gross output reached 4.47 trillion yuan in 2022.", 4.47e12],
    ["The municipality's total economic output hit 4.47 trillion yuan last year.", 4.47e12],
  ])("%s", (text, value) => {
    expect(readFields(text, "2023-03-01")).toEqual([fact({ value, year: 2022, indicator: "GDP" })]);
  });

  it("reads the growth of the economic output as GDP growth, in its part year", () => {
    expect(
      readFields(
        "In the first half, the city's economic output totalled 2.2 trillion yuan, up 6.1 percent year on year.",
        "2023-08-01",
      ),
    ).toEqual([
      fact({ value: 2.2e12, year: 2023, period: { from: 1, to: 6 }, indicator: "GDP" }),
      fact({
        value: 0.061,
        unit: "ratio",
        measure: "growth",
        year: 2023,
        period: { from: 1, to: 6 },
        indicator: "GDP_GROWTH",
      }),
    ]);
  });

  it("does not read industry's gross output value as GDP", () => {
    expect(
      readFields("The gross output value of industry reached 3.9 trillion yuan in 2022.", "2023-03-01").map(
        (f) => f.indicator,
      ),
    ).toEqual([null]);
  });
});
