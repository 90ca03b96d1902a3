import { read } from "./helpers/read-facts";

/** Investment committed or secured, in own sentences: when it is signed. */
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
