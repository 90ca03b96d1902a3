// A district's or zone's own figure is none of the city's series (the catalog's series are the whole city's), as the
// English side reads "the biomedicine industry in Pudong". All sentences are our own.
import { read, oneWithValue } from "./helpers/read-facts";

describe("a district named before the figure, in the city's story", () => {
  it("leaves a district's output and its growth unlinked", () => {
    const text = "2024年，浦东新区地区生产总值达到1.75万亿元，增长5.8%。";
    const facts = read(text, "2025-01-20");
    expect(oneWithValue(facts, 1.75e12)).toMatchObject({ indicator: null, kind: "actual", year: 2024, quote: text });
    expect(oneWithValue(facts, 0.058)).toMatchObject({
      indicator: null,
      kind: "actual",
      measure: "growth",
      year: 2024,
    });
  });

  it("does so for a district written after its city and in traditional script", () => {
    for (const text of ["上海闵行区集成电路产业规模突破320亿元。", "上海閔行區集成電路產業規模突破320億元。"])
      expect(oneWithValue(read(text, "2025-06-20"), 3.2e10)).toMatchObject({ indicator: null, comparator: ">" });
  });

  it("keeps the city's figure when the city is named after the district", () => {
    const text = "松江区新落地一批重点项目，全市集成电路产业规模达到3200亿元。";
    expect(oneWithValue(read(text, "2025-06-20"), 3.2e11)).toMatchObject({ indicator: "IC", kind: "actual" });
  });

  it("keeps the city's figure when a district is only where something is held", () => {
    const text = "在临港举行的发布会上透露，今年上半年全市生物医药产业规模达到5200亿元。";
    expect(oneWithValue(read(text, "2025-07-20"), 5.2e11)).toMatchObject({
      indicator: "BIO",
      period: { from: 1, to: 6 },
    });
  });
});

describe("a district's economy and its comparable growth", () => {
  it("leaves a district's economy growing unlinked, in the city's story or its own", () => {
    const fact = oneWithValue(read("今年上半年徐汇区经济同比增长6.3%。", "2025-07-20"), 0.063);
    expect(fact).toMatchObject({ indicator: null, measure: "growth", period: { from: 1, to: 6 } });
    const own = read("上半年，全区地区生产总值达到1350.2亿元，可比增长5.1%。", "2025-07-29", "Qingpu");
    expect(own.filter((f) => f.indicator)).toEqual([]);
  });
});

describe("a district's own story (the document's region is the district)", () => {
  it("leaves the district's output, R&D share and growth unlinked", () => {
    const text =
      "“十四五”期间，全区生产总值突破2000亿元；研发经费支出占GDP比重达5%左右，保持全市前列；2024年生产总值增长6.2%。";
    const facts = read(text, "2025-10-20", "Songjiang");
    expect(oneWithValue(facts, 2e11)).toMatchObject({ indicator: null, region: "Songjiang" });
    expect(oneWithValue(facts, 0.05)).toMatchObject({ indicator: null, measure: "share" });
    expect(oneWithValue(facts, 0.062)).toMatchObject({ indicator: null, measure: "growth", year: 2024 });
  });

  it("a city named for a rank the district holds does not make the figure the city's", () => {
    const facts = read("全区经济总量位居上海各区前列，人均GDP突破30万元。", "2025-10-20", "Xuhui");
    expect(oneWithValue(facts, 3e5).indicator).toBeNull();
  });

  it("links the city's figure when the sentence names the city as its owner", () => {
    const facts = read("2024年，上海全市生产总值增长5%。", "2025-01-20", "Minhang");
    expect(oneWithValue(facts, 0.05)).toMatchObject({ indicator: "GDP_GROWTH", year: 2024 });
  });
});

describe("全市 in the figure's clause is the document's own city, not the nation an earlier clause named", () => {
  it("gives the city's growth after 在全国率先… to the city", () => {
    const text = "在全国率先建成“双万兆城市”，今年前三季度全市地区生产总值同比增长5.2%。";
    expect(oneWithValue(read(text, "2025-10-25"), 0.052)).toMatchObject({
      indicator: "GDP_GROWTH",
      region: "Shanghai",
      kind: "actual",
      year: 2025,
      period: { from: 1, to: 9 },
    });
  });

  it("gives it the district's city in a district's story, and keeps the nation's own figure the nation's", () => {
    const own = read("在全国率先实现全域数字化转型，全市生产总值增长5%。", "2025-02-20", "Minhang");
    expect(oneWithValue(own, 0.05)).toMatchObject({ indicator: "GDP_GROWTH", region: "Shanghai", year: 2024 });
    const nation = read("全国经济增长5.0%，全市生产总值增长5.3%，高于全国0.3个百分点。", "2025-01-25");
    expect(oneWithValue(nation, 0.05)).toMatchObject({ region: "China" });
    expect(oneWithValue(nation, 0.053)).toMatchObject({ indicator: "GDP_GROWTH", region: "Shanghai" });
  });
});
