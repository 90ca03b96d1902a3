// Chinese figures of a carmaker written by its brand and 汽车 (某某汽车前10个月…, …汽车1-9月生产…): the output and
// its growth are the company's, no place's NEV series; a place's or the city's 汽车 figures stay the place's.
// All sentences are our own.
import { extractChinese } from "../src/core/extract/zh";
import type { Fact } from "../src/core/types";

const read = (text: string, date = "2024-11-20", region = "Chongqing"): Fact[] => {
  const facts = extractChinese(text, { doc: "zh.txt", date, region });
  for (const fact of facts) expect(text.slice(fact.start, fact.end)).toBe(fact.quote);
  return facts;
};
const valued = (facts: Fact[], value: number) =>
  facts.find((f) => f.value !== null && Math.abs(f.value - value) < 1e-6);

describe("a carmaker's own output", () => {
  it("leaves a brand's vehicles made over a span and their growth unlinked", () => {
    const facts = read("据了解,东风汽车前10个月累计产销新能源汽车28万辆,同比增长61.2%。");
    expect(valued(facts, 280000)!.indicator).toBeNull();
    expect(valued(facts, 0.612)!.indicator).toBeNull();
  });

  it("does so with a month range and another verb", () => {
    const facts = read("奇瑞汽车1-9月生产新能源汽车33.6万辆,增长2.1倍。");
    expect(valued(facts, 336000)!.indicator).toBeNull();
    expect(facts.every((f) => f.indicator === null)).toBe(true);
  });

  it("does so when the brand opens the sentence with 全年", () => {
    const facts = read("长城汽车全年生产新能源汽车25万辆,占其总产量的三成。");
    expect(valued(facts, 250000)!.indicator).toBeNull();
  });

  it("keeps the city's and a province's vehicle output as theirs", () => {
    const city = read("今年全市汽车累计产量达到180万辆,其中新能源汽车产量52万辆。");
    // (Chongqing's and Sichuan's output: other regions' than Shanghai's series, so no indicator)
    expect(valued(city, 520000)).toMatchObject({ indicator: null, region: "Chongqing", unit: "vehicles" });
    const place = read("1-10月,四川汽车产量增长8%,新能源汽车产量增长36%。");
    expect(valued(place, 0.36)).toMatchObject({ indicator: null, region: "Sichuan", measure: "growth" });
  });
});
