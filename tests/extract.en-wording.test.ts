import { fact, readFields } from "./helpers/read-facts";

/** Wordings of English policy news that were misread: a capitalised "The national ...", and streaks of years. */
describe("a sentence that opens on 'The national ...' is about China", () => {
  it.each([
    ["The national output of new energy vehicles came to 11.2 million vehicles in 2024.", 11.2e6, "vehicles"],
    ["In 2024 the national output of new energy vehicles came to 11.2 million vehicles.", 11.2e6, "vehicles"],
    ["A national total of 38,000 charging piles was added in 2024, the ministry said.", 38_000, "piles"],
  ])("%s", (text, value, unit) => {
    expect(readFields(text, "2025-02-10")).toEqual([
      fact({ value, unit, year: 2024, region: "China", indicator: null }),
    ]);
  });

  it("keeps the city's own figure beside the nation's as the city's NEV output", () => {
    const facts = readFields(
      "The national output of new energy vehicles came to 11.2 million vehicles in 2024. Shanghai made 1.3 million NEVs in 2024.",
      "2025-02-10",
    );
    expect(facts).toEqual([
      fact({ value: 11.2e6, unit: "vehicles", year: 2024, region: "China" }),
      fact({ value: 1.3e6, unit: "vehicles", year: 2024, indicator: "NEV" }),
    ]);
  });
});

describe("'a third straight year' is a streak, not a share of one third", () => {
  it.each([
    ["Shanghai's NEV output rose 12.6 percent in 2024, a third straight year of double-digit growth.", 0.126, "NEV"],
    ["Output of integrated circuits grew 9.1 percent in 2024, up for a fifth consecutive year.", 0.091, "IC"],
    ["Shanghai's NEV output rose 12.6 percent in 2024, a third running year of growth.", 0.126, "NEV"],
  ])("%s", (text, value, indicator) => {
    expect(readFields(text, "2025-02-10")).toEqual([
      fact({ value, unit: "ratio", measure: "growth", year: 2024, indicator }),
    ]);
  });

  it("still reads a third written as a part of a whole", () => {
    expect(readFields("Private firms made up a third of the city's industrial output in 2024.", "2025-02-10")).toEqual([
      fact({ value: expect.closeTo(1 / 3, 9), unit: "ratio", measure: "share", year: 2024 }),
    ]);
  });
});
