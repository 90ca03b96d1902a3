import { fact, readFields } from "./helpers/read-facts";

/** Issue 8, phenomenon 6: whose figure it is — comparisons, rankings and national totals keep their own region. */
describe("whose figure", () => {
  it("gives a comparison's figures to the place it names, growth included", () => {
    expect(
      readFields("Anhui province, by comparison, made 512,000 NEVs in the first half, up 38 percent.", "2025-07-20"),
    ).toEqual([
      fact({ value: 512000, unit: "vehicles", region: "Anhui", year: 2025, period: { from: 1, to: 6 } }),
      fact({ value: 0.38, unit: "ratio", measure: "growth", region: "Anhui", year: 2025, period: { from: 1, to: 6 } }),
    ]);
  });

  it("reads 'contributing 16 percent of China's output' as the city's share of China", () => {
    expect(
      readFields(
        "Shanghai produced 402,500 NEVs in the first half, contributing 12 percent of China's output.",
        "2025-07-20",
      ),
    ).toEqual([
      fact({ value: 402500, unit: "vehicles", indicator: "NEV", year: 2025, period: { from: 1, to: 6 } }),
      fact({ value: 0.12, unit: "ratio", measure: "share", year: 2025, period: { from: 1, to: 6 } }),
    ]);
  });

  it("keeps a ranking's places out of the figure ('ranking third after Shanghai')", () => {
    expect(
      readFields(
        "In 2024, Hefei produced 780,000 NEVs, up 52 percent, ranking third after Shanghai and Shenzhen.",
        "2025-02-01",
      ),
    ).toEqual([
      fact({ value: 780000, unit: "vehicles", region: "Hefei", year: 2024 }),
      fact({ value: 0.52, unit: "ratio", measure: "growth", region: "Hefei", year: 2024 }),
    ]);
  });

  it("gives national totals to China, not to the story's city", () => {
    expect(
      readFields(
        "Nationwide, NEV production reached 5.9 million units in H1, and China's chip output rose 9 percent.",
        "2025-07-20",
      ),
    ).toEqual([
      fact({ value: 5.9e6, unit: "vehicles", region: "China", year: 2025, period: { from: 1, to: 6 } }),
      fact({ value: 0.09, unit: "ratio", measure: "growth", region: "China", year: 2025, period: { from: 1, to: 6 } }),
    ]);
  });

  it("gives a rival's possessive figure to the rival ('surpassing Shanghai's 988,600')", () => {
    expect(
      readFields("Xi'an produced 1.02 million NEVs in 2022, surpassing Shanghai's 988,600.", "2023-02-01").map((f) => [
        f.value,
        f.region,
      ]),
    ).toEqual([
      [1.02e6, "Xi'an"],
      [988600, "Shanghai"],
    ]);
  });

  it("gives the national production of NEVs to China, not to Shanghai's series", () => {
    expect(
      readFields("Last year the national production of NEVs stood at 11.2 million vehicles.", "2025-03-02"),
    ).toEqual([fact({ value: 11.2e6, unit: "vehicles", region: "China", year: 2024 })]);
  });

  it("counts another city's 'units' in the vehicles the sentence named before", () => {
    expect(
      readFields(
        "Guangzhou made 930,000 NEVs in the first half, while Ningbo came next with 402,000 units.",
        "2025-07-20",
      )[1],
    ).toEqual(fact({ value: 402000, unit: "vehicles", region: "Ningbo", year: 2025, period: { from: 1, to: 6 } }));
  });
});

describe("whose figure it is, in relative clauses and comparisons", () => {
  it("gives the figures of ', which made' and ', whose industry reached' to the place before them", () => {
    const facts = readFields(
      "That would put the Anhui capital ahead of Chongqing, which made 0.93 million NEVs in the first three quarters.",
      "2025-11-03",
      "Hefei",
    );
    expect(facts.map((f) => [f.value, f.region, f.kind])).toEqual([[930000, "Chongqing", "actual"]]);
    const ranking = readFields(
      "Suzhou's chip industry earned 176.5 billion yuan in 2024, ranking third after Beijing, whose industry reached 301.2 billion yuan.",
      "2025-06-10",
      "Suzhou",
    );
    expect(ranking.map((f) => [f.value, f.region])).toEqual([
      [176.5e9, "Suzhou"],
      [301.2e9, "Beijing"],
    ]);
    const second = readFields(
      "Wuxi's integrated circuit industry posted revenue of 241.3 billion yuan in 2024, ranking second after Shanghai, whose industry reached 322.8 billion yuan.",
      "2025-06-10",
      "Wuxi",
    );
    expect(second.map((f) => [f.value, f.region, f.indicator])).toEqual([
      [241.3e9, "Wuxi", null],
      [322.8e9, "Shanghai", "IC"],
    ]);
  });

  it("reads the owner from the clause before the figure, not from a comparison after it", () => {
    expect(
      readFields(
        "Between January and April, Shanghai's software revenue rose 14.2 percent, well above the national growth rate of 9.8 percent.",
        "2025-05-20",
      ).map((f) => [f.value, f.region]),
    ).toEqual([
      [0.142, "Shanghai"],
      [0.098, "China"],
    ]);
    expect(
      readFields(
        "R&D spending was equivalent to 4.3 percent of GDP, against a national average of 2.6 percent and Beijing's 6.4 percent.",
        "2025-02-14",
      ).map((f) => [f.value, f.region]),
    ).toEqual([
      [0.043, "Shanghai"],
      [0.026, "China"],
      [0.064, "Beijing"],
    ]);
  });

  it("does not give a firm's figure to where it is listed or based", () => {
    expect(
      readFields(
        "A Hong Kong-listed battery maker will spend 3.2 billion yuan on a new plant in Jiading.",
        "2025-10-09",
      ),
    ).toEqual([fact({ value: 3.2e9, kind: "target", year: null })]);
  });

  it("keeps a firm's plants' output out of the city's series ('Shenjiang Auto's plants produced')", () => {
    expect(
      readFields("Last year, Donglin Auto's plants produced 312,000 NEVs in the city.", "2025-01-20").map((f) => [
        f.value,
        f.unit,
        f.indicator,
      ]),
    ).toEqual([[312000, "vehicles", null]]);
  });
});
