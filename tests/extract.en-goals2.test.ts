import { read } from "./helpers/read-facts";

/**
 * Goal stories over several sentences, years counted back from another year, goal items named otherwise, restated
 * quantities and bare rates, found on a fourth set of held-out real pages (helper EN-GOALS). Every sentence here is
 * written for the test.
 */
const row = (f: ReturnType<typeof read>[number]) => [f.indicator, f.kind, f.year, f.value];

describe("a story's goals for a year, over several sentences", () => {
  it("gives the later goals of a story the year its first goal named", () => {
    const text =
      "The district has set its development goals for 2027, with its economy expected to grow by about 6 percent. " +
      "General public budget revenue is expected to rise 3 percent, while spending on research and development " +
      "will reach 4.5 percent of GDP.";
    expect(read(text, "2027-01-21").map(row)).toEqual([
      ["GDP_GROWTH", "target", 2027, 0.06],
      ["BUDGET_REV_GROWTH", "target", 2027, 0.03],
      ["RD_GDP", "target", 2027, 0.045],
    ]);
  });

  it("carries 'this year' of a goal to the next paragraph's goals", () => {
    const text =
      "The mayor said the city aims to grow its economy by around 5.5 percent this year.\n\n" +
      "R&D expenditure is set to make up about 4.4 percent of GDP.";
    expect(read(text, "2026-01-16").map(row)).toEqual([
      ["GDP_GROWTH", "target", 2026, 0.055],
      ["RD_GDP", "target", 2026, 0.044],
    ]);
  });

  it("takes the year of a sentence that sets a goal with no figure of its own", () => {
    const text =
      "The new zone aims to become a leading hub for chip design by 2028.\n\n" +
      "It plans to lift the industry's scale to more than 200 billion yuan, and expects to host over 30 listed firms.";
    const facts = read(text, "2025-06-02");
    expect(facts.map((f) => [f.kind, f.year, f.value])).toEqual([
      ["target", 2028, 200_000_000_000],
      ["target", 2028, 30],
    ]);
  });

  it("dates an annual target that names no year to the year of the report", () => {
    const text = "Strong autumn figures put the city on course to beat its yearly GDP growth target of 5 percent.";
    expect(read(text, "2025-10-09").map(row)).toEqual([["GDP_GROWTH", "target", 2025, 0.05]]);
  });

  it("leaves a newly named company's plan without the story's goal year", () => {
    const text =
      "The county plans to draw 90 billion yuan of new investment by 2028. " +
      "A Suzhou-based battery maker will spend 2 billion yuan on a new assembly line.";
    expect(read(text, "2025-05-12").map((f) => [f.kind, f.year, f.value])).toEqual([
      ["target", 2028, 90_000_000_000],
      ["target", null, 2_000_000_000],
    ]);
  });

  it("keeps a goal's own year, and carries no goal year back to the past", () => {
    const text =
      "The city aims to grow its economy by about 5 percent this year. " +
      "It also wants R&D spending to reach 5 percent of GDP by 2030.";
    expect(read(text, "2026-01-16").map(row)).toEqual([
      ["GDP_GROWTH", "target", 2026, 0.05],
      ["RD_GDP", "target", 2030, 0.05],
    ]);
  });
});

describe("goal items named otherwise", () => {
  const goals = (text: string, date = "2026-01-22") =>
    read(text, date).map((f) => [f.indicator, f.kind, f.measure, f.year, f.value, f.comparator]);

  it("reads budget revenue written 'revenue in the general budget' or 'general budget revenue'", () => {
    expect(
      goals(
        "This year revenue in the general budget is expected to grow 4 percent. " +
          "The county's general budget revenue should rise about 3.5 percent in 2027.",
      ),
    ).toEqual([
      ["BUDGET_REV_GROWTH", "target", "growth", 2026, 0.04, "="],
      ["BUDGET_REV_GROWTH", "target", "growth", 2027, 0.035, "~"],
    ]);
  });

  it("reads inflation and consumer price growth as the consumer price goal", () => {
    expect(goals("Inflation is expected to stay at around 3 percent this year.")).toEqual([
      ["CPI", "target", "growth", 2026, 0.03, "~"],
    ]);
    expect(
      goals(
        "The province aims to keep output growth at 5 percent this year, with incomes rising in step with economic " +
          "growth, and inflation to be about 2 percent.",
      ).slice(1),
    ).toEqual([["CPI", "target", "growth", 2026, 0.02, "~"]]);
    expect(goals("The city wants consumer price growth to stay at about 2 percent in 2026.")).toEqual([
      ["CPI", "target", "growth", 2026, 0.02, "~"],
    ]);
  });

  it("reads plural unemployment rates 'targeted at' a bound as the unemployment goal, past an aside", () => {
    expect(goals("Urban unemployment rates, meanwhile, are targeted at below 5.5 percent this year.")).toEqual([
      ["UNEMPLOYMENT", "target", "share", 2026, 0.055, "<"],
    ]);
    expect(
      goals("Surveyed unemployment rates, for their part, were targeted to stay within 5 percent in 2026."),
    ).toEqual([["UNEMPLOYMENT", "target", "share", 2026, 0.05, "<="]]);
  });
});

describe("a year counted back from another year", () => {
  const years = (text: string, date: string) => read(text, date).map((f) => [f.value, f.kind, f.year]);

  it("dates 'the previous year' and 'the prior year' from the year the sentence names, not from the report", () => {
    expect(
      years(
        "In 2023, the city's biotech market was worth over 800 billion yuan, up from 650 billion yuan of the previous year.",
        "2024-03-02",
      ),
    ).toEqual([
      [800_000_000_000, "actual", 2023],
      [650_000_000_000, "actual", 2022],
    ]);
    expect(
      years(
        "Exports came to 120 billion yuan in 2021, against 110 billion yuan in the prior year, the bureau said.",
        "2024-01-09",
      ),
    ).toEqual([
      [120_000_000_000, "actual", 2021],
      [110_000_000_000, "actual", 2020],
    ]);
  });

  it("keeps a rate of change in its own year when it is compared with a figure of the year before", () => {
    const facts = read(
      "The county posted per capita GDP of 190,000 yuan in 2023, up 4 percent from the figure of 182,000 yuan in the " +
        "year before.",
      "2024-03-20",
    );
    expect(facts.map((f) => [f.value, f.measure, f.year])).toEqual([
      [190_000, "level", 2023],
      [0.04, "growth", 2023],
      [182_000, "level", 2022],
    ]);
  });

  it("does not date a figure by the year of the number it is compared with", () => {
    const text =
      "Investment in the listed works will be 230 billion yuan this year, a rise of 6 percent over the planned " +
      "figure for 2023.\n\nThe list holds 180 projects in all.";
    expect(years(text, "2024-02-11")).toEqual([
      [230_000_000_000, "target", 2024],
      [0.06, "target", 2024],
      [180, "actual", 2024],
    ]);
  });
});

describe("a bare growth rate of a place, and 'the rate' after it", () => {
  const rates = (text: string, date: string) =>
    read(text, date).map((f) => [f.indicator, f.kind, f.year, f.period && [f.period.from, f.period.to], f.value]);

  it("reads a place's growth rate as its GDP growth, and 'the rate' in the next sentence as the same series", () => {
    expect(
      rates(
        "In 2024, Shanghai posted a growth rate of 4.9 percent in the first quarter. Then its growth rate slowed " +
          "to 4.6 percent in the January-June period.",
        "2024-09-02",
      ),
    ).toEqual([
      ["GDP_GROWTH", "actual", 2024, [1, 3], 0.049],
      ["GDP_GROWTH", "actual", 2024, [1, 6], 0.046],
    ]);
  });

  it("takes the city or the municipality as the place, after a short opener", () => {
    expect(
      rates("Overall, the city recorded an annual growth rate of about 5.2 percent in 2023.", "2024-01-25"),
    ).toEqual([["GDP_GROWTH", "actual", 2023, null, 0.052]]);
    expect(
      rates(
        "In 2022, the municipality logged a growth rate of 3 percent. Its growth rate fell to 2.1 percent in the fourth quarter.",
        "2023-02-08",
      ),
    ).toEqual([
      ["GDP_GROWTH", "actual", 2022, null, 0.03],
      ["GDP_GROWTH", "actual", 2022, [10, 12], 0.021],
    ]);
  });

  it("leaves a rate that is not a place's growth, or one far from any linked series, unlinked", () => {
    expect(rates("Exporters posted a growth rate of 7 percent in 2023.", "2024-02-01")[0][0]).toBeNull();
    const far =
      "The city's GDP grew 5 percent in 2023. Ports were busy. Air travel recovered. The rate rose 9 percent.";
    expect(rates(far, "2024-02-01").map((f) => f[0])).toEqual(["GDP_GROWTH", null]);
  });

  it("dates a yearless quarter that ends in the month of a story on last year to the year before", () => {
    expect(
      rates(
        "The bureau put out its review of the economy in 2022 on Wednesday.\n\n" +
          "Shanghai registered a growth rate of 3.1 percent in the first quarter.",
        "2023-03-23",
      ),
    ).toEqual([["GDP_GROWTH", "actual", 2022, [1, 3], 0.031]]);
    expect(rates("In the first quarter, 300 projects were signed in the city.", "2024-03-29")).toEqual([
      [null, "signing", 2024, [1, 3], 300],
    ]);
  });
});

describe("the same quantity restated", () => {
  const linked = (text: string, date: string) =>
    read(text, date).map((f) => [f.indicator, f.kind, f.year, f.value, f.comparator]);

  it("unlinks a standfirst's bound when the body gives the exact figure it rounds", () => {
    const text =
      "With GDP per capita above 150,000 yuan in 2023 for the first time, the district has done well.\n\n" +
      "The district's GDP per capita came to 150,800 yuan in 2023, the bureau said.";
    expect(linked(text, "2024-03-10")).toEqual([
      [null, "actual", 2023, 150_000, ">"],
      ["GDP_PC", "actual", 2023, 150_800, "="],
    ]);
  });

  it("unlinks a later bound of the exact figure too, and keeps a bound the exact figure does not round", () => {
    const text =
      "Shanghai's biomedicine industry reached 812.4 billion yuan in 2023. Its scale thus topped 810 billion yuan." +
      "\n\nThe biomedicine industry has exceeded 780 billion yuan, a forum heard in 2023.";
    const facts = linked(text, "2024-04-02");
    expect(facts.map((f) => [f[0], f[3]])).toEqual([
      ["BIO", 812_400_000_000],
      [null, 810_000_000_000],
      ["BIO", 780_000_000_000],
    ]);
  });

  it("keeps a headline's bound linked, and reads a headline's infinitive as a goal", () => {
    const text =
      "Shanghai GDP tops 4.7 trillion yuan in 2023\n\nThe city's GDP reached 4.72 trillion yuan in 2023.\n\n" +
      "Mayor sets out plans for 2024, GDP to grow over 6%\n\nGDP is expected to grow about 6 percent in 2024.";
    const all = read(text, "2024-01-20");
    expect(all.filter((f) => f.unit === "CNY").map((f) => [f.indicator, f.value, f.comparator])).toEqual([
      ["GDP", 4_700_000_000_000, ">"],
      ["GDP", 4_720_000_000_000, "="],
    ]);
    const facts = all.filter((f) => f.value === 0.06);
    expect(facts.map((f) => [f.indicator, f.kind, f.year, f.comparator])).toEqual([
      ["GDP_GROWTH", "target", 2024, ">"],
      ["GDP_GROWTH", "target", 2024, "~"],
    ]);
  });
});

describe("a year's list of planned works", () => {
  const kinds = (text: string, date: string) => read(text, date).map((f) => [f.value, f.kind, f.year]);

  it("reads works planned, scheduled or arranged for this year as the year's targets", () => {
    expect(
      kinds(
        "Of the list, 12 new projects are planned for this year. The scheduled investment for the whole year is " +
          "about 180 billion yuan. This year the city has arranged 150 major projects.",
        "2025-02-14",
      ),
    ).toEqual([
      [12, "target", 2025],
      [180_000_000_000, "target", 2025],
      [150, "target", 2025],
    ]);
  });

  it("keeps a plan reported as met, or a past year's plan, as an actual", () => {
    expect(kinds("The planned output for the whole year reached 95 billion yuan.", "2025-02-14")).toEqual([
      [95_000_000_000, "actual", 2025],
    ]);
    expect(kinds("In 2023 the city arranged 140 major projects.", "2025-02-14")).toEqual([[140, "actual", 2023]]);
  });
});

describe("a past year told in the future, and a hope", () => {
  const kinds = (text: string, date: string) => read(text, date).map((f) => [f.value, f.kind, f.year]);

  it("reads 'will' of a year before the report as that year's actual figure", () => {
    expect(kinds("The province's GDP in 2023 will reach 1.2 trillion yuan.", "2024-03-30")).toEqual([
      [1_200_000_000_000, "actual", 2023],
    ]);
    expect(kinds("Exports for 2022 will total 30 billion yuan, the bureau said.", "2023-05-11")).toEqual([
      [30_000_000_000, "actual", 2022],
    ]);
  });

  it("keeps a goal set for a past year, told with 'would' or 'by', a target", () => {
    expect(kinds("The plan said output would reach 50 billion yuan by 2022.", "2023-06-01")).toEqual([
      [50_000_000_000, "target", 2022],
    ]);
  });

  it("reads what a city hopes to keep this year as a target", () => {
    expect(
      kinds("The city hopes to keep its use of foreign capital at US$20 billion this year.", "2025-02-17"),
    ).toEqual([[20_000_000_000, "target", 2025]]);
  });
});
