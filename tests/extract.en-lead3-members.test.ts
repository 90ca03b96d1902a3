import { read } from "./helpers/read-facts";

/**
 * The three leading industries' output growth: the group's growth links LEAD3, and each member's output growth links
 * the member (IC, BIO, AI), however the page lists them, its manufacturing's too (biomedicine's is BIO_MFG, and so is
 * biomedicine's rate after the group's manufacturing or industrial output: extract.en-lead3-making); the output's
 * level is still no industry scale, and another segment (design, packaging) is not the industry.
 */
const links = (text: string) => read(text, "2024-05-01").map((f) => [f.value, f.measure, f.indicator]);

describe("a leading industry's output growth is the industry's growth", () => {
  it.each([
    [
      "In 2023, the output of integrated circuits rose 14.2 percent, and that of artificial intelligence grew 6.1 percent.",
      [
        [0.142, "growth", "IC"],
        [0.061, "growth", "AI"],
      ],
    ],
    [
      "Last year the output value of biomedicine climbed 7.4 percent, while that of integrated circuits went up 11.9 percent.",
      [
        [0.074, "growth", "BIO"],
        [0.119, "growth", "IC"],
      ],
    ],
    [
      "In 2023 biomedicine output value was up 3.1 percent, and that of artificial intelligence gained 8.8 percent.",
      [
        [0.031, "growth", "BIO"],
        [0.088, "growth", "AI"],
      ],
    ],
    [
      "Manufacturing output of the three leading industries rose 7.7 percent in 2023; integrated-circuit output jumped 18.3 percent, biomedicine output edged up 1.9 percent and artificial intelligence output advanced 5.6 percent.",
      [
        [0.077, "growth", "LEAD3"],
        [0.183, "growth", "IC"],
        [0.019, "growth", "BIO_MFG"],
        [0.056, "growth", "AI"],
      ],
    ],
  ])("%s", (text, expected) => {
    expect(links(text)).toEqual(expected);
  });
});

describe("the members' rates after the group's, 'N percent in X'", () => {
  it.each([
    [
      "In 2023, industrial output of the three leading industries expanded 9.3 percent, with 15.1 percent in integrated circuits and 4.4 percent in biomedicine.",
      [
        [0.093, "growth", "LEAD3"],
        [0.151, "growth", "IC"],
        [0.044, "growth", "BIO_MFG"],
      ],
    ],
    [
      "The three leading industries' output climbed 8.0 percent in 2023, with integrated circuits up 13.4 percent and artificial intelligence up 5.0 percent.",
      [
        [0.08, "growth", "LEAD3"],
        [0.134, "growth", "IC"],
        [0.05, "growth", "AI"],
      ],
    ],
  ])("%s", (text, expected) => {
    expect(links(text)).toEqual(expected);
  });
});

describe("the members' output growth listed 'respectively'", () => {
  it.each([
    "In 2023, the output of integrated circuits, biomedicine and artificial intelligence increased by 12.5 percent, 6.8 percent and 9.9 percent, respectively.",
    "In 2023 the output value of integrated circuits, biomedicine and AI rose 12.5 percent, 6.8 percent and 9.9 percent year on year respectively.",
    "Output of integrated circuits, biomedicine and artificial intelligence went up 12.5%, 6.8% and 9.9% respectively in 2023.",
    "Integrated circuits, biomedicine and artificial intelligence grew by 12.5 percent, 6.8 percent and 9.9 percent, respectively, in 2023.",
  ])("%s", (text) => {
    expect(links(text)).toEqual([
      [0.125, "growth", "IC"],
      [0.068, "growth", "BIO"],
      [0.099, "growth", "AI"],
    ]);
  });
});

describe("a member's output level is still no industry scale", () => {
  it.each([
    "The output of integrated circuits reached 210 billion yuan in 2023.",
    "In 2023, the output value of biomedicine came to 95 billion yuan.",
    "Artificial intelligence manufacturing output totaled 60 billion yuan in 2023.",
  ])("%s", (text) => {
    expect(links(text).map(([, , indicator]) => indicator)).toEqual([null]);
  });
});

describe("a leading industry's manufacturing growth is the industry's; the group's, in any wording, LEAD3's", () => {
  it.each([
    [
      "In 2023 the output value of IC manufacturing rose 6.3 percent, while chip design revenue grew faster.",
      [[0.063, "growth", "IC"]],
    ],
    [
      "The three leading industries' output grew 9.1 percent in 2023; integrated circuit manufacturing alone was up 16.4 percent.",
      [
        [0.091, "growth", "LEAD3"],
        [0.164, "growth", "IC"],
      ],
    ],
    ["Last year, output of integrated-circuit manufacturing increased 11.0 percent.", [[0.11, "growth", "IC"]]],
    [
      "In 2023, output value in the three leading manufacturing industries climbed 8.6 percent, and the artificial intelligence manufacturing industry's output value gained 10.2 percent.",
      [
        [0.086, "growth", "LEAD3"],
        [0.102, "growth", "AI"],
      ],
    ],
    [
      "In 2023, AI and IC manufacturing posted growth of 12.2 percent and 7.5 percent, respectively.",
      [
        [0.122, "growth", "AI"],
        [0.075, "growth", "IC"],
      ],
    ],
    ["In 2023 biomedicine manufacturing output rose 2.7 percent.", [[0.027, "growth", "BIO_MFG"]]],
    [
      "In 2023 the manufacturing output value of integrated circuits expanded 9.4 percent, while that of the biopharmaceutical manufacturing sector grew 1.8 percent.",
      [
        [0.094, "growth", "IC"],
        [0.018, "growth", "BIO_MFG"],
      ],
    ],
  ])("%s", (text, expected) => {
    expect(links(text)).toEqual(expected);
  });

  it("keeps a manufacturing output's level no industry scale", () => {
    expect(
      links("In 2023, the three leading manufacturing industries turned out 1.3 trillion yuan of output."),
    ).toEqual([[1.3e12, "level", null]]);
  });
});

describe("another segment of a leading industry is not the industry", () => {
  it.each([
    "In 2023 IC design revenue grew 20.4 percent.",
    "The output value of integrated circuit design rose 20.4 percent in 2023.",
    "In 2023 integrated circuit packaging and testing output rose 5.2 percent.",
    "Last year AI equipment sales went up 20.4 percent.",
  ])("%s", (text) => {
    expect(links(text).map(([, measure, indicator]) => [measure, indicator])).toEqual([["growth", null]]);
  });
});
