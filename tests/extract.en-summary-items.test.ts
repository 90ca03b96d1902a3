import { read } from "./helpers/read-facts";

/** Summaries written as one line of items, in own sentences: each item is read on its own. */
const links = (text: string, date = "2024-08-10") =>
  read(text, date).map((f) => [f.value, f.indicator, f.measure, f.year]);

describe("a summary's items on one line end at reference marks and list marks", () => {
  it.each([
    [
      "Highlights - In 2024, the city's GDP came to 1.8 trillion yuan, up 5.4% [1] Industry - Automobile manufacturing rose by 9.2% - Textile output fell by 1.5% - Retail sales grew by 3.3% [2]",
      [
        [1.8e12, "GDP", "level", 2024],
        [0.054, "GDP_GROWTH", "growth", 2024],
        [0.092, "AUTO_VALUE", "growth", 2024],
        [-0.015, null, "growth", 2024],
        [0.033, null, "growth", 2024],
      ],
    ],
    [
      "Key Data - Software and information services revenue climbed 13.5% - Foreign trade expanded by 2.8% - Tourism income rose 7% [3][4] Outlook - Hotel bookings kept rising",
      [
        [0.135, "SOFTWARE", "growth", 2024],
        [0.028, null, "growth", 2024],
        [0.07, null, "growth", 2024],
      ],
    ],
    [
      "Overview • Industrial added value increased by 6.1% • Electricity use rose by 4.4% • Freight volume dipped 0.6%",
      [
        [0.061, "IND_VA", "growth", 2024],
        [0.044, null, "growth", 2024],
        [-0.006, null, "growth", 2024],
      ],
    ],
  ])("%s", (text, expected) => {
    expect(links(text)).toEqual(expected);
  });

  it("quotes only the item the figure is in, without the marks", () => {
    const facts = read("Summary - Port throughput rose 3.1% [1] Trade - Exports grew 6.6% - Imports fell 1.2% [2]");
    expect(facts.map((f) => f.quote)).toEqual(["Port throughput rose 3.1%", "Exports grew 6.6%", "Imports fell 1.2%"]);
  });

  it("keeps a dash inside a sentence: an aside closed by another dash, a range of years, a single dash", () => {
    const aside = read(
      "The three leading industries - IC, biomedicine and AI - grew 8.8 percent - faster than the city's economy - last year.",
      "2025-06-10",
    );
    expect(aside.map((f) => [f.value, f.indicator, f.quote.startsWith("The three leading")])).toEqual([
      [0.088, "LEAD3", true],
    ]);
    const range = read("Over 2021 - 2025 the city's R&D spending is to rise 8 percent a year - Officials said.");
    expect(range.map((f) => f.quote.startsWith("Over 2021 - 2025"))).toEqual([true]);
    const single = read("Exports grew 6 percent - Beijing's trade office said on Monday.");
    expect(single.map((f) => f.quote)).toEqual(["Exports grew 6 percent - Beijing's trade office said on Monday."]);
  });
});

describe("a 'with' clause of how the subject did is about the subject the sentence opens on", () => {
  it.each([
    [
      "The three leading industries are integrated circuits, biomedicine and artificial intelligence, with industrial output value up 8.1 percent last year.",
      [[0.081, "LEAD3", "growth", 2023]],
    ],
    [
      "The three leading industries of the city were IC, biomedicine and AI, with revenue growing 10 percent in 2024.",
      [[0.1, "LEAD3", "growth", 2024]],
    ],
    [
      "Software and information services were the city's largest service sector, with revenue climbing 11 percent.",
      [[0.11, "SOFTWARE", "growth", 2024]],
    ],
  ])("%s", (text, expected) => {
    expect(links(text, "2024-11-20")).toEqual(expected);
  });
});
