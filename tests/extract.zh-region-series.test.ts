// A catalog series is one region's series, in Chinese as in English: another region's figure of a series the catalog
// holds for Shanghai keeps its region and links no indicator (重庆's vehicles made are not Shanghai's NEV), while the
// city's own figure in the same sentence stays linked, and a signing at another region's event keeps its event. All
// sentences are our own.
import { extractChinese } from "../src/core/extract/zh";
import type { Fact } from "../src/core/types";
import { oneWithValue } from "./helpers/read-facts";

const read = (text: string, date = "2025-03-10", region = "Shanghai"): Fact[] => {
  const facts = extractChinese(text, { doc: "zh.txt", date, region });
  for (const fact of facts) expect(text.slice(fact.start, fact.end)).toBe(fact.quote);
  return facts;
};

describe("another region's figure of a catalog series", () => {
  it("keeps its region and links no indicator", () => {
    const facts = read("2024年，重庆新能源汽车产量达到61.7万辆，同比增长42.3%。");
    expect(oneWithValue(facts, 61.7e4)).toMatchObject({ indicator: null, region: "Chongqing", unit: "vehicles" });
    expect(oneWithValue(facts, 0.423)).toMatchObject({ indicator: null, region: "Chongqing", measure: "growth" });
  });

  it("links the city's own figure and leaves the other places' unlinked in one sentence", () => {
    const facts = read("去年，本市软件和信息服务业营业收入1.42万亿元，北京为2.6万亿元，深圳为1.3万亿元。");
    expect(oneWithValue(facts, 1.42e12)).toMatchObject({ indicator: "SOFTWARE", region: "Shanghai" });
    expect(oneWithValue(facts, 2.6e12)).toMatchObject({ indicator: null, region: "Beijing" });
    expect(oneWithValue(facts, 1.3e12)).toMatchObject({ indicator: null, region: "Shenzhen" });
  });

  it("reads the nation's rate a city's is compared with as the nation's, with no indicator", () => {
    const facts = read("2024年，全市地区生产总值增长5.1%，高于全国4.9%的增速。");
    expect(oneWithValue(facts, 0.051)).toMatchObject({ indicator: "GDP_GROWTH", region: "Shanghai" });
    expect(oneWithValue(facts, 0.049)).toMatchObject({ indicator: null, region: "China", measure: "growth" });
  });

  it("reads a document of another region the same way", () => {
    const facts = read("全市集成电路产业规模突破900亿元。", "2025-03-10", "Chongqing");
    expect(oneWithValue(facts, 900e8)).toMatchObject({ indicator: null, region: "Chongqing" });
  });
});

describe("signings at another region's event", () => {
  it("keep the event's link", () => {
    const facts = read("2021年智博会开幕式上，重庆集中签约重大项目92个，总投资2500亿元。", "2021-08-24", "Chongqing");
    expect(facts.filter((f) => f.kind === "signing").map((f) => [f.indicator, f.region])).toEqual([
      ["SCE2021", "Chongqing"],
      ["SCE2021", "Chongqing"],
    ]);
  });
});
