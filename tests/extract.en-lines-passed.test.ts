import { read } from "./helpers/read-facts";

/** Round lines a series passed, in own sentences: when they are no figure, and whose figure they are. */
const money = (text: string, date = "2025-03-12") =>
  read(text, date)
    .filter((f) => f.unit !== "ratio")
    .map((f) => [f.value, f.indicator, f.year]);

describe("several lines passed one after another at no stated time are no figures", () => {
  it.each([
    "Over the past decade, the province's GDP topped 6 trillion yuan and then 8 trillion yuan.",
    "Hangzhou's economy crossed 1.5 trillion yuan, 1.8 trillion yuan and 2 trillion yuan in succession.",
    "During the 13th Five-Year Plan period, the city's industrial output successively exceeded RMB 3 trillion and RMB 3.5 trillion.",
    "Since 2015 the city's retail sales have passed 1 trillion yuan (about 140 billion U.S. dollars) and 1.5 trillion yuan.",
  ])("%s", (text) => {
    expect(money(text)).toEqual([]);
  });

  it("keeps lines passed in years of their own, and a single line passed", () => {
    expect(money("Shanghai's GDP surpassed 3 trillion yuan in 2017 and 4 trillion yuan in 2021.")).toEqual([
      [3e12, "GDP", 2017],
      [4e12, "GDP", 2021],
    ]);
    expect(money("The city's GDP exceeded 5 trillion yuan in 2024, the bureau said.")).toEqual([[5e12, "GDP", 2024]]);
  });
});

describe("a first or only place to pass a line is a distinction, not a figure", () => {
  it.each([
    [
      "The first Chinese city whose economic output has exceeded 5 trillion yuan, Shanghai now aims for GDP growth of 6 percent this year.",
      [[0.06, "GDP_GROWTH", 2025]],
    ],
    [
      "Shanghai, the only city in the country to have crossed the 5 trillion yuan GDP line, expects its GDP to grow 5 percent in 2026.",
      [[0.05, "GDP_GROWTH", 2026]],
    ],
    [
      "As the second city to top 4 trillion yuan, Beijing plans to raise its R&D spending by 8 percent by 2027.",
      [[0.08, null, 2027]],
    ],
  ])("%s", (text, expected) => {
    expect(read(text, "2025-03-12").map((f) => [f.value, f.indicator, f.year])).toEqual(expected);
  });

  it("keeps the line when the text dates it", () => {
    expect(money("Shanghai became the first city to surpass 5 trillion yuan of GDP in 2024.").map((f) => f[0])).toEqual(
      [5e12],
    );
  });
});

describe("a sentence opening on reaching a line is about the subject that follows", () => {
  it.each([
    [
      "Having crossed 1 trillion yuan in 2023, the city's software and information services revenue rose to 1.2 trillion yuan last year.",
      [
        [1e12, "SOFTWARE", 2023],
        [1.2e12, "SOFTWARE", 2024],
      ],
    ],
    [
      "After topping 4 trillion yuan in 2021, Shanghai's gross domestic product rose to 4.47 trillion yuan in 2022.",
      [
        [4e12, "GDP", 2021],
        [4.47e12, "GDP", 2022],
      ],
    ],
    [
      "After hitting 180,000 yuan in 2022, the city's per capita GDP grew to 190,000 yuan in 2023.",
      [
        [180_000, "GDP_PC", 2022],
        [190_000, "GDP_PC", 2023],
      ],
    ],
  ])("%s", (text, expected) => {
    expect(money(text)).toEqual(expected);
  });

  it("takes no name from a clause that does not open the sentence on reaching the figure", () => {
    expect(money("In 2023 exports came to 1.7 trillion yuan, Shanghai's GDP rose 5 percent.")).toEqual([
      [1.7e12, null, 2023],
    ]);
  });
});

describe("new lines passed one after another", () => {
  it("are no figures, the amounts before the currency too", () => {
    expect(
      read(
        "Over the past decade, the province's output successively crossed new thresholds of 3 trillion, 4 trillion and 5 trillion yuan.",
        "2025-03-01",
      ),
    ).toEqual([]);
  });
});
