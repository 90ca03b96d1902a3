import { read } from "./helpers/read-facts";

/** Own sentences: money asked for, a deadline not yet past, a project launched, and what stands now. */
const facts = (text: string, date: string, region = "Shanghai") =>
  read(text, date, region).map((f) => [f.value, f.kind, f.year, f.comparator]);

describe("money a firm asks for", () => {
  it("is a target of the year it is asked in", () => {
    expect(
      facts(
        "The story looks back on 2024. At the fair, Nebula Robotics made a financing request of 1.2 billion yuan, while other start-ups listed projects to seek funds between 50 million yuan and 400 million yuan.",
        "2025-11-06",
      ),
    ).toEqual([
      [1.2e9, "target", 2025, "="],
      [50e6, "target", 2025, ">="],
      [400e6, "target", 2025, "<="],
    ]);
  });
});

describe("a deadline not yet past", () => {
  it("makes a figure with no word of a result a goal", () => {
    expect(
      facts("The city's drive to open 500 pocket parks by the end of 2025 is gathering pace.", "2025-02-10"),
    ).toEqual([[500, "target", 2025, "="]]);
  });

  it("leaves a result reached by then a result", () => {
    expect(facts("By the end of 2024, the city had opened 480 pocket parks.", "2025-02-10")).toEqual([
      [480, "actual", 2024, "="],
    ]);
  });
});

describe("a project launched", () => {
  it("is reported, not planned, though a later clause expects what it will bring", () => {
    expect(
      facts(
        "Aptera has launched a 300-million-yuan battery project in the town, expected to generate over 2 billion yuan in sales within five years.",
        "2025-09-10",
        "Jiading",
      ),
    ).toEqual([
      [300e6, "actual", 2025, "="],
      [2e9, "target", null, ">"],
    ]);
  });
});

describe("what stands now", () => {
  it("is of the year the story is told in, not of the past year it looks back on", () => {
    expect(
      facts(
        "The port expanded its routes last year, with its shipping network now covering 62 countries. One terminal now attracts more than 300 cruise visitors a day.",
        "2026-01-25",
      ).map((f) => f[2]),
    ).toEqual([2026, 2026]);
  });
});
