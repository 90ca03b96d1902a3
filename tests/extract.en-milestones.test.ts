import { read } from "./helpers/read-facts";

/** A round line passed ("crossed the 5 trillion yuan mark") beside the exact figure of the same series and year. */
describe("a milestone passed is not the series' figure when the story gives the exact one", () => {
  const links = (text: string, date: string) =>
    read(text, date)
      .filter((f) => f.unit === "CNY")
      .map((f) => [f.indicator, f.value, f.comparator])
      .sort((a, b) => Number(a[1]) - Number(b[1]));

  it.each([
    [
      "Shanghai's economy crossed the 5 trillion yuan mark in 2024, officials said on Monday.\n\n" +
        "The city's gross domestic product grew 5 percent to 5.39 trillion yuan last year.",
      5e12,
      5.39e12,
    ],
    [
      "The city's GDP reached 4.72 trillion yuan in 2023. It was the first time that the GDP had passed the " +
        "4.5 trillion yuan threshold.",
      4.5e12,
      4.72e12,
    ],
    [
      "In 2022 Shanghai's gross domestic product topped the milestone of 4 trillion yuan for the first time.\n\n" +
        "According to the bureau, the GDP of Shanghai came to 4.47 trillion yuan in 2022.",
      4e12,
      4.47e12,
    ],
    [
      "Shanghai's GDP broke through the four-trillion-yuan (some 620 billion dollars) barrier in 2021, and the " +
        "statistics bureau put the GDP at 4.32 trillion yuan for the year.",
      4e12,
      4.32e12,
    ],
  ])("%s", (text, bound, exact) => {
    expect(links(text, "2025-01-25")).toEqual([
      [null, bound, ">"],
      ["GDP", exact, "="],
    ]);
  });

  it("unlinks a bound restated in its own sentence by an exact figure, however far apart the two", () => {
    expect(
      links("In 2021 the city's GDP exceeded 4 trillion yuan, reaching 4.32 trillion yuan.", "2022-02-01"),
    ).toEqual([
      [null, 4e12, ">"],
      ["GDP", 4.32e12, "="],
    ]);
    expect(links("Shanghai's GDP rose to 4.72 trillion yuan in 2023, above 4.5 trillion yuan.", "2024-02-01")).toEqual([
      [null, 4.5e12, ">"],
      ["GDP", 4.72e12, "="],
    ]);
  });

  it("keeps a milestone linked when it is the only figure of its year", () => {
    const facts = read(
      "In 2016 the city's gross domestic product per capita exceeded 116,000 yuan for the first time, and in 2021 " +
        "it came to 173,600 yuan.",
      "2022-03-01",
    );
    expect(facts.map((f) => [f.indicator, f.year, f.value, f.comparator])).toEqual([
      ["GDP_PC", 2016, 116_000, ">"],
      ["GDP_PC", 2021, 173_600, "="],
    ]);
  });

  it("keeps a lead's bound that is a claim of its own, not a line passed, when the exact figure is far from it", () => {
    const text =
      "The city's GDP exceeded 4.5 trillion yuan in 2023, the mayor told lawmakers.\n\n" +
      "The bureau later put the city's GDP at 4.72 trillion yuan for 2023.";
    expect(links(text, "2024-03-01")).toEqual([
      ["GDP", 4.5e12, ">"],
      ["GDP", 4.72e12, "="],
    ]);
  });
});
