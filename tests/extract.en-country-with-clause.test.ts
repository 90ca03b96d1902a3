import { read } from "./helpers/read-facts";

/** A "with" clause after a clause about China tells the country's figure. Every sentence is written for the test. */
describe("the country's figure in a city's story", () => {
  it("gives a growth told in a 'with' clause after 'for China' the country, no city series", () => {
    const text =
      "Shanghai's exports rose 6 percent in the first half. The data point to a steady first half for China, with " +
      "the gross domestic product rising by 5.1%.";
    const gdp = read(text, "2026-07-20").find((f) => f.value === 0.051)!;
    expect([gdp.region, gdp.indicator, gdp.measure]).toEqual(["China", null, "growth"]);
  });

  it("keeps the city's own figure in a 'with' clause after the city", () => {
    const text = "It was a steady first half for Shanghai, with the gross domestic product rising by 5.4%.";
    const gdp = read(text, "2026-07-20").find((f) => f.value === 0.054)!;
    expect([gdp.region, gdp.indicator]).toEqual(["Shanghai", "GDP_GROWTH"]);
  });
});
