import { read } from "./helpers/read-facts";

/** The breakdown of a plan over several sentences, in own sentences. */
const facts = (text: string, date = "2025-08-20", region = "Shanghai") =>
  read(text, date, region).map((f) => [f.value, f.unit, f.kind, f.measure, f.year, f.comparator]);

describe("a sentence with no word of its kind goes on breaking down the plan told before it", () => {
  it("keeps the breakdown of a year's planned projects targets", () => {
    expect(
      facts(
        "This year, 260 key projects are planned across three fields. The manufacturing field leads with 112 projects and an investment of about 64.5 billion yuan. Public services has 38 projects receiving 5.2 billion yuan.",
        "2025-03-20",
      ).map((f) => [f[0], f[2]]),
    ).toEqual([
      [260, "target"],
      [112, "target"],
      [64.5e9, "target"],
      [38, "target"],
      [5.2e9, "target"],
    ]);
  });

  it("leaves a past year's figure after a plan reported", () => {
    expect(
      facts(
        "This year, 260 key projects are planned. In 2024 the district has 190 projects with 41 billion yuan.",
        "2025-03-20",
      ).map((f) => [f[0], f[2]]),
    ).toEqual([
      [260, "target"],
      [190, "actual"],
      [41e9, "actual"],
    ]);
  });
});
