import { read } from "./helpers/read-facts";

/** What real pages of set 8 needed, in own sentences: what counts count, and shares written with a slash. */
const units = (text: string) => read(text, "2024-02-01").map((f) => [f.value, f.unit]);

describe("events and services a city counts keep the nouns that say what they are", () => {
  it.each([
    [
      "The district held 36 business matchmaking meetings and 12 investment promotion events this year.",
      [
        [36, "business matchmaking meetings"],
        [12, "investment promotion events"],
      ],
    ],
    [
      "Organisers staged more than 40 technology exchange activities across the zone.",
      [[40, "technology exchange activities"]],
    ],
    [
      "Start-ups there ran 310 crowdfunding campaigns, while lawyers took on 85 arbitration cases.",
      [
        [310, "crowdfunding campaigns"],
        [85, "arbitration cases"],
      ],
    ],
    [
      "The park hosted 27 themed seminars and 9 annual conferences.",
      [
        [27, "seminars"],
        [9, "conferences"],
      ],
    ],
    [
      "The summit features 22 symposia, and delegates toured the port in 75 batches.",
      [
        [22, "symposia"],
        [75, "batches"],
      ],
    ],
    ["About a hundred issues raised by foreign investors were settled on the spot.", [[100, "issues"]]],
    ["The foundry can turn out 200,000 pieces of chips.", [[200000, "pieces"]]],
  ])("%s", (text, expected) => {
    expect(units(text)).toEqual(expected);
  });

  it("counts types and kinds of the thing named after them", () => {
    expect(units("The firm now makes more than 40 types of medical equipment and over 300 kinds of parts.")).toEqual([
      [40, "types of medical equipment"],
      [300, "kinds of parts"],
    ]);
  });

  it("reads new drugs before another count of them as drugs, the analysts' unit for approvals", () => {
    expect(units("Five new drugs won approval in the city, and 61 generic drugs were launched.")).toEqual([
      [5, "drugs"],
      [61, "drugs"],
    ]);
    expect(
      units("The city had three first-of-their-kind new drugs approved and another 60 entered clinical trials."),
    ).toEqual([
      [3, "drugs"],
      [60, "drugs"],
    ]);
  });
});

describe("counts per day and per year", () => {
  it.each([
    ["On average, 1,230 new firms were registered per day in the city.", [[1230, "firms per day"]]],
    ["The zone aims to attract more than 50 new biotech startups every year.", [[50, "startups per year"]]],
    ["Some 2,400 enterprises being set up each day kept the registry busy.", [[2400, "enterprises per day"]]],
    ["The new plant will make 300,000 vehicles a year.", [[300000, "vehicles"]]],
    ["The zone had 420 projects a year earlier.", [[420, "projects"]]],
  ])("%s", (text, expected) => {
    expect(units(text)).toEqual(expected);
  });
});

describe("shares written with a slash", () => {
  it.each([
    ["The district covers 1/50 of the city's area but produces 1/8 of its output.", [0.02, 0.125]],
    ["Its exports make up about 1/3 of the province's total.", [1 / 3]],
    ["Covering only 1/2000 of the country's land, the area made 1/40 of its trade.", [0.0005, 0.025]],
  ])("%s", (text, expected) => {
    const values = read(text, "2024-02-01").map((f) => f.value ?? NaN);
    expect(values).toHaveLength(expected.length);
    values.forEach((value, i) => expect(value).toBeCloseTo(expected[i], 9));
  });

  it("reads no share from a date or a score", () => {
    expect(units("The meeting on 3/15 approved 12 projects, which scored 9/10 in reviews.")).toEqual([
      [12, "projects"],
    ]);
  });
});

describe("a bare number that counts a noun named before it", () => {
  it.each([
    ["Twenty projects were completed in March, and 35 new ones broke ground in April.", [20, 35], "projects"],
    [
      "The city added 60 regional headquarters, including 18 newly established ones.",
      [60, 18],
      "regional headquarters",
    ],
    ["Twelve factories were upgraded last year and 8 more were being rebuilt.", [12, 8], "factories"],
    [
      "The city had 42,000 high-tech enterprises at the end of 2023, compared with 18,000 in 2018.",
      [42000, 18000],
      "enterprises",
    ],
    ["There were 230 listed companies by June, up from 190 a year before.", [230, 190], "companies"],
  ])("%s", (text, values, unit) => {
    expect(units(text)).toEqual(values.map((value) => [value, unit]));
  });

  it.each([
    [
      "The city started 48 major projects in the first quarter. Among them, 30 were in advanced manufacturing.",
      "projects",
    ],
    ["Some 16 smart factories opened last year. Of these, 12 are run by foreign firms.", "factories"],
    ["The zone approved 25 new R&D centres. Among them, nine were set up by global drugmakers.", "R&D centers"],
  ])("%s", (text, unit) => {
    const facts = units(text);
    expect(facts).toHaveLength(2);
    expect(facts[1][1]).toBe(unit);
  });

  it("reads the totals of two counts named before, in their order", () => {
    expect(
      units(
        "Last year 45 regional headquarters and 20 foreign R&D centres were added, and the total number of them rose to 950 and 560, respectively.",
      ),
    ).toEqual([
      [45, "regional headquarters"],
      [20, "R&D centers"],
      [950, "regional headquarters"],
      [560, "R&D centers"],
    ]);
  });

  it.each([
    ["Of the 41 industrial sectors, output in 29 grew from a year earlier.", 29],
    ["Of the 35 major sectors, production in 30 increased.", 30],
    ["Of the 38 sectors, growth was seen in 25.", 25],
  ])("%s", (text, value) => {
    expect(units(text)).toContainEqual([value, "sectors"]);
  });
});

describe("units sold by carmakers are vehicles, areas abbreviated are square meters", () => {
  it.each([
    ["The carmaker sold 320,000 units in the first half, up 5 percent.", [320000, "vehicles"]],
    ["Tesla's Shanghai plant delivered 450,000 units last year.", [450000, "vehicles"]],
    [
      "The new SUV models sold well. From January to May, the joint venture's retail sales hit 210,000 units.",
      [210000, "vehicles"],
    ],
    ["The company sold 5,000 units of its air purifier.", [5000, "units"]],
    ["Another 2 million sq m of factory space will be built.", [2e6, "square meters"]],
    ["The zone will add 500,000 sqm of offices and a million square meters of labs.", [5e5, "square meters"]],
  ])("%s", (text, expected) => {
    expect(units(text)).toContainEqual(expected);
  });
});

describe("a counted noun cut to its singular where an excerpt ends", () => {
  it.each([
    ["Statistics showed the port zone now hosts 5,200 enterprise", [5200, "enterprises"]],
    ["By June the new district counted 1,380 firm", [1380, "firms"]],
    ["The park has welcomed 76 project", [76, "projects"]],
  ])("%s", (text, expected) => {
    expect(units(text)).toContainEqual(expected);
  });

  it("keeps a singular noun inside a sentence off the count", () => {
    expect(units("Some 30 enterprise leaders attended the forum.")).toEqual([]);
  });
});
