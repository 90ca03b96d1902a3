import { read } from "./helpers/read-facts";

/**
 * The members' rates in a list of the three leading industries' manufacturing output growth: biomedicine's rate is
 * biomedicine manufacturing's (BIO_MFG), the figure being of manufacturing output and the catalog holding that series;
 * IC's and AI's stay IC and AI (no manufacturing series of their own); where the group's figure is of industry scale,
 * every member stays its industry. All sentences are our own.
 */
const links = (text: string) => read(text, "2025-10-24").map((f) => [f.value, f.measure, f.indicator]);

describe("the members of the group's manufacturing output growth", () => {
  it.each([
    "In the first three quarters, the three leading industries' manufacturing output rose 8.6 percent, with integrated circuits up 14 percent, artificial intelligence up 11 percent and biomedicine up 3.2 percent.",
    "In the first three quarters, manufacturing output of the three leading industries grew 8.6 percent; integrated circuits rose 14 percent, artificial intelligence grew 11 percent and biomedicine rose 3.2 percent.",
  ])("%s: biomedicine's rate is BIO_MFG", (text) => {
    expect(links(text)).toEqual([
      [0.086, "growth", "LEAD3"],
      [0.14, "growth", "IC"],
      [0.11, "growth", "AI"],
      [0.032, "growth", "BIO_MFG"],
    ]);
  });
});

describe("the members of the group's industry scale", () => {
  it("stay their industries", () => {
    const text =
      "In the first three quarters, the combined scale of the three leading industries grew 8.6 percent, with integrated circuits up 14 percent, artificial intelligence up 11 percent and biomedicine up 3.2 percent.";
    expect(links(text).slice(1)).toEqual([
      [0.14, "growth", "IC"],
      [0.11, "growth", "AI"],
      [0.032, "growth", "BIO"],
    ]);
  });
});
