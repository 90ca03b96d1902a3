import { fact, readFields } from "./helpers/read-facts";

/** Issue 8, phenomenon 2: part-year figures carry their months and are never a whole year. */
describe("part-year periods", () => {
  const vehicles = (period: { from: number; to: number }, year = 2024) =>
    fact({ value: 402300, unit: "vehicles", indicator: "NEV", year, period });

  // a report from January 2025: every part of the year it names is of 2024
  it.each([
    ["In the first half, the city turned out 402,300 new energy vehicles.", { from: 1, to: 6 }],
    ["In H1, the city turned out 402,300 new energy vehicles.", { from: 1, to: 6 }],
    ["In the first six months, the city turned out 402,300 new energy vehicles.", { from: 1, to: 6 }],
    ["In the first quarter, the city turned out 402,300 new energy vehicles.", { from: 1, to: 3 }],
    ["In Q2, the city turned out 402,300 new energy vehicles.", { from: 4, to: 6 }],
    ["In the first three quarters, the city turned out 402,300 new energy vehicles.", { from: 1, to: 9 }],
    ["From January to September, the city turned out 402,300 new energy vehicles.", { from: 1, to: 9 }],
    ["In Jan-Sep, the city turned out 402,300 new energy vehicles.", { from: 1, to: 9 }],
    ["In the first nine months, the city turned out 402,300 new energy vehicles.", { from: 1, to: 9 }],
    ["In the first 10 months, the city turned out 402,300 new energy vehicles.", { from: 1, to: 10 }],
    ["As of the end of October, the city had turned out 402,300 new energy vehicles.", { from: 1, to: 10 }],
    ["In the second half, the city turned out 402,300 new energy vehicles.", { from: 7, to: 12 }],
    ["The city turned out 402,300 new energy vehicles in the January-May period.", { from: 1, to: 5 }],
  ])("%s", (text, period) => {
    expect(readFields(text, "2025-01-20")).toEqual([vehicles(period)]);
  });

  it("takes the year the period names, else the document's", () => {
    expect(
      readFields("In the first half of 2023, the city turned out 402,300 new energy vehicles.", "2024-11-20"),
    ).toEqual([vehicles({ from: 1, to: 6 }, 2023)]);
    expect(
      readFields("In the first half of last year, the city turned out 402,300 new energy vehicles.", "2024-11-20"),
    ).toEqual([vehicles({ from: 1, to: 6 }, 2023)]);
  });

  it("dates a January report on the first three quarters to the year before", () => {
    expect(
      readFields("In the first three quarters, the city turned out 402,300 new energy vehicles.", "2025-01-15"),
    ).toEqual([vehicles({ from: 1, to: 9 }, 2024)]);
  });

  it("gives the growth beside a part-year level the same period, not the year it is compared with", () => {
    expect(
      readFields(
        "Biomedicine output in the city reached 96.3 billion yuan in the first half, up 8.1 percent year-on-year.",
        "2024-07-20",
      ),
    ).toEqual([
      fact({ value: 96.3e9, indicator: "BIO", year: 2024, period: { from: 1, to: 6 } }),
      fact({
        value: 0.081,
        unit: "ratio",
        measure: "growth",
        indicator: "BIO",
        year: 2024,
        period: { from: 1, to: 6 },
      }),
    ]);
  });

  it("keeps a whole year whole, beside a part-year figure", () => {
    expect(
      readFields(
        "In the first half, software revenue was 420 billion yuan, while for the whole of 2023 it reached 880 billion yuan.",
        "2024-07-20",
      ),
    ).toEqual([
      fact({ value: 420e9, indicator: "SOFTWARE", year: 2024, period: { from: 1, to: 6 } }),
      fact({ value: 880e9, indicator: "SOFTWARE", year: 2023 }),
    ]);
  });

  it("does not take 'may' or a date for a month, nor 'by the end of 2025' for a part year", () => {
    expect(
      readFields("Output may exceed 80 billion yuan by the end of 2025, officials said on October 12.", "2024-07-20"),
    ).toEqual([fact({ value: 80e9, kind: "target", year: 2025, comparator: ">" })]);
  });
});

describe("months ending in May", () => {
  it("reads 'between January and May' as the first five months, not a clause break at the modal 'may'", () => {
    expect(
      readFields(
        "Between January and May this year, the city's software revenue topped 410 billion yuan.",
        "2026-07-01",
      ),
    ).toEqual([fact({ value: 410e9, comparator: ">", year: 2026, period: { from: 1, to: 5 }, indicator: "SOFTWARE" })]);
  });
});

describe("part-year periods across a paragraph", () => {
  it("keeps the paragraph's period for its next sentences that name no time of their own", () => {
    const text =
      "In January-August, the output value of industrial enterprises rose 4.1 percent. The output value of the three leading industries grew 8.2 percent, with biomedicine up 6.5 percent.";
    expect(readFields(text, "2025-09-20").map((f) => [f.value, f.year, f.period])).toEqual([
      [0.041, 2025, { from: 1, to: 8 }],
      [0.082, 2025, { from: 1, to: 8 }],
      [0.065, 2025, { from: 1, to: 8 }],
    ]);
  });

  it("does not carry a period into the next paragraph, nor past a sentence with a year of its own", () => {
    const text = [
      "In the first half, the district's retail sales rose 3.2 percent. Exports grew 5.5 percent in 2025 as a whole.",
      "Its service sector employed 310,000 workers.",
    ].join("\n\n");
    expect(readFields(text, "2025-07-20").map((f) => [f.value, f.year, f.period])).toEqual([
      [0.032, 2025, { from: 1, to: 6 }],
      [0.055, 2025, null],
      [310000, 2025, null],
    ]);
  });

  it("reads 'the same period of 2023' as what a growth is compared with, not its year", () => {
    const text =
      "The city's NEV output in the first half of this year reached 402,300 units, nearly double the same period of 2023 and up 38 percent year on year.";
    expect(readFields(text, "2024-07-20", "Chongqing").map((f) => [f.value, f.measure, f.year, f.period])).toEqual([
      [402300, "level", 2024, { from: 1, to: 6 }],
      [0.38, "growth", 2024, { from: 1, to: 6 }],
    ]);
  });

  it("reads 'for the full year' beside a part-year figure as the target's whole year", () => {
    const facts = readFields(
      "Wuhu built 412,000 new energy vehicles in the first 10 months of this year, up 21 percent, and is on track to top 0.52 million for the full year.",
      "2025-11-05",
      "Wuhu",
    );
    expect(facts[2]).toEqual(
      fact({ value: 520000, unit: "vehicles", kind: "target", year: 2025, comparator: ">", region: "Wuhu" }),
    );
  });
});
