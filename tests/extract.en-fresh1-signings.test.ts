import { read } from "./helpers/read-facts";

/** What a fresh set of real pages needed of signings, in own sentences. */
const facts = (text: string, date = "2025-08-20", region = "Shanghai") =>
  read(text, date, region).map((f) => [f.value, f.unit, f.kind, f.measure, f.year, f.comparator]);

describe("investment committed or secured is signed", () => {
  it.each([
    [
      "Hangzhou secured 42.5 billion yuan in project commitments in the first seven months of 2025.",
      [[42.5e9, "CNY", "signing", "level", 2025, "="]],
    ],
    [
      "Digital economy projects reached 12.6 billion yuan, accounting for 31 percent of all committed capital.",
      [
        [12.6e9, "CNY", "signing", "level", 2025, "="],
        [0.31, "ratio", "signing", "share", 2025, "="],
      ],
    ],
    ["Suzhou secures $2.45 billion in overseas investment", [[2.45e9, "USD", "signing", "level", 2025, "="]]],
    [
      "A total of 48 overseas investment projects were also secured at the forum.",
      [[48, "projects", "signing", "level", 2025, "="]],
    ],
  ])("%s", (text, expected) => {
    expect(facts(text)).toEqual(expected);
  });

  it("keeps a commitment to a cause and a secured lead no signing", () => {
    expect(
      facts("The city remains committed to growth, and its exports secured a 6.5 percent rise in the first half.").map(
        (f) => f[2],
      ),
    ).toEqual(["actual"]);
  });
});

describe("a scaled amount given with its dollar conversion is in yuan", () => {
  it("reads 'almost 58 billion (US$8.1 billion)' as yuan, the conversion no figure of its own", () => {
    expect(
      facts(
        "Ningbo attracted almost 58 billion (US$8.1 billion) in new manufacturing projects in the first half of 2025.",
      ),
    ).toEqual([[58e9, "CNY", "actual", "level", 2025, "~"]]);
  });

  it("leaves a count with a bracketed note a count", () => {
    expect(facts("The resident population reached 24.8 million (up 0.4 percent) in 2024.").map((f) => f[1])).toEqual([
      "count",
      "ratio",
    ]);
  });
});

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
