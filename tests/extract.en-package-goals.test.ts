import { read } from "./helpers/read-facts";

/** What a plan or package includes doing, in own sentences. */
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
