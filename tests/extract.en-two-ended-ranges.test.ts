import { read } from "./helpers/read-facts";

/** Own sentences: a range with its unit at both ends, and a growth read again at another time or place. */
const facts = (text: string, date = "2025-10-20") =>
  read(text, date).map((f) => [f.value, f.unit, f.measure, f.comparator]);

describe("a range with its unit at both ends", () => {
  it("is at least its first figure and at most its second", () => {
    expect(facts("Sales of phones, tablets and wearables jumped 12%–35% in the period.")).toEqual([
      [0.12, "ratio", "growth", ">="],
      [0.35, "ratio", "growth", "<="],
    ]);
    expect(facts("The start-ups listed projects seeking between 200 million yuan and 1.5 billion yuan.")).toEqual([
      [200e6, "CNY", "level", ">="],
      [1.5e9, "CNY", "level", "<="],
    ]);
  });

  it("leaves two figures joined by 'and' with no 'between' as two", () => {
    expect(facts("Exports reached 200 million yuan and imports 1.5 billion yuan.").map((f) => f[3])).toEqual([
      "=",
      "=",
    ]);
  });
});

describe("a growth read again", () => {
  it("keeps an earlier, another place's or a later reading of the same rate a growth", () => {
    expect(
      facts(
        "Retail sales rose 5.2% in the first three quarters, up from 2.4% in the first half, compared with 3.9% nationwide.",
      ).map((f) => f[2]),
    ).toEqual(["growth", "growth", "growth"]);
    expect(
      facts(
        "Output fell 0.8% in the first quarter, turned positive to 1.9% in the first half and closed the year at 3.6%.",
        "2026-01-20",
      ).map((f) => f[2]),
    ).toEqual(["growth", "growth", "growth"]);
  });

  it("keeps a rate told again after an amount the growth reached a growth", () => {
    expect(
      facts("Retail sales rose 5.2% to 980 billion yuan in the first three quarters, up from 2.4% in the first half."),
    ).toEqual([
      [0.052, "ratio", "growth", "="],
      [980e9, "CNY", "level", "="],
      [0.024, "ratio", "growth", "="],
    ]);
    expect(
      facts("GDP grew 5.1% to 2.3 trillion yuan, with the jobless rate down from 5.2% to 4.9%.").map((f) => f[2]),
    ).toEqual(["growth", "level", "share", "share"]);
  });

  it("leaves a share told after a growth a share", () => {
    expect(
      facts("Exports rose 6.1% to 300 billion yuan, up from a share of 28% of the total to 31% of the total.").map(
        (f) => f[2],
      ),
    ).toEqual(["growth", "level", "share", "share"]);
  });
});
