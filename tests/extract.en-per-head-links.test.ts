import { read } from "./helpers/read-facts";

/** Links of per-head measures and of combined industry figures that real pages needed. */
describe("gross domestic product per capita is the per-head series, not GDP", () => {
  it.each([
    ["Shanghai's gross domestic product per capita topped 135,000 yuan in 2018.", 135_000, 2018],
    ["In 2019 the city's per capita gross domestic product came to 157,300 yuan, the bureau said.", 157_300, 2019],
    ["Shanghai's gross domestic product per capita rose to 173,600 yuan in 2021.", 173_600, 2021],
  ])("%s", (text, value, year) => {
    const facts = read(text, "2022-03-01");
    expect(facts).toHaveLength(1);
    expect(facts[0]).toMatchObject({ value, year, indicator: "GDP_PC", unit: "yuan per person" });
  });

  it("still links the whole economy's gross domestic product to GDP", () => {
    const facts = read("Shanghai's gross domestic product reached 4.32 trillion yuan in 2021.", "2022-03-01");
    expect(facts[0]).toMatchObject({ value: 4.32e12, indicator: "GDP", unit: "CNY" });
  });
});
