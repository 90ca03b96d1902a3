import { read } from "./helpers/read-facts";

/** Money per head is counted per person, whether or not it is a catalog series (GDP per capita is). */
describe("an amount per capita or per head is counted in money per person", () => {
  const units = (text: string) => read(text, "2024-02-01").map((f) => [f.value, f.unit, f.indicator]);

  it.each([
    ["In 2023 China's per capita GDP came to CNY 89,400.", 89_400, "yuan per person", null],
    ["Residents' disposable income per capita was 84,800 yuan in 2023.", 84_800, "yuan per person", null],
    [
      "The per-capita disposable income of rural residents stood at CNY21,700 last year.",
      21_700,
      "yuan per person",
      null,
    ],
    ["Guangdong's output per head topped 12,000 US dollars in 2023.", 12_000, "USD per person", null],
    ["Shanghai's per capita GDP reached 190,300 yuan in 2023.", 190_300, "yuan per person", "GDP_PC"],
  ])("%s", (text, value, unit, indicator) => {
    expect(units(text)).toEqual([[value, unit, indicator]]);
  });

  it("keeps a total beside a per-head figure in plain money", () => {
    expect(
      units("In 2023 the city's GDP reached 4.72 trillion yuan, and GDP per capita came to 190,300 yuan."),
    ).toEqual([
      [4.72e12, "CNY", "GDP"],
      [190_300, "yuan per person", "GDP_PC"],
    ]);
  });
});
