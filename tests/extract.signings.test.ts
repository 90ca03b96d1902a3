import { fact, read, readFields } from "./helpers/read-facts";

/** Issue 8, phenomenon 5: what a signing story reports that is not signed, and later editions of events. */
describe("signing stories", () => {
  const story = [
    "Shanghai on Friday signed 298 major projects with a combined investment of 512.4 billion yuan at the 2026 Global Investment Promotion Conference.",
    "Among them, 74 projects were in integrated circuits, worth 160.2 billion yuan.",
    "A policy package unveiled at the event offers 90 billion yuan of credit lines, and a 20-billion-yuan fund will back biotech start-ups.",
    "The city's foreign direct investment in actual use reached 22.1 billion U.S. dollars last year, up 3.4 percent.",
    "The city's AI industry reached a scale of 480 billion yuan last year.",
    "A Singapore-based investor pledged 6 billion yuan for a logistics hub in Lingang.",
  ].join("\n\n");

  it("keys the edition's signings and breakdowns by the series and the year of the edition", () => {
    const facts = read(story, "2026-03-28");
    expect(facts.slice(0, 4).map((f) => [f.indicator, f.kind, f.year, f.value, f.unit, f.region])).toEqual([
      ["GIPC2026", "signing", 2026, 298, "projects", "Shanghai"],
      ["GIPC2026", "signing", 2026, 512.4e9, "CNY", "Shanghai"],
      ["GIPC2026", "signing", 2026, 74, "projects", "Shanghai"],
      ["GIPC2026", "signing", 2026, 160.2e9, "CNY", "Shanghai"],
    ]);
  });

  it("keeps a policy package's credit lines and funds, FDI and an industry's scale out of the signings", () => {
    const facts = read(story, "2026-03-28")
      .slice(4)
      .map((f) => ({ ...f, quote: "", start: 0, end: 0, doc: "" }));
    expect(facts).toMatchObject([
      // a package's money is planned; with no year in the text its year stays unknown
      fact({ value: 90e9, kind: "target", year: null }),
      fact({ value: 20e9, kind: "target", year: null }),
      fact({ value: 22.1e9, unit: "USD", year: 2025 }),
      fact({ value: 0.034, unit: "ratio", measure: "growth", year: 2025 }),
      fact({ value: 480e9, indicator: "AI", year: 2025 }),
      fact({ value: 6e9, kind: "signing", year: 2026, indicator: null, subject: "A Singapore-based investor" }),
    ]);
  });

  it("takes the edition's year from the document date when the text gives none", () => {
    expect(
      readFields(
        "At this year's Smart China Expo, 96 projects worth 210 billion yuan were signed.",
        "2025-08-30",
        "Chongqing",
      ).map((f) => [f.indicator, f.year, f.region]),
    ).toEqual([
      ["SCE2025", 2025, "Chongqing"],
      ["SCE2025", 2025, "Chongqing"],
    ]);
  });

  it("keeps another city's investment promotion conference out of Shanghai's GIPC series", () => {
    const text = [
      "The 2026 Hangzhou Global Investment Promotion Conference signed 215 projects worth 640 billion yuan on Friday.",
      "Among them, 58 projects were in AI.",
    ].join("\n\n");
    expect(readFields(text, "2026-05-09", "Hangzhou").map((f) => [f.indicator, f.kind, f.value, f.region])).toEqual([
      [null, "signing", 215, "Hangzhou"],
      [null, "signing", 640e9, "Hangzhou"],
      [null, "signing", 58, "Hangzhou"],
    ]);
  });

  it("reads projects put in place as actuals and their size class as no figure", () => {
    const text = [
      "Shanghai opened its 2027 Global Investment Promotion Conference on Tuesday, where 240 projects worth 380 billion yuan were signed.",
      "Last year, about 1,600 projects worth over 100 million yuan were implemented in the city.",
      "There were 47 projects with a contract value of more than 5 billion yuan each.",
    ].join("\n\n");
    expect(readFields(text, "2027-04-13").map((f) => [f.indicator, f.kind, f.value])).toEqual([
      ["GIPC2027", "signing", 240],
      ["GIPC2027", "signing", 380e9],
      [null, "actual", 1600],
      ["GIPC2027", "signing", 47],
    ]);
  });

  it("dates an edition given by its ordinal from the first edition's year, and carries it through the paragraph", () => {
    const text = [
      "The Smart China Expo was first held in 2018 in Chongqing.",
      "At the second SCE, 412 projects were signed. Their contract value came to 503 billion yuan.",
      "The 2020 SCE went online. Some 65 projects were signed, with an investment of 188 billion yuan.",
    ].join("\n\n");
    expect(readFields(text, "2021-08-01", "Chongqing").map((f) => [f.indicator, f.year, f.value])).toEqual([
      ["SCE2019", 2019, 412],
      ["SCE2019", 2019, 503e9],
      ["SCE2020", 2020, 65],
      ["SCE2020", 2020, 188e9],
    ]);
  });

  it("gives a sum over several editions no edition and no year", () => {
    const text =
      "Shanghai held its 2026 Global Investment Promotion Conference on Monday. Over 420 projects were signed in the past three sessions, worth more than 900 billion yuan.";
    expect(readFields(text, "2026-03-20").map((f) => [f.indicator, f.kind, f.year, f.value])).toEqual([
      [null, "signing", null, 420],
      [null, "signing", null, 900e9],
    ]);
  });
});

describe("what a signing story reports beside its signings", () => {
  it("reads a running total since the first edition as no one edition's, and a district's signings as the event's", () => {
    const text = [
      "The 2026 Smart China Expo signed 71 projects worth 198.4 billion yuan on Monday.",
      "Since the first expo was held in 2018, the event has brought in more than 1,400 projects.",
      "Lingang Special Area signed 12 projects worth 30.1 billion yuan.",
    ].join("\n\n");
    expect(read(text, "2026-08-25", "Chongqing").map((f) => [f.indicator, f.kind, f.year, f.value])).toEqual([
      ["SCE2026", "signing", 2026, 71],
      ["SCE2026", "signing", 2026, 198.4e9],
      [null, "signing", null, 1400],
      ["SCE2026", "signing", 2026, 12],
      ["SCE2026", "signing", 2026, 30.1e9],
    ]);
  });

  it("reads size classes and shares of the signed projects ('worth more than 1 billion yuan each', 'seven in ten')", () => {
    const text = [
      "Shanghai signed 260 projects at the Global Investment Promotion Conference on Thursday.",
      "Fifty of the projects are worth more than 1 billion yuan each, and seven in ten are in advanced manufacturing.",
    ].join("\n\n");
    expect(read(text, "2026-03-26").map((f) => [f.indicator, f.value, f.unit, f.measure])).toEqual([
      ["GIPC2026", 260, "projects", "level"],
      ["GIPC2026", 50, "projects", "level"],
      ["GIPC2026", 0.7, "ratio", "share"],
    ]);
  });

  it("keeps rates of change, last year's investment and ground-breakings out of the signings", () => {
    const text = [
      "Shanghai signed 240 projects at the Global Investment Promotion Conference on Friday.",
      "The city's NEV output in January-February came to 101,000 units, a rise of 33 percent year on year.",
      "Last year, the city's industrial investment grew 9.1 percent, and 980 projects broke ground.",
      "Among them, foreign-invested projects numbered 61.",
    ].join("\n\n");
    expect(read(text, "2026-03-28").map((f) => [f.kind, f.value, f.year])).toEqual([
      ["signing", 240, 2026],
      ["actual", 101000, 2026],
      ["actual", 0.33, 2026],
      ["actual", 0.091, 2025],
      ["actual", 980, 2025],
      ["signing", 61, 2026],
    ]);
  });

  it("links no industry to a policy package's credit lines and funds", () => {
    const facts = read(
      "A policy package released with the signings offers 120 billion yuan of credit lines and will set up a 25-billion-yuan fund for AI start-ups.",
      "2026-03-28",
    );
    expect(facts.map((f) => [f.value, f.indicator, f.kind])).toEqual([
      [120e9, null, "target"],
      [25e9, null, "target"],
    ]);
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
