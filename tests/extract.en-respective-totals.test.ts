import { read } from "./helpers/read-facts";

/** A total and its parts in one "respectively" sentence, and the part year a story goes on in. */
describe("a group's total first, then its members' figures 'respectively'", () => {
  const links = (text: string, date: string) => read(text, date).map((f) => [f.value, f.indicator]);

  it.each([
    [
      "The combined revenue of the city's three leading industries – integrated circuits, biomedicine and artificial " +
        "intelligence – grew 9.2 percent in 2024, expanding 14.1 percent, 6.5 percent and 7.7 percent, respectively.",
      [
        [0.092, "LEAD3"],
        [0.141, "IC"],
        [0.065, "BIO"],
        [0.077, "AI"],
      ],
    ],
    [
      "Revenue of Shanghai's three pioneering industries, namely artificial intelligence, biomedicine and integrated " +
        "circuits, rose 7 percent last year, with gains of 10.2 percent, 4.4 percent and 8.8 percent respectively.",
      [
        [0.07, "LEAD3"],
        [0.102, "AI"],
        [0.044, "BIO"],
        [0.088, "IC"],
      ],
    ],
    [
      "In 2024 the three leading industries (biomedicine, integrated circuits and artificial intelligence) saw their " +
        "total scale grow 6.1 percent, up 3.5 percent, 12.4 percent and 5 percent respectively.",
      [
        [0.061, "LEAD3"],
        [0.035, "BIO"],
        [0.124, "IC"],
        [0.05, "AI"],
      ],
    ],
  ])("%s", (text, expected) => {
    expect(links(text, "2025-02-01")).toEqual(expected);
  });

  it("keeps a plain 'respectively' list of two clauses apart from any total", () => {
    expect(
      links(
        "Last year the city sold 368,000 cars abroad, earning 33 billion yuan, up 29.8 percent and 51 percent respectively.",
        "2024-02-01",
      ).map((f) => f[1]),
    ).toEqual([null, null, null, null]);
  });
});

describe("a look back at a shorter part of the year does not move the story's part year", () => {
  const part = (text: string) =>
    read(text, "2024-10-25")
      .filter((f) => f.indicator === "INVEST")
      .map((f) => [f.value, f.period]);

  it.each([
    [
      "In the first three quarters, Shanghai's GDP grew 5.3 percent.\n\nThe city's economy had expanded 4.9 percent " +
        "in the first half.\n\nIndustrial investment rose 9.1 percent.",
      { from: 1, to: 9 },
    ],
    [
      "From January to October, the city's GDP was up 5.1 percent.\n\nIn the first half, GDP had grown 4.7 percent." +
        "\n\nMeanwhile, industrial investment jumped 11.4 percent.",
      { from: 1, to: 10 },
    ],
    [
      "In the first half of the year, Shanghai's GDP expanded 4.8 percent.\n\nIt had risen 4.2 percent in the first " +
        "quarter.\n\nIndustrial investment climbed 7.5 percent.",
      { from: 1, to: 6 },
    ],
  ])("%s", (text, period) => {
    expect(part(text)).toEqual([[expect.any(Number), period]]);
  });

  it("goes on in a longer, later part year that follows a shorter one", () => {
    const text =
      "In the first half, Shanghai's GDP grew 4.9 percent.\n\nIn the first three quarters, the city's GDP grew " +
      "5.3 percent.\n\nIndustrial investment rose 9.1 percent.";
    expect(part(text)).toEqual([[0.091, { from: 1, to: 9 }]]);
  });
});
