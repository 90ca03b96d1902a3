import { read } from "./helpers/read-facts";

/** Amounts that class the things counted rather than measure a series, in own sentences. */
const links = (text: string, date: string, region = "Shanghai") =>
  read(text, date, region).map((f) => [f.indicator, f.kind, f.measure, f.year, f.value, f.comparator]);

describe("counted things of a size, with 'each' after the amount", () => {
  it.each([
    "The city now has five industries with an output value exceeding 500 billion yuan each, including autos and chips.",
    "By 2027 the district will build three industrial parks with an output value of over 20 billion yuan each.",
  ])("%s: the amount is a size class", (text) => {
    expect(read(text, "2025-03-10").filter((f) => f.unit === "CNY")).toEqual([]);
  });
});

describe("the threshold of the firms a statistic counts is no figure", () => {
  it.each([
    "The three leading industries' manufacturing output grew 8.1 percent in 2024, 3 percentage points above the average of industrial firms with a minimum annual business revenue of 20 million yuan.",
    "In 2024 the three leading industries' manufacturing output grew 8.1 percent, faster than that of industrial enterprises with annual revenue of 20 million yuan or more.",
  ])("%s", (text) => {
    expect(links(text, "2025-01-20")).toEqual([["LEAD3", "actual", "growth", 2024, 0.081, "="]]);
  });

  it("keeps a count of firms with their revenue", () => {
    const facts = read("Shanghai has 12 companies with annual revenue of 10 billion yuan.", "2025-01-20");
    expect(facts.map((f) => [f.value, f.unit])).toEqual([
      [12, "companies"],
      [10e9, "CNY"],
    ]);
  });
});
