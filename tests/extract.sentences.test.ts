import { extract } from "../src/core/extract";
import type { Fact } from "../src/core/types";

/** Extraction of policy-news sentences written for these tests: other cities, years and industries. */
function read(text: string, date: string | null = "2023-06-01", region = "Shanghai"): Fact[] {
  const facts = extract(text, { doc: "test.txt", date, region });
  for (const fact of facts) expect(text.slice(fact.start, fact.end)).toBe(fact.quote);
  return facts;
}

function only(text: string, date?: string | null, region?: string): Fact {
  const facts = read(text, date, region);
  expect(facts).toHaveLength(1);
  return facts[0];
}

describe("money amounts", () => {
  it.each([
    ["The project cost 207 billion yuan.", 207e9, "CNY"],
    ["Sales reached ¥252.4 billion.", 252.4e9, "CNY"],
    ["The fund raised US$84.3 billion.", 84.3e9, "USD"],
    ["Investment came to $132 billion.", 132e9, "USD"],
    ["Revenue hit 1.5 trillion yuan.", 1.5e12, "CNY"],
    ["It announced an 800-million yuan investment plan of Acme Robotics.", 8e8, "CNY"],
    ["Exports totaled RMB 45 billion.", 45e9, "CNY"],
    ["Exports totaled USD 38 Billion.", 38e9, "USD"],
    ["The value reached 3.2bn yuan.", 3.2e9, "CNY"],
    ["A 2.5 billion euros plant was committed by BASF.", 2.5e9, "EUR"],
  ])("reads %s", (text, value, unit) => {
    const fact = only(text);
    expect(fact.value).toBeCloseTo(value as number, 0);
    expect(fact.unit).toBe(unit);
  });

  it("keeps a bracketed dollar conversion as the same fact", () => {
    const facts = read(
      "Chengdu signed 40 projects worth 90.5 billion yuan (US$13.9 billion) on Friday.",
      "2023-05-20",
      "Chengdu",
    );
    expect(facts.map((f) => [f.value, f.unit])).toEqual([
      [40, "projects"],
      [90.5e9, "CNY"],
    ]);
  });
});

describe("counts, percentages, fractions and numbers in words", () => {
  it("reads counts of vehicles with thousands separators and scale words", () => {
    const facts = read(
      "The city churned out 320,000 NEVs last year, and output should exceed 1.2 million units by 2025.",
      "2023-02-01",
      "Shanghai",
    );
    expect(facts.map((f) => [f.indicator, f.kind, f.year, f.value, f.unit, f.comparator])).toEqual([
      ["NEV", "actual", 2022, 320000, "vehicles", "="],
      ["NEV", "target", 2025, 1.2e6, "vehicles", ">"],
    ]);
  });

  it("reads numbers written in words", () => {
    const facts = read(
      "Forty-two projects were signed in Wuhan, and ten projects were signed online.",
      "2023-04-01",
      "Wuhan",
    );
    expect(facts.map((f) => f.value)).toEqual([42, 10]);
    expect(facts.every((f) => f.kind === "signing" && f.unit === "projects")).toBe(true);
  });

  it("reads percentages as fractions and tells growth from shares", () => {
    const growth = only(
      "Shanghai's integrated circuit revenue rose 15 percent year-on-year in 2022.",
      "2023-03-01",
      "Shanghai",
    );
    expect(growth).toMatchObject({ indicator: "IC", measure: "growth", value: 0.15, region: "Shanghai", year: 2022 });
    const share = only("Shanghai's R&D expenditure accounted for 3.1% of GDP in 2022.", "2023-03-01", "Shanghai");
    expect(share).toMatchObject({ indicator: "RD_GDP", measure: "share", value: 0.031, kind: "actual" });
  });

  it("reads fractions in words with their comparator", () => {
    const fact = only(
      "Knowledge-intensive services should make up at least two-thirds of services added value by 2025.",
    );
    expect(fact).toMatchObject({
      indicator: "KIS_SHARE",
      kind: "target",
      year: 2025,
      comparator: ">=",
      measure: "share",
    });
    expect(fact.value).toBeCloseTo(2 / 3, 6);
  });

  it("does not take names, ordinals and dates for figures", () => {
    expect(
      read("The 14th Five-Year Plan covers 5G and COVID-19 recovery; the expo opened on August 23 in 2021."),
    ).toEqual([]);
  });
});

describe("comparators, relative targets and years", () => {
  it.each([
    ["Output should exceed 80 billion yuan by 2025.", ">"],
    ["Output should top 80 billion yuan by 2025.", ">"],
    ["Output should be more than 80 billion yuan by 2025.", ">"],
    ["Output should be over 80 billion yuan by 2025.", ">"],
    ["Output should be at least 80 billion yuan by 2025.", ">="],
    ["Output should be about 80 billion yuan by 2025.", "~"],
    ["Output should be 80 billion yuan by 2025.", "="],
  ])("%s -> %s", (text, comparator) => {
    expect(only(text).comparator).toBe(comparator);
  });

  it("reads 'more than double' as a relative target for each industry named", () => {
    const facts = read(
      "Biomedicine and artificial intelligence in Pudong shall each more than double by the end of 2027.",
      "2024-01-01",
      "Shanghai",
    );
    expect(facts.map((f) => [f.indicator, f.kind, f.year, f.value, f.comparator, f.relative])).toEqual([
      ["BIO", "target", 2027, null, ">", { multiple: 2 }],
      ["AI", "target", 2027, null, ">", { multiple: 2 }],
    ]);
  });

  it("resolves last year, this year and plan periods against the document date", () => {
    const facts = read(
      "Software revenue reached 1.1 trillion yuan last year and is expected to hit 1.3 trillion yuan this year. Industrial investment should top 900 billion yuan during the 15th Five-Year Plan period (2026-30).",
      "2025-02-10",
    );
    expect(facts.map((f) => [f.indicator, f.kind, f.year])).toEqual([
      ["SOFTWARE", "actual", 2024],
      ["SOFTWARE", "target", 2025],
      ["INVEST", "target", 2030],
    ]);
  });

  it("dates targets set for a Five-Year Plan period by the plan's last year", () => {
    expect(
      only("By the end of the 14th Five-Year Plan period, AI output will exceed 400 billion yuan.", "2022-03-01"),
    ).toMatchObject({ indicator: "AI", kind: "target", year: 2025 });
    expect(
      only("Industrial investment should top 900 billion yuan during the 15th Five-Year Plan period.", "2025-11-01"),
    ).toMatchObject({ indicator: "INVEST", year: 2030 });
  });

  it("reads a starting point ('from 60 billion yuan in 2023') as reported, not planned", () => {
    const facts = read(
      "Smart sensors output is set to reach 100 billion yuan in 2026, from 60 billion yuan in 2023.",
      "2024-05-01",
    );
    expect(facts.map((f) => [f.indicator, f.kind, f.year, f.value])).toEqual([
      ["SENSOR", "target", 2026, 100e9],
      ["SENSOR", "actual", 2023, 60e9],
    ]);
  });

  it("tells a past 'by the end of 2022' from a future one", () => {
    expect(only("The 5G network covered 95 percent of the city by the end of 2022.", "2023-01-10").kind).toBe("actual");
  });
});

describe("what a figure is about", () => {
  it("links a money figure about vehicles to the NEV industry value", () => {
    const facts = read(
      "By 2025, the city's new-energy vehicle output should top 1.5 million, and the industry's value will exceed 500 billion yuan.",
      "2022-01-01",
    );
    expect(facts.map((f) => [f.indicator, f.unit])).toEqual([
      ["NEV", "vehicles"],
      ["NEV_VALUE", "CNY"],
    ]);
  });

  it("gives a company's figure to the company, not to the city", () => {
    const facts = read(
      "Tesla delivered 1.31 million vehicles in 2022, and Huawei has invested 7 billion yuan in its AI center.",
      "2023-01-05",
    );
    expect(facts.map((f) => [f.indicator, f.subject])).toEqual([
      [null, "Tesla"],
      [null, "Huawei"],
    ]);
  });

  it("keeps signings at unknown events unlinked but marked as signings", () => {
    const facts = read(
      "A total of 56 projects worth 120.5 billion yuan were signed at the Wuhan investment fair on Monday.",
      "2023-04-10",
      "Wuhan",
    );
    expect(facts.map((f) => [f.kind, f.indicator, f.region])).toEqual([
      ["signing", null, "Wuhan"],
      ["signing", null, "Wuhan"],
    ]);
  });

  it("keys signings at a known event by the event and the year it was held", () => {
    const facts = read(
      "At the Smart China Expo 2022, 110 projects worth 300 billion yuan were signed, up from 92 projects last year.",
      "2022-08-25",
      "Chongqing",
    );
    expect(facts.map((f) => [f.indicator, f.value])).toEqual([
      ["SCE2022", 110],
      ["SCE2022", 300e9],
      ["SCE2021", 92],
    ]);
  });
});

describe("growth, comparisons and places", () => {
  it("links a trailing 'an increase of 12.3 percent from a year earlier' to the figure before it, in its year", () => {
    const facts = read(
      "The scale of Shanghai's integrated circuit industry hit 208.5 billion yuan in 2022, an increase of 12.3 percent from a year earlier.",
      "2024-01-20",
      "Shanghai",
    );
    expect(facts.map((f) => [f.indicator, f.measure, f.year, f.value])).toEqual([
      ["IC", "level", 2022, 208.5e9],
      ["IC", "growth", 2022, 0.123],
    ]);
    expect(
      read("AI revenue hit 20 billion yuan in 2022, up 12 percent.", "2023-01-01").map((f) => [f.indicator, f.measure]),
    ).toEqual([
      ["AI", "level"],
      ["AI", "growth"],
    ]);
  });

  it("dates the figures in brackets after 'a year earlier' to that year", () => {
    const facts = read(
      "Signings at the Smart China Expo were higher than a year earlier (80 projects worth 200 billion yuan).",
      "2022-08-25",
      "Chongqing",
    );
    expect(facts.map((f) => [f.indicator, f.year])).toEqual([
      ["SCE2021", 2021],
      ["SCE2021", 2021],
    ]);
  });

  it("keeps the province's own figures in the province when the sentence mentions China", () => {
    const fact = only(
      "The province plans to become the third pole of China's IC industry, with revenue expected to exceed 400 billion yuan by 2025.",
      "2024-01-20",
      "Guangdong",
    );
    // Guangdong's IC revenue is not the catalog's IC series, which is Shanghai's
    expect(fact).toMatchObject({ indicator: null, region: "Guangdong", kind: "target", year: 2025, comparator: ">" });
    expect(
      only(
        "The city plans to become the third pole of China's IC industry, with revenue expected to exceed 400 billion yuan by 2025.",
        "2024-01-20",
        "Shanghai",
      ),
    ).toMatchObject({ indicator: "IC", region: "Shanghai" });
  });

  it("finds the company behind a figure across an apposition", () => {
    expect(
      only("BYD, headquartered in Shenzhen, sold 3.02 million NEVs last year.", "2024-01-20", "Guangdong"),
    ).toMatchObject({ indicator: null, subject: "BYD" });
  });
});

describe("past multiples, names with numbers, signed deals", () => {
  it("reads 'more than doubled last year to 350,000 units' as the level reached, not as a target or a multiple", () => {
    const facts = read(
      "The capital's new energy vehicle output more than doubled last year to 350,000 units.",
      "2024-03-05",
      "Beijing",
    );
    expect(facts.map((f) => [f.indicator, f.kind, f.measure, f.comparator, f.value, f.year])).toEqual([
      [null, "actual", "level", "=", 350000, 2023],
    ]);
  });

  it("does not count the Fortune 500 as companies, and keeps signed deals as signings", () => {
    const facts = read(
      "Wuhan signed 56 investment deals worth 102.3 billion yuan with Fortune 500 companies in the first half.",
      "2024-07-10",
      "Wuhan",
    );
    expect(facts.map((f) => [f.kind, f.value, f.unit, f.subject])).toEqual([
      ["signing", 56, "deals", "investment deals"],
      ["signing", 102.3e9, "CNY", "investment deals"],
    ]);
  });

  it("names what an unlinked amount is about", () => {
    expect(
      only(
        "The city will attract foreign investment of no less than 20 billion U.S. dollars annually.",
        "2024-03-05",
        "Beijing",
      ),
    ).toMatchObject({
      subject: "foreign investment",
      comparator: ">=",
      value: 20e9,
      unit: "USD",
      kind: "target",
    });
  });
});

describe("present-tense facts beside plans", () => {
  it("keeps 'is home to 3,000 companies' a reported figure of the report's year, in the city the text calls 'the Jiangsu city'", () => {
    const facts = read(
      "The Jiangsu city is home to more than 3,000 biomedical companies, and its output is set to double to 400 billion yuan by 2026.",
      "2024-02-01",
      "Suzhou",
    );
    expect(facts[0]).toMatchObject({
      kind: "actual",
      year: 2024,
      value: 3000,
      unit: "companies",
      comparator: ">",
      region: "Suzhou",
    });
    // Suzhou's biomedicine is not the catalog's BIO series (Shanghai's): the targets stay unlinked, in Suzhou
    expect(facts.slice(1).map((f) => [f.indicator, f.kind, f.year, f.value, f.region])).toEqual([
      [null, "target", 2026, null, "Suzhou"],
      [null, "target", 2026, 400e9, "Suzhou"],
    ]);
  });
});

describe("bad input", () => {
  it("returns no facts for empty or blank text", () => {
    expect(extract("", { doc: "empty.txt" })).toEqual([]);
    expect(extract("  \n\t ", { doc: "blank.txt" })).toEqual([]);
  });

  it("refuses a date that is not YYYY-MM-DD with a clear message", () => {
    expect(() => extract("Output reached 5 billion yuan.", { doc: "x.txt", date: "yesterday" })).toThrow(
      /date "yesterday" is not YYYY-MM-DD/,
    );
  });

  it("refuses text that is not a string", () => {
    expect(() => extract(42 as unknown as string, { doc: "x.txt" })).toThrow(/must be a string/);
  });

  it("leaves years unresolved, not guessed, when the document date is unknown", () => {
    expect(only("AI output reached 220 billion yuan last year.", null).year).toBeNull();
  });
});

describe("series definitions", () => {
  it("keeps a manufacturing output value and registered vehicles out of the scale and output series", () => {
    const facts = read(
      "The output value of IC manufacturing reached 98.2 billion yuan last year, and 120,500 NEVs were registered in the city.",
      "2024-02-01",
    );
    expect(facts.map((f) => [f.indicator, f.value])).toEqual([
      [null, 98.2e9],
      [null, 120500],
    ]);
  });
});
