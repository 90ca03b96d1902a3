import type { Comparator } from "../src/core/types";
import { fact, read, readFields } from "./helpers/read-facts";

/** Issue 8, phenomenon 3: counted things beyond projects and vehicles are facts with their noun as unit. */
describe("counted things", () => {
  it.each([
    [
      "The city was home to 956 regional headquarters of multinationals by the end of last year.",
      956,
      "regional headquarters",
      "regional headquarters",
    ],
    ["It also hosted 561 foreign-funded R&D centres last year.", 561, "R&D centers", "foreign-funded R&D centres"],
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
      [58, "regional headquarters"],
      [27, "R&D centers"],
      [1076, "regional headquarters"],
      [619, "R&D centers"],
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

describe("counted nouns with long modifiers, and what is not a count", () => {
  it("reads the noun after several modifiers, 'and' between them, and '5G'", () => {
    const facts = read(
      "The district is now home to 412 foreign-invested research and development centers and 38 new local sci-tech innovation board listed companies.",
      "2025-05-20",
    );
    expect(facts.map((f) => [f.value, f.unit])).toEqual([
      [412, "R&D centers"],
      [38, "companies"],
    ]);
    expect(
      readFields(
        "Beijing built 18,000 5G base stations last year, or 41 5G base stations per 10,000 people.",
        "2025-02-01",
      ),
    ).toEqual([
      fact({ value: 18000, unit: "stations", region: "Beijing", year: 2024 }),
      fact({ value: 41, unit: "stations per 10,000 people", region: "Beijing", year: 2024 }),
    ]);
  });

  it("counts makers, experts, policies and autos (as vehicles)", () => {
    expect(
      read(
        "The zone hosts 12 automobile manufacturers, drew more than 300 experts last year, and issued 21 policies; its plants made 640,000 autos in 2024.",
        "2025-03-01",
        "Chongqing",
      ).map((f) => [f.value, f.unit]),
    ).toEqual([
      [12, "manufacturers"],
      [300, "experts"],
      [21, "policies"],
      [640000, "vehicles"],
    ]);
  });

  it("gives '..., reaching 15 in total' the noun counted before it", () => {
    expect(
      read("Four new biotech companies listed on the STAR Market, reaching 26 in total.", "2025-07-01").map((f) => [
        f.value,
        f.unit,
      ]),
    ).toEqual([
      [4, "companies"],
      [26, "companies"],
    ]);
  });

  it("reads no count from 'one of the first cities' or 'the top 100 manufacturing cities'", () => {
    expect(
      read(
        "Suzhou is one of the first cities to set up a chip fund, and all 9 of its industrial parks were named among the top 100 manufacturing parks.",
        "2025-05-01",
        "Suzhou",
      ).map((f) => f.value),
    ).toEqual([9]);
  });
});

describe("shares written as a count in a count", () => {
  it.each<[string, number, Comparator]>([
    ["Seven in ten of the new factories are in advanced manufacturing.", 0.7, "="],
    ["Nearly 40 out of every 100 cars sold in the city are NEVs.", 0.4, "~"],
    ["One in five local firms exports to Europe.", 0.2, "="],
  ])("%s", (text, value, comparator) => {
    expect(readFields(text, "2025-06-01").filter((f) => f.unit === "ratio")).toEqual([
      fact({ value, unit: "ratio", measure: "share", year: 2025, comparator }),
    ]);
  });
});

describe("'the number of A and B reached X and Y'", () => {
  it("gives the first number the first noun and the second the second", () => {
    expect(
      readFields(
        "By the end of March, the number of regional headquarters of multinationals and foreign-funded R&D centers in the city had reached 1,004 and 598, respectively.",
        "2025-05-01",
      ),
    ).toEqual([
      fact({ value: 1004, unit: "regional headquarters", year: 2025, period: { from: 1, to: 3 } }),
      fact({ value: 598, unit: "R&D centers", year: 2025, period: { from: 1, to: 3 } }),
    ]);
  });
});
