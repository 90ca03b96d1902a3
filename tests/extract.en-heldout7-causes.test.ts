import { read } from "./helpers/read-facts";

/** What real pages of set 7 needed, in own sentences: NEVs counted three ways, and an economy that shrank. */
const links = (text: string) => read(text, "2024-02-01").map((f) => [f.value, f.indicator]);
const kinds = (text: string) => read(text, "2024-02-01").map((f) => [f.value, f.kind, f.indicator]);

describe("the output value of new energy vehicles and its growth are the industry's value", () => {
  it.each([
    [
      "In 2023 the output value of new energy vehicles in the city topped 210 billion yuan, up 45 percent from a year earlier.",
      [
        [210e9, "NEV_VALUE"],
        [0.45, "NEV_VALUE"],
      ],
    ],
    [
      "Last year the output value of the city's new-energy vehicles climbed 38 percent year on year to 190 billion yuan.",
      [
        [0.38, "NEV_VALUE"],
        [190e9, "NEV_VALUE"],
      ],
    ],
    ["The city's new energy vehicle output value jumped 41 percent in 2023.", [[0.41, "NEV_VALUE"]]],
    [
      "Output value of new-energy vehicles and smart-grid industries leapt by 28.4 percent and 7.2 percent, respectively, in 2023.",
      [
        [0.284, "NEV_VALUE"],
        [0.072, null],
      ],
    ],
  ])("%s", (text, expected) => {
    expect(links(text)).toEqual(expected);
  });

  it("keeps the vehicles' own growth on the count series after a new statement of output", () => {
    expect(
      links(
        "The output value of new energy vehicles passed 180 billion yuan in 2023, up 60 percent; the output reached 620,000 units, up 35 percent.",
      ),
    ).toEqual([
      [180e9, "NEV_VALUE"],
      [0.6, "NEV_VALUE"],
      [620_000, "NEV"],
      [0.35, "NEV"],
    ]);
  });
});

describe("vehicles accumulated or promoted in total are the vehicles in use", () => {
  it.each([
    ["Shanghai has accumulated over 880,000 new-energy vehicles so far.", 880_000],
    ["A total of 940,000 new energy vehicles have been promoted in the city.", 940_000],
    [
      "The city turned out 640,000 NEVs in 2023. In terms of uptake, it has accumulated more than 910,000 such vehicles.",
      910_000,
    ],
    ["Latest police data show the number of new energy vehicles in Shanghai has passed 1.02 million.", 1.02e6],
  ])("%s", (text, value) => {
    expect(links(text)).toContainEqual([value, "NEV_STOCK"]);
  });

  it("keeps vehicles made, and a year's additions, off the stock", () => {
    expect(links("Shanghai built 610,000 NEVs in 2023, up 28 per cent from 2022.")).toEqual([
      [610_000, "NEV"],
      [0.28, "NEV"],
    ]);
    expect(
      links(
        "Some 600,000 new-energy vehicles rolled off production lines in Shanghai last year, a rise of 30 percent.",
      ),
    ).toEqual([
      [600_000, "NEV"],
      [0.3, "NEV"],
    ]);
    expect(links("The city promoted 95,000 new energy vehicles in 2023 alone.")).toEqual([[95_000, null]]);
    expect(links("The city has promoted 850,000 NEVs in all, and 240,000 were added last year alone.")).toEqual([
      [850_000, "NEV_STOCK"],
      [240_000, null],
    ]);
  });
});

describe("an economy that contracted is a fall in GDP, not a contract signed", () => {
  it.each([
    ["Shanghai's economy contracted 6.2 percent from a year earlier in the second quarter.", -0.062],
    ["In the first half, the city's GDP contracted by about 5.1% year on year.", -0.051],
    ["The city's economy contracted by nearly 3 per cent in 2022, its first fall in decades.", -0.03],
  ])("%s", (text, value) => {
    expect(kinds(text)).toContainEqual([value, "actual", "GDP_GROWTH"]);
  });

  it("still reads firms that contracted projects as a signing", () => {
    expect(kinds("The firms contracted 12 projects worth 3 billion yuan at the fair.")).toEqual([
      [12, "signing", null],
      [3e9, "signing", null],
    ]);
  });
});

describe("the three leading industries' combined growth and each member's growth", () => {
  it.each([
    [
      "Integrated circuits, biomedicine and artificial intelligence kept up their pace in 2023. The combined output of the three industries rose to 1.6 trillion yuan, up 9.2 percent - 6.4 percent in biomedicine, 12.8 percent in integrated circuits.",
      [
        [1.6e12, null],
        [0.092, "LEAD3"],
        [0.064, "BIO"],
        [0.128, "IC"],
      ],
    ],
    [
      "In 2023, the biomedicine, integrated circuit and artificial intelligence industries – the leading three manufacturing industries – posted output of 1.6 trillion yuan, a 7.9% gain on the previous year.",
      [
        [1.6e12, null],
        [0.079, "LEAD3"],
      ],
    ],
    [
      "Integrated circuits, biomedicine and artificial intelligence did well. Output of these three sectors grew 8.8 percent, with 10.5 percent in integrated circuits and 4.1 percent in biomedicine.",
      [
        [0.088, "LEAD3"],
        [0.105, "IC"],
        [0.041, "BIO"],
      ],
    ],
  ])("%s", (text, expected) => {
    expect(links(text)).toEqual(expected);
  });

  it("reads the parts of a growth as growth, and a rate with no growth before it as before", () => {
    const facts = read(
      "Output of the three leading industries grew 8.8 percent, with 10.5 percent in integrated circuits.",
      "2024-02-01",
    );
    expect(facts.map((f) => f.measure)).toEqual(["growth", "growth"]);
    expect(read("Foreign firms hold 30 percent in integrated circuits.", "2024-02-01")[0].measure).toBe("share");
  });
});

describe("a fleet as it stood at a month's end is the year's stock, not a part year's", () => {
  it.each([
    [
      "As of the end of June 2023, the number of new energy vehicles in Shanghai reached 1.1 million, police data showed.",
      1.1e6,
    ],
    ["By the end of September 2023, the city had 1.2 million new energy vehicles on its roads.", 1.2e6],
    ["At the end of March 2023 the city's fleet of new-energy vehicles stood at 0.98 million.", 0.98e6],
  ])("%s", (text, value) => {
    const fact = read(text, "2024-02-01").find((f) => f.value === value);
    expect([fact?.indicator, fact?.year, fact?.period]).toEqual(["NEV_STOCK", 2023, null]);
  });

  it("keeps a half year's additions in their half year, unlinked", () => {
    const [fact] = read("In the first half of 2023, the city promoted 140,000 new energy vehicles.", "2024-02-01");
    expect([fact.indicator, fact.period]).toEqual([null, { from: 1, to: 6 }]);
  });
});

describe("GDP named as a yardstick, or the nation's, is not the figure's series", () => {
  it.each([
    ["Per capita disposable income rose in step with GDP to about 84,000 yuan last year.", 84_000],
    ["Residents' average income grew faster than GDP, reaching 79,600 yuan in 2023.", 79_600],
    ["Household income climbed in line with GDP to 82,000 yuan per person in 2023.", 82_000],
    ["The city's retail sales rose 6 percent, while national GDP expanded 5.2 percent over the same period.", 0.052],
  ])("%s", (text, value) => {
    expect(links(text)).toContainEqual([value, null]);
  });

  it("keeps the city's own GDP growth beside the nation's", () => {
    expect(
      links("Shanghai's GDP rose 5 percent in 2023, slightly below the 5.2 percent growth in national GDP."),
    ).toEqual([
      [0.05, "GDP_GROWTH"],
      [0.052, null],
    ]);
  });
});

describe("the gross industrial output is not the industrial value added", () => {
  it.each([
    [
      "Shanghai's industrial added value topped 1.1 trillion yuan in 2023. Its total industrial output came to 4.3 trillion yuan.",
      [
        [1.1e12, "IND_VA"],
        [4.3e12, null],
      ],
    ],
    [
      "The city's industrial value added grew 4 percent in 2023, and gross industrial output reached 4.1 trillion yuan.",
      [
        [0.04, "IND_VA"],
        [4.1e12, null],
      ],
    ],
    [
      "Industrial value added reached 1.05 trillion yuan last year. The industrial output of the city stood at 3.9 trillion yuan.",
      [
        [1.05e12, "IND_VA"],
        [3.9e12, null],
      ],
    ],
    ["Value-added industrial output rose 5.1 percent last year.", [[0.051, "IND_VA"]]],
  ])("%s", (text, expected) => {
    expect(links(text)).toEqual(expected);
  });
});
