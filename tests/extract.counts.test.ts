import { fact, read, readFields } from "./helpers/read-facts";

/** Issue 8, phenomenon 3: counted things beyond projects and vehicles are facts with their noun as unit. */
describe("counted things", () => {
  it.each([
    [
      "The city was home to 956 regional headquarters of multinationals by the end of last year.",
      956,
      "headquarters",
      "regional headquarters",
    ],
    ["It also hosted 561 foreign-funded R&D centres last year.", 561, "centres", "foreign-funded R&D centres"],
    ["Local firms won approval for 14 innovative drugs last year.", 14, "drugs", "innovative drugs"],
    [
      "Regulators cleared 23 Class III medical devices made in the city last year.",
      23,
      "devices",
      "Class III medical devices",
    ],
    ["The district had 117 listed companies last year.", 117, "companies", "listed companies"],
    ["The province built 38 industrial parks for chipmakers last year.", 38, "parks", "industrial parks"],
    ["More than 2,400 high-tech enterprises moved in last year.", 2400, "enterprises", "high-tech enterprises"],
  ])("%s", (text, value, unit, subject) => {
    const facts = read(text, "2024-03-01");
    expect(facts).toHaveLength(1);
    expect(facts[0]).toMatchObject(
      fact({ value, unit, subject, year: 2023, comparator: String(text).startsWith("More than") ? ">" : "=" }),
    );
  });

  it("reads densities per 10,000 workers as one figure with a rate unit", () => {
    expect(
      readFields("Robot density in local factories reached 426 robots per 10,000 workers last year.", "2024-03-01"),
    ).toEqual([fact({ value: 426, unit: "robots per 10,000 workers", year: 2023 })]);
  });

  it("reads targets to cultivate enterprises as targets with their noun", () => {
    const facts = read(
      "By 2026, the city will cultivate 500 specialized and sophisticated SMEs and 20 'little giant' firms.",
      "2024-03-01",
    );
    expect(facts.map((f) => [f.value, f.unit, f.kind, f.year, f.subject])).toEqual([
      [500, "SMEs", "target", 2026, "specialized and sophisticated SMEs"],
      [20, "firms", "target", 2026, "'little giant' firms"],
    ]);
  });

  it("does not count descriptions in words ('two major centers', 'three pillar industries')", () => {
    expect(read("The firm will build two major centers and three platforms in the zone.", "2024-03-01")).toEqual([]);
  });
});

describe("counts whose noun is written elsewhere in the sentence", () => {
  it("gives 'bringing the totals to X and Y' the nouns counted before, in order, and 'the total' the last one", () => {
    const totals = read(
      "We added 58 regional headquarters and 27 foreign-funded R&D centres, bringing the totals to 1,076 and 619.",
      "2026-01-20",
    );
    expect(totals.map((f) => [f.value, f.unit])).toEqual([
      [58, "headquarters"],
      [27, "centres"],
      [1076, "headquarters"],
      [619, "centres"],
    ]);
    const total = read(
      "In the quarter, 6 innovative drugs were approved, and 4 biotech companies listed on the STAR Market, bringing the total to 71.",
      "2025-04-20",
    );
    expect(total.map((f) => [f.value, f.unit])).toEqual([
      [6, "drugs"],
      [4, "companies"],
      [71, "companies"],
    ]);
  });

  it("counts the noun a sentence opens with ('Of the signed projects, 96 were ...')", () => {
    const facts = read(
      "Shanghai signed 240 projects at the Global Investment Promotion Conference. Of the signed projects, 96 were in the three leading industries.",
      "2026-03-28",
    );
    expect(facts.map((f) => [f.value, f.unit, f.indicator])).toEqual([
      [240, "projects", "GIPC2026"],
      [96, "projects", "GIPC2026"],
    ]);
  });

  it("counts units written in capitals ('EFLOPS')", () => {
    expect(readFields("Computing power in the city reached 88 EFLOPS by the end of June.", "2025-07-26")).toEqual([
      fact({ value: 88, unit: "EFLOPS", year: 2025, period: { from: 1, to: 6 } }),
    ]);
  });
});
