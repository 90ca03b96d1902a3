import { fact, read, readFields } from "./helpers/read-facts";

/** Bare numbers whose counted noun is the sentence's subject, before a verb of change. */
describe("counts named by the sentence's subject", () => {
  it("reads 'increase by N to over M' as two counts of the subject's noun", () => {
    expect(
      readFields(
        "By 2026, high-tech enterprises in the zone are projected to increase by 240 to over 900.",
        "2024-01-20",
      ),
    ).toEqual([
      fact({ value: 240, unit: "enterprises", kind: "target", year: 2026 }),
      fact({ value: 900, unit: "enterprises", kind: "target", year: 2026, comparator: ">" }),
    ]);
    expect(
      readFields(
        "The number of listed firms in the district is predicted to rise by 12 to no less than 85 by 2026.",
        "2024-01-20",
      ),
    ).toEqual([
      fact({ value: 12, unit: "firms", kind: "target", year: 2026 }),
      fact({ value: 85, unit: "firms", kind: "target", year: 2026, comparator: ">=" }),
    ]);
  });

  it("gives each of two nouns its number, and 'a total of A and B' their totals in order", () => {
    const facts = read(
      "In 2022, regional headquarters and foreign-invested R&D centres rose by 41 and 17 respectively, to a total of 922 and 548.",
      "2023-03-01",
    );
    expect(facts.map((f) => [f.value, f.unit, f.year])).toEqual([
      [41, "regional headquarters", 2022],
      [17, "R&D centers", 2022],
      [922, "regional headquarters", 2022],
      [548, "R&D centers", 2022],
    ]);
  });

  it("reads a number written in words after an opener and a dash aside", () => {
    expect(
      readFields(
        "Furthermore, 'little giant' firms – young makers of niche parts – are seen increasing by four to over 30 by 2026.",
        "2024-01-20",
      ),
    ).toEqual([
      fact({ value: 4, unit: "firms", kind: "target", year: 2026 }),
      fact({ value: 30, unit: "firms", kind: "target", year: 2026, comparator: ">" }),
    ]);
  });

  it("leaves a bare number alone when no counted subject opens the sentence", () => {
    expect(readFields("The index is predicted to increase by 12 to 85 by 2026.", "2024-01-20")).toEqual([]);
  });
});

describe("a quarter's signings told at an investment conference", () => {
  it("keeps the quarter on them and gives them to no edition of the conference", () => {
    const facts = read(
      [
        "Shanghai holds its Global Investment Promotion Conference",
        "In the first quarter, 385 projects worth US$41.2 billion were signed across the city, a deputy mayor told the Global Investment Promotion Conference on Thursday.",
      ].join("\n\n"),
      "2025-03-27",
    );
    expect(facts.map((f) => [f.value, f.unit, f.kind, f.year, f.period, f.indicator])).toEqual([
      [385, "projects", "signing", 2025, { from: 1, to: 3 }, null],
      [41.2e9, "USD", "signing", 2025, { from: 1, to: 3 }, null],
    ]);
  });
});
