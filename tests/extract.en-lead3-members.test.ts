import { read } from "./helpers/read-facts";

/**
 * The three leading industries' output growth: the group's growth links LEAD3, and each member's output growth links
 * the member (IC, BIO, AI), however the page lists them; the output's level is still no industry scale.
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
        [0.019, "growth", "BIO"],
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
        [0.044, "growth", "BIO"],
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

describe("a segment of a leading industry is not the industry", () => {
  it.each([
    "In 2023 the output value of IC manufacturing rose 6.3 percent, while chip design revenue grew faster.",
    "The three leading industries' output grew 9.1 percent in 2023; integrated circuit manufacturing alone was up 16.4 percent.",
    "Last year, output of integrated-circuit manufacturing increased 11.0 percent.",
  ])("%s", (text) => {
    const facts = links(text).filter(([, measure]) => measure === "growth");
    expect(facts.filter(([, , indicator]) => indicator === "IC")).toEqual([]);
  });
});
