import { read } from "./helpers/read-facts";

/**
 * Goal lists announced in a sentence of their own, goal items named otherwise, and the other causes found on a sixth
 * set of held-out real pages (helper FIXQ-EN6). Every sentence here is written for the test.
 */
const row = (f: ReturnType<typeof read>[number]) => [f.indicator, f.kind, f.year, f.value];

describe("a goal list announced in a sentence of its own", () => {
  it("reads the bullets after 'targets were also announced' as the year's goals, each with its own series", () => {
    const text =
      "At the session, several key development targets were also announced.\n\n" +
      "  • Keeping the urban unemployment rate within 5.5 percent and creating over 600,000 jobs.\n\n" +
      "  • Holding the consumer price rise at about 2 percent.\n\n" +
      "  • Investing 230 billion yuan in the construction of major projects.";
    expect(read(text, "2026-01-20").map(row)).toEqual([
      ["UNEMPLOYMENT", "target", 2026, 0.055],
      [null, "target", 2026, 600_000],
      ["CPI", "target", 2026, 0.02],
      ["MAJOR_PROJ_INVEST", "target", 2026, 230_000_000_000],
    ]);
  });

  it("takes the list's year from the announcing sentence, and the items may be numbered", () => {
    const text =
      "The following economic targets for 2027 have been set out.\n" +
      "1. A rise of 4 percent in the local budget.\n" +
      "2. Spending 180 billion yuan on the building of major projects.";
    expect(read(text, "2026-12-28").map(row)).toEqual([
      ["BUDGET_REV_GROWTH", "target", 2027, 0.04],
      ["MAJOR_PROJ_INVEST", "target", 2027, 180_000_000_000],
    ]);
  });

  it("gives an item's second rate the series named just before it, not the item's first", () => {
    const text =
      "The main quantitative goals were unveiled.\n\n" +
      "- Setting an economic growth target of around 5 percent and aiming to grow its local budget by 3.5 percent.";
    expect(read(text, "2025-01-15").map(row)).toEqual([
      ["GDP_GROWTH", "target", 2025, 0.05],
      ["BUDGET_REV_GROWTH", "target", 2025, 0.035],
    ]);
  });

  it("does not open a list on a sentence that only reports goals met, nor on one that goes on after the verb", () => {
    const text =
      "The major targets were announced by the mayor on Monday, who said industrial output rose 4 percent last year.";
    const facts = read(text, "2025-01-15");
    expect(facts.map((f) => [f.kind, f.value])).toEqual([["actual", 0.04]]);
  });
});

describe("a change from one level to another over the past years", () => {
  it("dates the two ends of 'rose from X to Y' by the review's span of past years", () => {
    const text =
      "The mayor said the past five years had brought the city a great leap. " +
      "Its GDP has grown from 2.1 trillion yuan to 2.9 trillion yuan.";
    expect(read(text, "2026-01-22").map(row)).toEqual([
      ["GDP", "actual", 2020, 2_100_000_000_000],
      ["GDP", "actual", 2025, 2_900_000_000_000],
    ]);
  });

  it("reads a currency code apart from its number, and 'the last three years' in the same sentence", () => {
    const text =
      "Over the last three years, the city's gross domestic product rose from RMB 3.1 trillion to RMB 3.6 trillion.";
    expect(read(text, "2024-02-10").map(row)).toEqual([
      ["GDP", "actual", 2020, 3_100_000_000_000],
      ["GDP", "actual", 2023, 3_600_000_000_000],
    ]);
  });

  it("gives each end of a ratio's change its own year and the country's region after 'Nationally,'", () => {
    const text = "Nationally, R&D spending as a share of GDP has climbed from 1.1% in 2001 to 2.5% in 2022.";
    expect(read(text, "2024-05-01").map((f) => [f.indicator, f.measure, f.year, f.value, f.region])).toEqual([
      [null, "share", 2001, 0.011, "China"],
      [null, "share", 2022, 0.025, "China"],
    ]);
  });

  it("keeps a growth rate's earlier level a growth", () => {
    const text = "The city's GDP growth rose from 4.2 percent in 2022 to 5.1 percent in 2023.";
    const [first] = read(text, "2024-02-01");
    expect([first.indicator, first.measure, first.year, first.value]).toEqual(["GDP_GROWTH", "growth", 2022, 0.042]);
  });
});

describe("goals and estimates", () => {
  it("reads 'is expecting ... growth of' as a goal", () => {
    const text =
      "Jiangsu is targeting 5 percent. Shanghai is expecting a GDP growth of around 5 percent this year, officials said.";
    expect(read(text, "2024-01-20").map((f) => [f.indicator, f.kind, f.region])).toEqual([
      [null, "target", "Jiangsu"],
      ["GDP_GROWTH", "target", "Shanghai"],
    ]);
  });

  it("reads an estimate of a year already over as its result", () => {
    const text =
      "For 2024, the city's integrated circuit industry is estimated to have grown by 12.4%, with artificial " +
      "intelligence expected to rise by 9.8%.";
    expect(read(text, "2025-02-10").map(row)).toEqual([
      ["IC", "actual", 2024, 0.124],
      ["AI", "actual", 2024, 0.098],
    ]);
  });

  it("keeps a plan's goal for a past year a target, and an estimate of this year a target", () => {
    expect(
      read("By 2024, the plan aimed for the chip industry to be expected to grow by 10 percent.", "2025-03-01").map(
        (f) => f.kind,
      ),
    ).toEqual(["target"]);
    expect(read("GDP is expected to grow by 5.2 percent in 2025.", "2025-03-01").map(row)).toEqual([
      ["GDP_GROWTH", "target", 2025, 0.052],
    ]);
  });
});

describe("a rate compared with the same months of an earlier year", () => {
  it("is no rate of the year's growth", () => {
    const text =
      "In the first quarter, the city's GDP rose 12.1 percent. Compared with January-March 2020, its GDP this " +
      "year posted an 8.3 percent rise.";
    expect(read(text, "2022-04-20").map((f) => [f.indicator, f.value])).toEqual([
      ["GDP_GROWTH", 0.121],
      [null, 0.083],
    ]);
  });

  it("nor when the comparison is written with 'against' the first half of an earlier year", () => {
    const text = "Against the first half of 2019, GDP grew 10.2 percent in the first six months of 2021.";
    expect(read(text, "2021-07-20").map((f) => [f.indicator, f.value])).toEqual([[null, 0.102]]);
  });
});

describe("signing stories: what is not the event's signing", () => {
  it("does not give projects started on a working day the conference's signings", () => {
    const text =
      "At the Global Investment Promotion Conference, 150 projects worth 300 billion yuan were signed. " +
      "On the first working day of the year, 48 major projects with a combined investment of 120 billion yuan were " +
      "launched simultaneously.";
    expect(read(text, "2024-04-12").map((f) => [f.indicator, f.kind, f.value])).toEqual([
      ["GIPC2024", "signing", 150],
      ["GIPC2024", "signing", 300_000_000_000],
      [null, "actual", 48],
      [null, "actual", 120_000_000_000],
    ]);
  });

  it("does not give one project's investment or output the conference's signing series", () => {
    const text =
      "A total of 30 projects were signed at the Global Investment Promotion Conference. " +
      "With an investment of 3 billion yuan, the project will build a plant for solid-state batteries. " +
      "Its annual output is expected to reach 8 billion yuan.";
    expect(read(text, "2025-03-26").map((f) => [f.indicator, f.value])).toEqual([
      ["GIPC2025", 30],
      [null, 3_000_000_000],
      [null, 8_000_000_000],
    ]);
  });
});

describe("a part year of a running total over the plan", () => {
  it("links the half-year growth of industrial investments but not their half-year level", () => {
    const text = "In the first half, industrial investments came to 88 billion yuan, up 14 percent year on year.";
    expect(read(text, "2024-07-20").map((f) => [f.indicator, f.measure, f.value])).toEqual([
      [null, "level", 88_000_000_000],
      ["INVEST", "growth", 0.14],
    ]);
  });

  it("still links a whole year's level", () => {
    const text = "In 2023, industrial investment reached 160 billion yuan.";
    expect(read(text, "2024-02-01").map((f) => [f.indicator, f.value])).toEqual([["INVEST", 160_000_000_000]]);
  });
});

describe("counted things named by the whole noun phrase", () => {
  it.each([
    ["The city is home to 1,050 regional headquarters of multinationals.", "regional headquarters"],
    ["Some 40 new headquarters of global firms opened.", "headquarters"],
    ["It hosts 620 foreign research and development centres.", "R&D centers"],
    ["It added 12 R&D centers in the year.", "R&D centers"],
    ["It opened 15 innovation centers.", "centers"],
    ["Grain output stayed above 690 million tonnes.", "metric tons"],
    ["Steel output reached 12 million metric tons.", "metric tons"],
    ["The city will build 60,000 units of affordable rental housing.", "housing units"],
    ["The port handled 49 million twenty-foot equivalent units last year.", "TEUs"],
    ["The plan adds 3,000 beds for elderly care.", "beds"],
    ["The city created 600,000 new posts.", "posts"],
    ["Output expanded in 30 sectors.", "sectors"],
    ["The expo held 120 forums.", "forums"],
    ["The hall covers 40,000 square metres.", "square meters"],
    ["The fleet adds 8,000 units of hydrogen fuel cell vehicles.", "vehicles"],
  ])("%s -> %s", (text, unit) => {
    expect(read(text, "2024-06-01").map((f) => f.unit)).toEqual([unit]);
  });
});

describe("a growth goal said of two places at once, and the same goal for another year", () => {
  it("records 'Both A and B set growth targets of' once, as the tracked city's economic growth, both years", () => {
    const text =
      'Both Beijing and Shanghai set growth targets of "above 5 percent" for 2024, after likewise aiming for ' +
      '"around 5.5 percent" for 2023.';
    expect(
      read(text, "2024-02-02", "China").map((f) => [f.indicator, f.kind, f.measure, f.year, f.value, f.region]),
    ).toEqual([
      ["GDP_GROWTH", "target", "growth", 2024, 0.05, "Shanghai"],
      ["GDP_GROWTH", "target", "growth", 2023, 0.055, "Shanghai"],
    ]);
  });

  it("gives a province's growth target no Shanghai series, and keeps it the province's", () => {
    const text = "Zhejiang has set an economic growth target of about 5.5 percent for 2025.";
    expect(read(text, "2025-01-20", "China").map((f) => [f.indicator, f.measure, f.region])).toEqual([
      [null, "growth", "Zhejiang"],
    ]);
  });

  it("reads a quoted second rate of a pair as the first's measure", () => {
    const text = 'Henan and Hubei set growth targets of "over 6 percent" and "about 6.5 percent", respectively.';
    expect(read(text, "2025-01-20", "China").map((f) => f.measure)).toEqual(["growth", "growth"]);
  });
});

describe("a 'respectively' list written with the serial comma", () => {
  it("splits its items at the commas only, up to the list's verb, so names with 'and' stay whole", () => {
    const text =
      "In the first quarter, industrial output rose 12 percent. Of these, chemicals and chemical products, the " +
      "automobile manufacturing industry, and computer and electronic equipment manufacturing led the rise, with " +
      "output value up 15.2 percent, 31.4 percent and 9.6 percent respectively.";
    const facts = read(text, "2022-04-20");
    expect(facts.map((f) => [f.indicator, f.value])).toEqual([
      [null, 0.12],
      [null, 0.152],
      ["AUTO_VALUE", 0.314],
      [null, 0.096],
    ]);
  });

  it("drops an opener before the items", () => {
    const text =
      "Among them, the automobile manufacturing industry, textile and garment making, and steel making grew the " +
      "fastest, with output value climbing 22.5 percent, 8.1 percent and 6 percent respectively.";
    expect(read(text, "2023-07-20").map((f) => [f.indicator, f.value])).toEqual([
      ["AUTO_VALUE", 0.225],
      [null, 0.081],
      [null, 0.06],
    ]);
  });

  it("keeps a list without the serial comma split at every 'and'", () => {
    const text =
      "The output value of automobile manufacturing, steel and petrochemicals grew 9 percent, 4 percent and 2 percent respectively.";
    expect(read(text, "2023-07-20").map((f) => [f.indicator, f.value])).toEqual([
      ["AUTO_VALUE", 0.09],
      [null, 0.04],
      [null, 0.02],
    ]);
  });
});

describe("counts whose noun stands before the number", () => {
  it("gives 'A and B ... reached X and Y respectively' the two nouns in order", () => {
    const text =
      "The regional headquarters and foreign-funded R&D centres of global firms in the city reached 905 and 540 respectively.";
    expect(read(text, "2023-01-16").map((f) => [f.value, f.unit])).toEqual([
      [905, "regional headquarters"],
      [540, "R&D centers"],
    ]);
  });

  it("gives 'bringing the total of such institutions to X and Y' the kinds just counted", () => {
    const text =
      "In all, 55 regional headquarters and 28 foreign research and development centres were set up last year, " +
      "bringing the total of such institutions to 1,031 and 603, respectively.";
    expect(read(text, "2025-01-20").map((f) => [f.value, f.unit])).toEqual([
      [55, "regional headquarters"],
      [28, "R&D centers"],
      [1031, "regional headquarters"],
      [603, "R&D centers"],
    ]);
  });

  it("reads 'the number of X surpassed an astonishing N' and 'the total number of X to N'", () => {
    expect(
      read("The number of on-site visitors surpassed an astonishing 95,000.", "2024-07-08").map((f) => [
        f.value,
        f.unit,
      ]),
    ).toEqual([[95_000, "visitors"]]);
    expect(
      read("Some 120 parks opened in the year, bringing the total number of parks to 1,010.", "2025-01-20").map((f) => [
        f.value,
        f.unit,
      ]),
    ).toEqual([
      [120, "parks"],
      [1010, "parks"],
    ]);
  });

  it("reads an acronym in brackets and a '20-foot' among a noun's modifiers", () => {
    expect(
      read("It hosts 640 foreign-invested research and development (R&D) centers.", "2025-11-01").map((f) => f.unit),
    ).toEqual(["R&D centers"]);
    expect(
      read("The port handled 49 million 20-foot equivalent units (TEUs).", "2025-01-10").map((f) => f.unit),
    ).toEqual(["TEUs"]);
  });
});
