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
        "Biomedicine output in Pudong reached 96.3 billion yuan in the first half, up 8.1 percent year-on-year.",
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
