import { read } from "./helpers/read-facts";

/** Goals a fresh set of real pages needed, in own sentences. */
const goals = (text: string, date = "2025-03-28") =>
  read(text, date).map((f) => [f.value, f.unit, f.kind, f.year, f.comparator]);

describe("what a plan or package includes doing is its goal", () => {
  it("reads the money of a package unveiled at an event as targets", () => {
    expect(
      goals(
        "A package of support measures was also unveiled, which includes cutting costs for enterprises by 60 billion yuan, adding 1 trillion yuan of bank credit, and setting up 50 billion yuan of industry funds.",
      ),
    ).toEqual([
      [60e9, "CNY", "target", null, "="],
      [1e12, "CNY", "target", null, "="],
      [50e9, "CNY", "target", null, "="],
    ]);
  });

  it("keeps a past year's package what it did", () => {
    expect(
      goals(
        "In 2023, the city's policy package covers cutting costs for enterprises by 45 billion yuan, which it achieved.",
      ),
    ).toEqual([[45e9, "CNY", "actual", 2023, "="]]);
  });
});

describe("a scale word alone in a line's name", () => {
  it.each([
    ["Robotics Set to Surpass the Trillion-yuan Mark This Year", [[1e12, "CNY", "target", 2025, ">"]]],
    ["The district's output crossed the hundred-billion-yuan level in 2024.", [[1e11, "CNY", "actual", 2024, ">"]]],
  ])("%s", (text, expected) => {
    expect(goals(text)).toEqual(expected);
  });
});

describe("an estimate of how things stand", () => {
  it("is reported, and a contribution to growth is a share of it", () => {
    expect(
      read(
        "In 2025 the country stayed a main engine of the world economy, with its contribution to global growth estimated to be around 28%.",
        "2026-01-20",
        "China",
      ).map((f) => [f.value, f.kind, f.measure, f.year, f.comparator]),
    ).toEqual([[0.28, "actual", "share", 2025, "~"]]);
  });

  it("keeps an estimate for a later year a forecast", () => {
    expect(
      goals("The city's growth is estimated to be about 5% next year.", "2026-01-20").map((f) => [f[2], f[3]]),
    ).toEqual([["target", 2027]]);
  });
});
