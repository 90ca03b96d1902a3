import { fact, read, readFields } from "./helpers/read-facts";

/** Rules found on a second set of held-out real pages (helper E3); every sentence here is written for the test. */
describe("a part year carried across paragraphs", () => {
  const release = [
    "Nanhui's industrial output value rose 6.1 percent in the first half of the year, the district statistics office said.",
    "",
    "Investment in manufacturing plants climbed strongly over the spring.",
    "",
    "The growth in new products including industrial robots, new energy vehicles and solar cells came to 31.5%, 48.2% and 12.6%, respectively.",
  ].join("\n");

  it("gives a later paragraph's rates of change the release's period and links the NEV item", () => {
    const facts = read(release, "2024-07-18");
    expect(facts.map((f) => [f.value, f.measure, f.year, f.period, f.indicator])).toEqual([
      [0.061, "growth", 2024, { from: 1, to: 6 }, null],
      [0.315, "growth", 2024, { from: 1, to: 6 }, null],
      [0.482, "growth", 2024, { from: 1, to: 6 }, "NEV"],
      [0.126, "growth", 2024, { from: 1, to: 6 }, null],
    ]);
    expect(facts[2].quote).toContain("48.2%");
  });

  it("does not carry it to a count that stands as it is, nor past a paragraph that names its own year", () => {
    const text = [
      "In the first three quarters, the port handled 4.1 million containers, up 7.3 percent.",
      "",
      "Of the world's top 100 shipping lines, 62 companies have opened offices in the city.",
      "",
      "In 2023, container throughput grew 3.9 percent.",
      "",
      "Cold-chain volumes rose 5.5 percent.",
    ].join("\n");
    expect(readFields(text, "2024-10-25").map((f) => [f.value, f.period])).toEqual([
      [4.1e6, { from: 1, to: 9 }],
      [0.073, { from: 1, to: 9 }],
      [62, null],
      [0.039, null],
      [0.055, null],
    ]);
  });

  it("is not ended by a growth compared 'with a year earlier'", () => {
    const text = [
      "In the first half, the district's output value reached 210 billion yuan.",
      "",
      "Factory output rose 2.6 percent from a year earlier.",
      "",
      "Over the half, the growth of new products like drones, new energy vehicles and smart meters was 40.1 per cent, 22.4 per cent and 9.8 per cent, respectively.",
    ].join("\n");
    expect(readFields(text, "2025-07-22").map((f) => [f.value, f.measure, f.period, f.indicator])).toEqual([
      [210e9, "level", { from: 1, to: 6 }, null],
      [0.026, "growth", { from: 1, to: 6 }, null],
      [0.401, "growth", { from: 1, to: 6 }, null],
      [0.224, "growth", { from: 1, to: 6 }, "NEV"],
      [0.098, "growth", { from: 1, to: 6 }, null],
    ]);
  });
});

describe("falls written as 'lower than', 'dipping', 'slump'", () => {
  it("reads '1.2% lower than the same period last year' as a fall of GDP", () => {
    const facts = read(
      "In the first half, gross domestic product came to 1.9 trillion yuan, 1.2% lower than the same period last year.",
      "2022-07-20",
    );
    expect(facts.map((f) => [f.value, f.measure, f.year, f.period, f.indicator])).toEqual([
      [1.9e12, "level", 2022, { from: 1, to: 6 }, "GDP"],
      [-0.012, "growth", 2022, { from: 1, to: 6 }, "GDP_GROWTH"],
    ]);
    expect(facts[1].quote).toContain("1.2% lower than the same period last year");
  });

  it("reads 'dipping 2.3 percent' and 'the 6.4 percent slump' as negative rates", () => {
    expect(
      readFields(
        "Car retail sales totalled 88 billion yuan in January-May, dipping 2.3 percent on a year earlier, a milder fall than the 6.4 percent slump of the first quarter.",
        "2022-06-20",
      ).map((f) => [f.value, f.measure, f.period]),
    ).toEqual([
      [88e9, "level", { from: 1, to: 5 }],
      [-0.023, "growth", { from: 1, to: 5 }],
      [-0.064, "growth", { from: 1, to: 3 }],
    ]);
  });
});

describe("a breakdown after 'among which'", () => {
  it("links the industry's total, not its parts", () => {
    expect(
      readFields(
        "The city's biomedicine industry was worth 410 billion yuan in 2021, among which 120 billion yuan came from drug makers, 95 billion yuan from device makers and 60 billion yuan from services.",
        "2022-05-10",
      ),
    ).toEqual([
      fact({ value: 410e9, year: 2021, indicator: "BIO" }),
      fact({ value: 120e9, year: 2021 }),
      fact({ value: 95e9, year: 2021 }),
      fact({ value: 60e9, year: 2021 }),
    ]);
  });
});

describe("years that are the figure's own, and years that are only compared with", () => {
  it("dates 'from last year when it reached ...' to last year", () => {
    const facts = read(
      "The city's GDP is expected to grow by about 5.5 percent this year, a step up from last year, when it reached 3.8 trillion yuan.",
      "2025-02-10",
    );
    expect(facts.map((f) => [f.value, f.kind, f.year, f.indicator])).toEqual([
      [0.055, "target", 2025, "GDP_GROWTH"],
      [3.8e12, "actual", 2024, "GDP"],
    ]);
  });

  it("does not date a figure by the year it is '12 times the value in'", () => {
    const facts = readFields(
      "Software and information services revenue rose 11 percent year on year to 380 billion yuan, 12 times the value in 2005.",
      "2016-10-20",
    );
    expect(facts.map((f) => [f.value, f.year, f.indicator])).toEqual([
      [0.11, 2016, "SOFTWARE"],
      [380e9, 2016, "SOFTWARE"],
    ]);
  });
});

describe("a share of GDP is not a series that divides by something else", () => {
  it("does not link 'accounted for 21.5 percent of the city's GDP' to the industrial-output share of emerging industries", () => {
    expect(
      readFields(
        "Strategic emerging industries' added value in 2023 accounted for 21.5 percent of the city's GDP.",
        "2024-03-20",
      ),
    ).toEqual([fact({ value: 0.215, unit: "ratio", measure: "share", year: 2023 })]);
  });

  it("still links their share of industrial output", () => {
    expect(
      readFields(
        "In 2023, 44.6 percent of the city's industrial output came from strategic emerging industries.",
        "2024-03-20",
      ),
    ).toEqual([fact({ value: 0.446, unit: "ratio", measure: "share", year: 2023, indicator: "SEI_SHARE" })]);
  });
});

describe("'with sales revenue increasing ...' after a named industry", () => {
  it("links the growth to the industry the sentence names", () => {
    const facts = read(
      "From January to April this year, Shanghai's biomedicine industry kept expanding, with sales revenue increasing 12.4 percent.",
      "2021-06-10",
    );
    expect(facts.map((f) => [f.value, f.measure, f.year, f.period, f.indicator])).toEqual([
      [0.124, "growth", 2021, { from: 1, to: 4 }, "BIO"],
    ]);
    expect(facts[0].quote).toContain("sales revenue increasing 12.4 percent");
  });
});

describe("a paragraph that opens with 'This year'", () => {
  it("dates the plans of its later sentences to the report's year", () => {
    const text =
      "This year, the district has lined up 64 key projects. Of these, 12 new projects are to break ground and 9 projects will be completed within the year, with planned investment for the year exceeding 30 billion yuan.";
    expect(readFields(text, "2024-02-26").map((f) => [f.value, f.kind, f.year])).toEqual([
      [64, "actual", 2024],
      [12, "target", 2024],
      [9, "target", 2024],
      [30e9, "target", 2024],
    ]);
  });
});

describe("bare numbers after 'Among the projects,'", () => {
  it("counts both the first and the second number as the projects the sentence opened with", () => {
    const text =
      "A total of 312 projects worth 405 billion yuan were signed at the Smart China Expo 2021. Among the projects, 57 were signed at the venue and 255 were signed online.";
    expect(read(text, "2021-08-24", "Chongqing").map((f) => [f.value, f.unit, f.kind, f.indicator, f.year])).toEqual([
      [312, "projects", "signing", "SCE2021", 2021],
      [405e9, "CNY", "signing", "SCE2021", 2021],
      [57, "projects", "signing", "SCE2021", 2021],
      [255, "projects", "signing", "SCE2021", 2021],
    ]);
  });
});
