import { read } from "./helpers/read-facts";

/**
 * A story about one industry whose making is a series of its own (biomedicine, cars) that says only "the manufacturing
 * output" or "the total industrial output value": the figures are that industry's manufacturing output; the city's
 * output, a list of industries and an amount of change stay unlinked.
 */
const links = (text: string) => read(text, "2024-07-20").map((f) => [f.value, f.year, f.indicator]);

describe("the manufacturing output of the industry the story is about", () => {
  it.each([
    [
      "Between 2020 and 2024 the city's biomedical industry expanded from 600 billion yuan to 800 billion yuan, while the manufacturing output climbed from 150 billion yuan to 175 billion yuan.",
      [
        [600e9, 2020, "BIO"],
        [800e9, 2024, "BIO"],
        [150e9, 2020, "BIO_MFG"],
        [175e9, 2024, "BIO_MFG"],
      ],
    ],
    [
      "The biomedicine sector keeps drawing researchers to the city. Its manufacturing output value came to 98.2 billion yuan in the first quarter of 2024.",
      [[98.2e9, 2024, "BIO_MFG"]],
    ],
    [
      "The biopharma cluster passed 900 billion yuan in 2023. The total industrial output value rose to 190 billion yuan last year.",
      [
        [900e9, 2023, "BIO"],
        [190e9, 2023, "BIO_MFG"],
      ],
    ],
    [
      "In 2023, the manufacturing output of the pharmaceutical sector hit 120 billion yuan.",
      [[120e9, 2023, "BIO_MFG"]],
    ],
    [
      "The automotive industry cluster hit 1 trillion yuan in 2022, and the manufacturing output value was 700 billion yuan.",
      [
        [1e12, 2022, "AUTO_SCALE"],
        [700e9, 2022, "AUTO_VALUE"],
      ],
    ],
  ])("%s", (text, expected) => {
    expect(links(text)).toEqual(expected);
  });
});

describe("a manufacturing output that is not the industry's", () => {
  it("leaves the city's own manufacturing output unlinked after a sentence on biomedicine", () => {
    expect(
      links(
        "The biomedicine industry grew 5 percent in 2023. Shanghai's manufacturing output rose to 4 trillion yuan in 2023.",
      ),
    ).toEqual([
      [0.05, 2023, "BIO"],
      [4e12, 2023, null],
    ]);
    expect(
      links(
        "Biomedical firms raised 3 billion yuan in 2023. The manufacturing output of the city came to 4 trillion yuan.",
      )[1],
    ).toEqual([4e12, 2023, null]);
  });

  it("does not give a list of industries' manufacturing output to the last one named", () => {
    const facts = links(
      "The three leading industries are integrated circuits, artificial intelligence and biomedicine, with manufacturing output at 1.6 trillion yuan in 2023.",
    );
    expect(facts.filter((f) => f[2] === "BIO_MFG" || f[2] === "BIO")).toEqual([]);
  });

  it("keeps an amount of change out of the series", () => {
    expect(
      links(
        "For the biopharmaceutical industry, the manufacturing output reached 60 billion yuan in the first quarter of 2024, a 2.5 billion yuan rise on a year earlier.",
      ),
    ).toEqual([
      [60e9, 2024, "BIO_MFG"],
      [2.5e9, 2024, null],
    ]);
    expect(
      links("The biomedicine industry reached 300 billion yuan in 2023, a 12 billion yuan year-on-year increase."),
    ).toEqual([
      [300e9, 2023, "BIO"],
      [12e9, 2023, null],
    ]);
  });
});
