import { read } from "./helpers/read-facts";

/** What a fresh set of real pages needed of figures and their fields, in own sentences. */
const facts = (text: string, date = "2025-03-10", region = "Shanghai") =>
  read(text, date, region).map((f) => [f.value, f.unit, f.kind, f.measure, f.year, f.comparator, f.region]);

describe("a rate compared with an average or level after a growth is a growth", () => {
  it.each([
    [
      "The city's retail sales grew 6.2% year-on-year in 2024, outpacing the national average of 3.5%.",
      [
        [0.062, "ratio", "actual", "growth", 2024, "=", "Shanghai"],
        [0.035, "ratio", "actual", "growth", 2024, "=", "China"],
      ],
    ],
    [
      "Its exports reached 95 billion yuan in 2024, a 12.3 percent year-on-year increase, well above the national level of 7.1 percent.",
      [
        [95e9, "CNY", "actual", "level", 2024, "=", "Shanghai"],
        [0.123, "ratio", "actual", "growth", 2024, "=", "Shanghai"],
        [0.071, "ratio", "actual", "growth", 2024, "=", "China"],
      ],
    ],
  ])("%s", (text, expected) => {
    expect(facts(text)).toEqual(expected);
  });

  it("is not dated by a year the sentence compares with", () => {
    expect(
      facts(
        "In 2025, exports grew 6.1% year-on-year, beating the national average of 5.2% and marking an improvement over 2024.",
        "2026-01-20",
      ),
    ).toEqual([
      [0.061, "ratio", "actual", "growth", 2025, "=", "Shanghai"],
      [0.052, "ratio", "actual", "growth", 2025, "=", "China"],
    ]);
  });

  it("keeps a share compared with the national average a share", () => {
    expect(
      facts("The urbanization rate stood at 89.3 percent in 2024, above the national average of 67 percent."),
    ).toEqual([
      [0.893, "ratio", "actual", "share", 2024, "=", "Shanghai"],
      [0.67, "ratio", "actual", "share", 2024, "=", "China"],
    ]);
  });
});

describe("a noun of change after a rate", () => {
  it("reads 'a 10.8 percent spike in exports' as growth", () => {
    expect(facts("Helped by a 14.2 percent spike in imports, the port's trade hit 2.1 trillion yuan in 2024.")).toEqual(
      [
        [0.142, "ratio", "actual", "growth", 2024, "=", "Shanghai"],
        [2.1e12, "CNY", "actual", "level", 2024, "=", "Shanghai"],
      ],
    );
  });
});

describe("counted things of a size, with 'each' after the amount", () => {
  it.each([
    "The city now has five industries with an output value exceeding 500 billion yuan each, including autos and chips.",
    "By 2027 the district will build three industrial parks with an output value of over 20 billion yuan each.",
  ])("%s: the amount is a size class", (text) => {
    expect(read(text, "2025-03-10").filter((f) => f.unit === "CNY")).toEqual([]);
  });
});

describe("a range written in words", () => {
  it("is two facts, at least its low end and at most its high end", () => {
    expect(facts("The plan calls for building two to four national AI industrial parks by 2027.")).toEqual([
      [2, "parks", "target", "level", 2027, ">=", "Shanghai"],
      [4, "parks", "target", "level", 2027, "<=", "Shanghai"],
    ]);
  });

  it("scales both ends: 'three to five billion yuan'", () => {
    expect(facts("The city will set aside three to five billion yuan for the fund by 2026.").map((f) => f[0])).toEqual([
      3e9, 5e9,
    ]);
  });

  it("keeps 'from three to five' a change, not a range", () => {
    expect(
      facts("The number of its national labs rose from three to five labs in 2024.").map((f) => [f[0], f[5]]),
    ).not.toContainEqual([3, ">="]);
  });
});

describe("a technology market's contract turnover is reported, not signed", () => {
  it("in a story that also names an investment conference", () => {
    const found = read(
      "At the investment promotion conference, 120 projects worth 98 billion yuan were signed. In 2024, the city's technology contract turnover rose 18.6 percent to 520 billion yuan.",
      "2025-02-20",
    );
    expect(found.map((f) => [f.value, f.kind, f.year])).toEqual([
      [120, "signing", 2025],
      [98e9, "signing", 2025],
      [0.186, "actual", 2024],
      [520e9, "actual", 2024],
    ]);
  });
});
