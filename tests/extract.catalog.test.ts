import { defaultCatalog } from "../src/core/catalog";
import { extract } from "../src/core/extract";

/** Every name the extractor links goes through the document's catalog: an analyst's new indicator links at once. */
describe("linking against the document's catalog", () => {
  const robots = defaultCatalog().extend({
    indicators: [
      {
        file: "mine.json",
        text: JSON.stringify([
          {
            code: "ROBOTS",
            name: "Industrial robot output",
            aliases: ["industrial robot output", "industrial robots"],
            unit: "units",
            region: "Shanghai",
            plan: "15FYP",
            periodStart: 2026,
            periodEnd: 2030,
          },
        ]),
      },
    ],
  });

  it("links a figure to an indicator the analyst defined", () => {
    const [fact] = extract("Industrial robot output reached 85,000 units last year.", {
      doc: "x.txt",
      date: "2025-02-01",
      region: "Shanghai",
      catalog: robots,
    });
    expect(fact).toMatchObject({ indicator: "ROBOTS", value: 85000, unit: "units", year: 2024, kind: "actual" });
  });

  it("leaves it unlinked with the shipped catalog", () => {
    const [fact] = extract("Industrial robot output reached 85,000 units last year.", {
      doc: "x.txt",
      date: "2025-02-01",
      region: "Shanghai",
    });
    expect(fact).toMatchObject({ indicator: null, value: 85000, unit: "units" });
  });
});

/** A link names the series' own measure: not registrations, product output or the price of one vehicle. */
describe("links only to the measure the series defines", () => {
  const read = (text: string) =>
    extract(text, { doc: "t.txt", date: "2025-08-10", region: "Shanghai" }).map((f) => [
      f.indicator,
      f.value,
      f.unit,
      f.measure,
    ]);

  it("keeps the growth of registered or promoted NEVs out of NEV output and NEV industry value", () => {
    expect(read("In the first half, 91,300 NEVs were registered in the city, a 14 percent drop year on year.")).toEqual(
      [
        [null, 91300, "vehicles", "level"],
        [null, -0.14, "ratio", "growth"],
      ],
    );
    expect(read("The city promoted 120,400 new energy vehicles last year, up 11.5 percent.")).toEqual([
      [null, 120400, "vehicles", "level"],
      [null, 0.115, "ratio", "growth"],
    ]);
  });

  it("counts the NEVs among registered cars in vehicles without linking them", () => {
    expect(read("Of the 5.1 million registered cars in the city, 802,000 were NEVs.")[1]).toEqual([
      null,
      802000,
      "vehicles",
      "level",
    ]);
  });

  it("reads a leading industry's output growth as the industry's growth, also through 'that of'", () => {
    expect(
      read(
        "The output of integrated circuits rose 14.2 percent, and that of artificial intelligence grew 6.1 percent.",
      ),
    ).toEqual([
      ["IC", 0.142, "ratio", "growth"],
      ["AI", 0.061, "ratio", "growth"],
    ]);
  });

  it("does not read the price of one NEV or a subsidy on it as the NEV industry's value", () => {
    const facts = read("A new NEV costing 180,000 yuan may receive subsidies of 15,000 yuan.");
    expect(facts.map((f) => f[0])).toEqual([null, null]);
  });
});

/** The fields a link is checked by, for a document of that date and region. */
const readLinks = (text: string, date: string, region = "Shanghai") =>
  extract(text, { doc: "t.txt", date, region }).map((f) => ({
    indicator: f.indicator,
    value: f.value,
    kind: f.kind,
    measure: f.measure,
    year: f.year,
    quote: f.quote,
  }));

/** Which indicator a figure is about when its own clause does not name one (issue 8, real pages). */
describe("links a figure through what its sentence and paragraph named before", () => {
  it("gives a growth clause the series its sentence just linked ('…, an increase of 19.6%')", () => {
    const facts = readLinks(
      "Shanghai's biomedicine sector kept its pace. In the first half, the industry's scale topped 370 billion yuan, an increase of 19.6%.",
      "2024-06-20",
    );
    expect(facts).toEqual([
      expect.objectContaining({ indicator: "BIO", value: 370e9, kind: "actual", measure: "level", year: 2024 }),
      expect.objectContaining({ indicator: "BIO", value: 0.196, kind: "actual", measure: "growth", year: 2024 }),
    ]);
    expect(facts[1].quote).toContain("an increase of 19.6%");
  });

  it("reads 'the emerging industry' and 'the planned industry scale' as the industry the paragraph named", () => {
    const bio = readLinks(
      "The city has grown its biomedicine sector for thirty years. Today the emerging industry stands at a total scale of about 950 billion yuan.",
      "2024-06-20",
    );
    expect(bio).toEqual([
      expect.objectContaining({ indicator: "BIO", value: 950e9, kind: "actual", measure: "level", year: 2024 }),
    ]);
    expect(bio[0].quote).toContain("a total scale of about 950 billion yuan");
    const ai = readLinks(
      "Shanghai is home to 1,300 artificial intelligence companies. The planned industry scale for the year reached 410.5 billion yuan.",
      "2025-03-02",
    );
    expect(ai[1]).toEqual(
      expect.objectContaining({ indicator: "AI", value: 410.5e9, kind: "actual", measure: "level", year: 2025 }),
    );
    expect(ai[1].quote).toContain("reached 410.5 billion yuan");
  });

  it("counts vehicles in a paragraph about NEVs as NEV output, but not yuan nor a bare count", () => {
    const facts = readLinks(
      "The race to produce the most new energy vehicles has been close. In 2022, Shanghai led with 989,000 vehicles.",
      "2023-05-01",
    );
    expect(facts).toEqual([expect.objectContaining({ indicator: "NEV", value: 989000, kind: "actual", year: 2022 })]);
    expect(facts[0].quote).toContain("989,000 vehicles");
    const gdp = readLinks(
      "In 2023, the city's GDP was 4,720 billion yuan. The added value of the primary industry was 9.7 billion yuan, up 2.1 percent.",
      "2024-06-20",
    );
    expect(gdp.map((f) => f.indicator)).toEqual(["GDP", null, null]);
  });

  it("reads NEVs a city 'reached by the end of 2024' as its fleet (NEV_STOCK), not its NEV output, when nothing says they were made", () => {
    const facts = readLinks(
      "By the end of 2025, Shanghai had reached 1.62 million new-energy vehicles, a city report said today.",
      "2026-06-11",
    );
    expect(facts).toEqual([
      expect.objectContaining({ indicator: "NEV_STOCK", value: 1.62e6, kind: "actual", year: 2025 }),
    ]);
    expect(facts[0].quote).toContain("1.62 million new-energy vehicles");
  });

  it("links a sum of listed industries to none of them", () => {
    const facts = readLinks(
      "Together, Shanghai's three leading industries – artificial intelligence, integrated circuits and biomedicine – have grown to a scale of 1.9 trillion yuan.",
      "2025-01-20",
    );
    expect(facts).toHaveLength(1);
    // the three together are LEAD3's series, the clause names it (listed-members.ts); never one of the three. Told in
    // January, the scale the city's annual series has grown to is the year's just ended, as for any of its series
    expect(facts[0]).toEqual(
      expect.objectContaining({ value: 1.9e12, kind: "actual", year: 2024, indicator: "LEAD3" }),
    );
    expect(facts[0].quote).toContain("a scale of 1.9 trillion yuan");
  });

  it("still links a figure after a list of counted things to its own name", () => {
    const facts = readLinks(
      "In the period the city completed 131 high-level industrial projects, and industrial investment totalled 1.1 trillion yuan.",
      "2026-01-20",
    );
    expect(facts.map((f) => [f.indicator, f.value])).toEqual([
      ["PROJECTS", 131],
      ["INVEST", 1.1e12],
    ]);
  });
});

/** Lists read "respectively", sentences that go on about an output, and the words that make a figure planned or not. */
describe("links what a list, an 'It' or a verb says the figure is (issue 8, fresh real pages)", () => {
  it("gives the n-th figure of a 'respectively' list the n-th item's series, and none to an item without one", () => {
    const facts = readLinks(
      "Output of the city's key new products rose fast: smart watches, new energy vehicles and industrial robots grew by 2.1 times, 38.4 percent and 12.6 percent, respectively.",
      "2024-07-18",
    );
    expect(facts.map((f) => [f.indicator, f.value])).toEqual([
      [null, 2.1 - 1],
      ["NEV", 0.384],
      [null, 0.126],
    ]);
    expect(facts[1]).toEqual(expect.objectContaining({ kind: "actual", measure: "growth", year: 2024 }));
    expect(facts[1].quote).toContain("38.4 percent");
  });

  it("does not count the output value of NEVs in a list as the vehicles made", () => {
    const facts = readLinks(
      "New energy vehicles, new materials and aerospace equipment saw their output value go up by 24.5%, 9.1% and 6.3%, respectively.",
      "2024-07-18",
    );
    // listed among the emerging sectors, the vehicles are the sector: its value, not a count
    expect(facts.map((f) => [f.indicator, f.value, f.measure])).toEqual([
      ["NEV_VALUE", 0.245, "growth"],
      [null, 0.091, "growth"],
      [null, 0.063, "growth"],
    ]);
  });

  it("reads an 'It was carried by AI, which jumped …' after an industrial output figure as the member's output growth (README convention), not AI's scale", () => {
    const facts = readLinks(
      "The city's industrial output grew 4.8 percent in the first half. It was carried by artificial intelligence, which jumped 10.9 percent, and by integrated circuits with a 9.4 percent gain.",
      "2024-07-18",
    );
    expect(facts.map((f) => [f.indicator, f.value, f.measure])).toEqual([
      [null, 0.048, "growth"],
      ["AI", 0.109, "growth"],
      ["IC", 0.094, "growth"],
    ]);
    expect(facts[1].quote).toContain("jumped 10.9 percent");
  });

  it("reads 'is estimated to have hit … in 2020' as a reported figure, and 'on the verge of exceeding' as a target", () => {
    const ic = readLinks(
      "The integrated circuit sector of the city is estimated to have hit 210 billion yuan in 2020, and its AI industry scale is projected to have surpassed 160 billion yuan.",
      "2021-01-26",
    );
    expect(ic.map((f) => [f.indicator, f.value, f.kind, f.year])).toEqual([
      ["IC", 210e9, "actual", 2020],
      ["AI", 160e9, "actual", 2020],
    ]);
    expect(ic[0].quote).toContain("estimated to have hit 210 billion yuan in 2020");
    const [bio] = readLinks(
      "The scale of Shanghai's biomedicine industry is on the verge of topping 1.1 trillion yuan.",
      "2026-09-01",
    );
    expect(bio).toEqual(expect.objectContaining({ indicator: "BIO", value: 1.1e12, kind: "target" }));
    expect(bio.quote).toContain("on the verge of topping 1.1 trillion yuan");
  });

  it("links 'research and development funding' to R&D intensity", () => {
    const facts = readLinks(
      "Shanghai intends to set research and development funding at about 4.6 percent of its GDP this year, up from 3.6 percent in 2015.",
      "2026-01-20",
    );
    expect(facts.map((f) => [f.indicator, f.value, f.kind, f.measure, f.year])).toEqual([
      ["RD_GDP", 0.046, "target", "share", 2026],
      ["RD_GDP", 0.036, "actual", "share", 2015],
    ]);
    expect(facts[1].quote).toContain("up from 3.6 percent in 2015");
  });

  it("reads the 'China Smart Expo' as the Smart China Expo, and its host district's shares as no signing", () => {
    const text = [
      "The China Smart Expo opened on Monday in Chongqing, and 92 projects worth 230.5 billion yuan were signed.",
      "NEV output in the district hit 151,000 units in the first half of 2026, making up 58.3 percent of the NEVs built across Chongqing.",
    ].join("\n\n");
    const facts = readLinks(text, "2026-09-08", "Chongqing");
    expect(facts.map((f) => [f.indicator, f.kind, f.value])).toEqual([
      ["SCE2026", "signing", 92],
      ["SCE2026", "signing", 230.5e9],
      [null, "actual", 151000],
      [null, "actual", 0.583],
    ]);
  });

  it("does not read projects that kicked off construction at the conference as signed", () => {
    const text =
      "Shanghai signed 310 projects worth 520 billion yuan at the Global Investment Promotion Conference on Thursday. At the convention, 52 major industrial projects totalling 170.4 billion yuan also kicked off construction.";
    const facts = readLinks(text, "2026-06-19");
    expect(facts.map((f) => [f.indicator, f.kind, f.value])).toEqual([
      ["GIPC2026", "signing", 310],
      ["GIPC2026", "signing", 520e9],
      [null, "actual", 52],
      [null, "actual", 170.4e9],
    ]);
  });
});

/** Headlines that mistype a figure, and the years a work report or an event's name give. */
describe("keeps a link only where the figure is the series' own (headlines, the year ahead, event names)", () => {
  const facts = (text: string, date: string, region = "Shanghai") =>
    extract(text, { doc: "t.txt", date, region }).map((f) => ({
      indicator: f.indicator,
      value: f.value,
      kind: f.kind,
      year: f.year,
      quote: f.quote,
    }));

  it("unlinks a headline's figure that the body gives a thousand times larger, and keeps its other figures linked", () => {
    const text = [
      " date 2026-04-02 Investment conference sees 240 projects valued at 510 million yuan signed",
      "",
      "At the Shanghai Global Investment Promotion Conference, 240 investment projects with a combined value of 510 billion yuan were signed in front of officials.",
    ].join("\n");
    expect(facts(text, "2026-04-02").map((f) => [f.indicator, f.value])).toEqual([
      ["GIPC2026", 240],
      [null, 510e6],
      ["GIPC2026", 240],
      ["GIPC2026", 510e9],
    ]);
  });

  it("keeps a headline's rounded restatement linked ('over 200-bln yuan' over 221.4 billion)", () => {
    const text = [
      " date 2026-09-07 Smart China Expo inks deals worth over 200-bln yuan",
      "",
      "CHONGQING, Sept. 6 (Xinhua) -- Ninety projects were signed at the Smart China Expo, with contracts worth 221.4 billion yuan.",
    ].join("\n");
    const found = facts(text, "2026-09-07", "Chongqing");
    expect(found.map((f) => [f.indicator, f.value])).toEqual([
      ["SCE2026", 200e9],
      ["SCE2026", 90],
      ["SCE2026", 221.4e9],
    ]);
    expect(found[0].quote).toContain("over 200-bln yuan");
  });

  it("dates 'targets for the year ahead' in a January work report to that year", () => {
    const [rd] = facts(
      "Among the targets for the year ahead, research and development expenditure is to be kept at around 4.6 percent of GDP.",
      "2026-01-21",
    );
    expect(rd).toEqual(expect.objectContaining({ indicator: "RD_GDP", value: 0.046, kind: "target", year: 2026 }));
    expect(rd.quote).toContain("around 4.6 percent of GDP");
  });

  it("does not date a figure by the year in an event's name ('said at the 2026 … Forum')", () => {
    const found = facts(
      "Shanghai's biomedicine industry has exceeded 1 trillion yuan in size, organisers said at the 2026 Pudong Life Sciences Forum. The industry's scale came to 1.02 trillion yuan in 2025.",
      "2026-05-20",
    );
    expect(found.map((f) => [f.indicator, f.value, f.kind, f.year])).toEqual([
      ["BIO", 1e12, "actual", 2025],
      ["BIO", 1.02e12, "actual", 2025],
    ]);
    expect(found[0].quote).toContain("has exceeded 1 trillion yuan");
  });
});

describe("keeps a link to a series only in the series' own currency, subject and modality", () => {
  const read = (text: string, date: string) =>
    extract(text, { doc: "t.txt", date, region: "Shanghai" }).map((f) => [f.indicator, f.kind, f.value, f.unit]);

  it("does not link a dollar conversion to a yuan series", () => {
    const facts = read(
      "Shanghai's GDP stayed above the five-trillion-yuan mark (roughly 700 billion U.S. dollars) in 2026, for the third year running.",
      "2027-01-12",
    );
    expect(facts.filter((f) => f[3] !== "CNY").every((f) => f[0] === null)).toBe(true);
    expect(facts).toContainEqual(["GDP", "actual", 5e12, "CNY"]);
  });

  it("reads 'the service sector which rose 5.2 percent' as the sector's growth, not GDP's", () => {
    const facts = read(
      "In the first six months the city's gross domestic product came to 2.71 trillion yuan, with the service sector which rose 5.2 percent in the lead.",
      "2026-07-24",
    );
    expect(facts).toEqual([
      ["GDP", "actual", 2.71e12, "CNY"],
      [null, "actual", 0.052, "ratio"],
    ]);
  });

  it("reads what a plan 'proposed to' do as a target", () => {
    const [fact] = extract(
      "Drafted in 2025, the recommendations for the city's 15th Five-Year Plan proposed to double the size of the three leading industries.",
      { doc: "t.txt", date: "2026-03-01", region: "Shanghai" },
    );
    expect(fact).toEqual(expect.objectContaining({ indicator: "LEAD3", kind: "target", year: 2030, value: null }));
    expect(fact.relative).toEqual(expect.objectContaining({ multiple: 2 }));
  });
});

describe("keeps a signing the event's when firms are named only as examples", () => {
  it("links 'RMB35 billion … with backers including Kingdee' to the expo, not to a firm called 'RMB35'", () => {
    const text = [
      "The Smart China Expo 2026 Key Projects Signing Ceremony was held online, and 80 projects were signed.",
      "On the software side, 14 projects were signed, worth RMB35 billion in contract investment, with backers including Kingdee and Perfect World.",
    ].join("\n\n");
    const facts = extract(text, { doc: "t.txt", date: "2026-08-24", region: "Chongqing" });
    expect(facts.map((f) => [f.indicator, f.kind, f.value, f.unit])).toEqual([
      ["SCE2026", "signing", 80, "projects"],
      ["SCE2026", "signing", 14, "projects"],
      ["SCE2026", "signing", 35e9, "CNY"],
    ]);
    expect(facts[2].quote).toContain("RMB35 billion");
  });
});
