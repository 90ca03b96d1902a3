import { read } from "./helpers/read-facts";

/** The place a sentence that names none goes on about, in own sentences. */
const places = (text: string, region: string | null, date = "2025-11-05") =>
  read(text, date, region).map((f) => [f.value, f.kind, f.region]);

describe("a story about several places", () => {
  const story =
    "The Jiangsu provincial statistics bureau said on Monday that the province's GDP grew 5.8 percent in the first three quarters.\n\n" +
    "High-tech manufacturing expanded 11.2 percent, and the output of industrial robots surged by 45 percent, according to the bureau.\n\n" +
    "On the same day, Zhejiang reported growth of 6.1 percent. Its digital economy's core industries grew by 9.4 percent.\n\n" +
    "Exports of electric vehicles jumped 32.5 percent year-on-year.";

  it("gives each paragraph the place named last, over paragraphs, in a story of the whole country", () => {
    expect(places(story, "China")).toEqual([
      [0.058, "actual", "Jiangsu"],
      [0.112, "actual", "Jiangsu"],
      [0.45, "actual", "Jiangsu"],
      [0.061, "actual", "Zhejiang"],
      [0.094, "actual", "Zhejiang"],
      [0.325, "actual", "Zhejiang"],
    ]);
  });

  it("keeps a city's story the city's once another place's sentence is over", () => {
    expect(
      places(
        "Suzhou's industrial output grew 7.2 percent in 2024. Retail sales rose 4.1 percent.\n\nExports increased 6.6 percent.",
        "Shanghai",
        "2025-02-01",
      ),
    ).toEqual([
      [0.072, "actual", "Suzhou"],
      [0.041, "actual", "Shanghai"],
      [0.066, "actual", "Shanghai"],
    ]);
  });
});

describe("a plan of the central government in a city's story", () => {
  it("gives the plan's goals to the country, within the paragraph", () => {
    const facts = read(
      "Shanghai filed 85 large language models in 2025.\n\n" +
        "Seven Chinese government departments have jointly issued a plan to spread robots in factories. The plan calls for 200 demonstration factories and 50 industrial parks by 2028.\n\n" +
        "The city will build 20 robot training centers by 2027.",
      "2026-01-12",
      "Shanghai",
    );
    expect(facts.map((f) => [f.value, f.kind, f.year, f.region])).toEqual([
      [85, "actual", 2025, "Shanghai"],
      [200, "target", 2028, "China"],
      [50, "target", 2028, "China"],
      [20, "target", 2027, "Shanghai"],
    ]);
  });
});
