import { read } from "./helpers/read-facts";

/** Changes that are no series' figure: over several years, or of a share rather than the share itself. */
describe("a change counted from a year before the last is no year's rate of change", () => {
  it.each([
    ["By 2023 the city's GDP had grown 41 percent from 2018, the statistics bureau said.", 0.41, 2023],
    ["In 2024, the revenue of Shanghai's integrated circuit industry was up 85 percent since 2020.", 0.85, 2024],
    ["Compared with 2019, the city's gross domestic product in 2023 expanded 22.4 percent.", 0.224, 2023],
    ["In 2022 Shanghai's GDP was 27 percent higher than in 2017.", 0.27, 2022],
  ])("%s", (text, value, year) => {
    const facts = read(text, "2025-02-01");
    expect(facts.map((f) => [f.value, f.year, f.measure, f.indicator])).toEqual([[value, year, "growth", null]]);
  });

  it.each([
    ["In 2023 the city's GDP grew 5 percent from 2022.", 0.05, 2023],
    ["Shanghai's GDP rose 3.9 percent in 2024 compared with 2023.", 0.039, 2024],
    ["Since 2018, the city has opened up its services; its GDP grew 6 percent in 2023.", 0.06, 2023],
  ])("still links a year's growth on the year before: %s", (text, value, year) => {
    const facts = read(text, "2025-02-01");
    expect(facts.map((f) => [f.value, f.year, f.indicator])).toEqual([[value, year, "GDP_GROWTH"]]);
  });
});

describe("a share's rise is not the share", () => {
  it.each([
    "In 2022, strategic emerging industries accounted for 42.8 percent of the city's industrial output, 2.4% higher than in 2020.",
    "In 2022, the output of strategic emerging industries made up 42.8 percent of total industrial output, 5.1 percent higher than 2019.",
    "In 2022, strategic emerging industries took up 42.8 percent of the city's industrial output value, or 3 percent more than in 2021.",
  ])("%s", (text) => {
    const facts = read(text, "2023-03-01");
    expect(facts.map((f) => [f.value, f.year, f.indicator])).toEqual([
      [0.428, 2022, "SEI_SHARE"],
      [expect.any(Number), 2022, null],
    ]);
    expect(facts[1].measure).toBe("growth");
  });
});
