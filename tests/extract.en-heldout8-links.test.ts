import { read } from "./helpers/read-facts";

/** What real pages of set 8 needed for their catalog links, in own sentences. */
const links = (text: string, date = "2024-05-01") =>
  read(text, date).map((f) => [f.value, f.indicator, f.kind, f.year, f.period]);
const units = (text: string, date = "2024-05-01") => read(text, date).map((f) => [f.value, f.unit, f.indicator]);

describe("a full stop with no space after it still ends the sentence", () => {
  it.each([
    [
      "Per capita GDP stood at 201,000 yuan.Total imports reached 2.1 trillion yuan.",
      [
        [201_000, "yuan per person", "GDP_PC"],
        [2.1e12, "CNY", null],
      ],
    ],
    [
      "The city's per capita GDP came to about 190,000 yuan.Local budget revenue came to 800 billion yuan.",
      [
        [190_000, "yuan per person", "GDP_PC"],
        [8e11, "CNY", null],
      ],
    ],
    ["Industrial output hit a record high.The city's retail sales rose 4 percent.", [[0.04, "ratio", null]]],
  ])("%s", (text, expected) => {
    expect(units(text)).toEqual(expected);
  });

  it("quotes only the sentence the figure is in", () => {
    const [fact] = read("Exports slowed in the spring.Imports of chips rose 9 percent.");
    expect(fact.quote).toBe("Imports of chips rose 9 percent.");
  });
});

describe("a whole year's statistic told in January or February is the year just ended", () => {
  it.each([
    [
      "The city's GDP topped 4.5 trillion yuan, and per capita GDP reached about 185,000 yuan.",
      "2024-01-20",
      [
        [4.5e12, "GDP", "actual", 2023, null],
        [185_000, "GDP_PC", "actual", 2023, null],
      ],
    ],
    [
      "Shanghai's economy grew 5 percent, the mayor told lawmakers.",
      "2024-02-08",
      [[0.05, "GDP_GROWTH", "actual", 2023, null]],
    ],
    [
      "Software and information services revenue rose 11 percent.",
      "2025-01-14",
      [[0.11, "SOFTWARE", "actual", 2024, null]],
    ],
  ])("%s (%s)", (text, date, expected) => {
    expect(links(text, date)).toEqual(expected);
  });

  it("keeps the report's year later in the year, and a year the text states", () => {
    expect(links("The city's GDP topped 2.3 trillion yuan.", "2024-06-10")).toEqual([
      [2.3e12, "GDP", "actual", 2024, null],
    ]);
    expect(links("In 2022 the city's GDP was 4.4 trillion yuan.", "2024-01-20")).toEqual([
      [4.4e12, "GDP", "actual", 2022, null],
    ]);
  });

  it("keeps projects started in January in January's year", () => {
    expect(
      read("The city started 120 major projects worth 200 billion yuan.", "2024-01-10").map((f) => f.year),
    ).toEqual([2024, 2024]);
  });
});

describe("a growth forecast is a goal", () => {
  it.each([
    ["[City keeps its GDP growth forecast for 2025 at around 5 percent]", [[0.05, "GDP_GROWTH", "target", 2025, null]]],
    [
      "Officials raised the economic growth forecast for this year to 5.2 percent.",
      [[0.052, "GDP_GROWTH", "target", 2025, null]],
    ],
    ["The GDP growth outlook for 2025 stays at about 5 percent.", [[0.05, "GDP_GROWTH", "target", 2025, null]]],
  ])("%s", (text, expected) => {
    expect(links(text, "2025-01-20")).toEqual(expected);
  });

  it("leaves a result that beat the forecasts a result", () => {
    expect(links("Shanghai's GDP grew 5.3 percent in 2024, beating forecasts.", "2025-03-01")).toEqual([
      [0.053, "GDP_GROWTH", "actual", 2024, null],
    ]);
  });
});

describe("a clause that goes on with a verb and no subject of its own is about the sentence's subject", () => {
  it.each([
    [
      "The city's GDP shrank 3.1 percent in the first quarter of 2020, but eventually recorded a 2.4 percent rise for the whole year.",
      [
        [-0.031, "GDP_GROWTH", "actual", 2020, { from: 1, to: 3 }],
        [0.024, "GDP_GROWTH", "actual", 2020, null],
      ],
    ],
    [
      "In 2023 the economy contracted 2 percent in the first half, and finally posted 1.9 percent growth for the full year.",
      [
        [-0.02, "GDP_GROWTH", "actual", 2023, { from: 1, to: 6 }],
        [0.019, "GDP_GROWTH", "actual", 2023, null],
      ],
    ],
    [
      "Gross domestic product fell 4 percent in the first three months of 2022, and in the end achieved a 3 percent expansion for the entire year.",
      [
        [-0.04, "GDP_GROWTH", "actual", 2022, { from: 1, to: 3 }],
        [0.03, "GDP_GROWTH", "actual", 2022, null],
      ],
    ],
  ])("%s", (text, expected) => {
    expect(links(text)).toEqual(expected);
  });
});

describe("rates told with -ing verbs are growth, and a measure of something named is its own subject", () => {
  it.each([
    [
      "The digital economy boomed in 2023, with software and information services revenue jumping 14 percent.",
      [[0.14, "SOFTWARE", "actual", 2023, null]],
    ],
    [
      "In 2023, IC industry sales were soaring 20 percent, and industrial investment climbing 9 percent.",
      [
        [0.2, "IC", "actual", 2023, null],
        [0.09, "INVEST", "actual", 2023, null],
      ],
    ],
    [
      "In 2023, fixed-asset investment rose 5 percent, with industrial investment growing 9 percent and property investment falling 3 percent.",
      [
        [0.05, null, "actual", 2023, null],
        [0.09, "INVEST", "actual", 2023, null],
        [-0.03, null, "actual", 2023, null],
      ],
    ],
    [
      "Software revenue rose 12 percent in 2023, while the output of new-generation information technology grew 6 percent.",
      [
        [0.12, "SOFTWARE", "actual", 2023, null],
        [0.06, null, "actual", 2023, null],
      ],
    ],
    [
      "In 2023 the integrated circuit industry expanded 8 percent, whereas the value of electronic components rose 3 percent.",
      [
        [0.08, "IC", "actual", 2023, null],
        [0.03, null, "actual", 2023, null],
      ],
    ],
  ])("%s", (text, expected) => {
    expect(links(text)).toEqual(expected);
  });
});

describe("money put into an industry, and a firm named after its city, are not the industry's size", () => {
  it.each([
    "Shanghai Medtech Group has posted biomedicine sales of 4 billion yuan.",
    "Beijing Robotics Corporation, meanwhile, has invested 2 billion yuan in artificial intelligence.",
    "Shanghai Chip Holdings reported integrated circuit revenue of 30 billion yuan last year.",
    "The district has invested 6 billion yuan to build a biomedicine incubation platform.",
    "Local funds poured 3 billion yuan into integrated circuit design start-ups.",
    "The city will allocate another 1.5 billion yuan for artificial intelligence computing power this year.",
  ])("%s", (text) => {
    expect(read(text).map((f) => f.indicator)).toEqual([null]);
  });

  it("still reads an industry's own revenue and the city's industrial investment", () => {
    expect(units("Biomedicine industry revenue reached 900 billion yuan.")).toEqual([[9e11, "CNY", "BIO"]]);
    expect(units("Industrial investment reached 120 billion yuan.")).toEqual([[1.2e11, "CNY", "INVEST"]]);
  });
});

describe("new energy vehicles listed among the emerging sectors are the sector's value", () => {
  it.each([
    [
      "Output of new energy vehicles, new materials and high-end equipment climbed 60 percent, 12 percent and 9 percent, respectively, in 2023.",
      ["NEV_VALUE", null, null],
    ],
    [
      "In 2023, production in new energy, new-energy vehicles and digital creativity grew 15 percent, 40 percent and 8 percent, respectively.",
      [null, "NEV_VALUE", null],
    ],
    [
      "In 2023, output of new energy vehicles, industrial robots and solar cells rose 30 percent, 20 percent and 10 percent, respectively.",
      ["NEV", null, null],
    ],
  ])("%s", (text, expected) => {
    expect(read(text).map((f) => f.indicator)).toEqual(expected);
  });
});

describe("the three leading industries' output growth is the group's growth, its output level no scale", () => {
  it.each([
    ["The manufacturing output value of the three leading industries grew 9.2 percent in 2023.", 0.092],
    ["In 2023, output of the city's three pioneering industries rose 7.5 percent year on year.", 0.075],
    [
      "Integrated circuits, biomedicine and artificial intelligence drive the city's growth. Last year the industrial output of these three key sectors increased 10.4 percent.",
      0.104,
    ],
  ])("%s", (text, value) => {
    expect(links(text)).toEqual([[value, "LEAD3", "actual", 2023, null]]);
  });

  it("keeps the group's output level apart from its scale", () => {
    expect(units("In 2023, the combined output of the three leading industries reached 400 billion yuan.")).toEqual([
      [4e11, "CNY", null],
    ]);
    expect(units("In 2023, the total scale of the three leading industries reached 1.9 trillion yuan.")).toEqual([
      [1.9e12, "CNY", "LEAD3"],
    ]);
  });
});
