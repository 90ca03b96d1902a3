// What a city's innovation, consumption and land reports count: drugs and medical devices approved, products,
// large models filed, scenarios, stores, papers, patent applications, monitoring sections, areas (亩, 平方米), and
// money per unit of land. A noun before another head noun (大模型企业) only qualifies it.
// All sentences are our own, in the style of the reports read.
import { extractChinese } from "../src/core/extract/zh";
import type { Fact } from "../src/core/types";
import { oneWithValue } from "./helpers/read-facts";

const read = (text: string, date = "2025-03-10", region = "Shanghai"): Fact[] =>
  extractChinese(text, { doc: "zh.txt", date, region });

describe("counts of the nouns innovation reports count", () => {
  it.each([
    ["2024年，本市共有7款国产一类创新药获批上市。", 7, "drugs", "7款国产一类创新药"],
    ["2024年，全市新增5款第三類創新醫療器械獲批上市。", 5, "devices", "5款第三類創新醫療器械"],
    ["2024年以来，本市已有6款药品在海外获批上市。", 6, "drugs", "6款药品"],
    ["2024年，本市获批上市的一类创新药达12个，占全国15%。", 12, "drugs", "创新药达12个"],
    ["2024年，本市获批上市第三类创新医疗器械38个。", 38, "devices", "医疗器械38个"],
    ["在基因治疗领域，本市有3款产品上市。", 3, "products", "3款产品"],
    ["2024年，全区备案大模型数量达48个。", 48, "models", "模型数量达48个"],
    ["今年将培育打造15个数字消费新场景。", 15, "scenarios", "15个数字消费新场景"],
    ["2024年，全市离境退税商店达到1500家。", 1500, "stores", "商店达到1500家"],
    ["2024年，全区12个水质考核断面优Ⅲ类比例保持100%。", 12, "monitoring sections", "12个水质考核断面"],
  ])("%s", (text, value, unit, quote) => {
    const fact = oneWithValue(read(text), value);
    expect(fact).toMatchObject({ unit, measure: "level" });
    expect(fact.quote).toContain(quote.slice(-4));
  });

  it("a noun before another head noun qualifies it: 大模型企业 are enterprises, 创新药企业 too", () => {
    const facts = read("2024年，全区集聚500家大模型企业、120家创新药企业。");
    expect(oneWithValue(facts, 500).unit).toBe("enterprises");
    expect(oneWithValue(facts, 120).unit).toBe("enterprises");
  });

  it("篇 counts papers, wherever the noun is", () => {
    const facts = read("本市在顶级期刊的发文量持续增长，2024年分别达81篇和47篇。");
    expect(oneWithValue(facts, 81)).toMatchObject({ unit: "papers", year: 2024 });
    expect(oneWithValue(facts, 47)).toMatchObject({ unit: "papers", year: 2024 });
  });

  it("款 with no noun we count is no figure", () => {
    expect(read("今年，公司推出3款游戏。").filter((f) => f.value === 3)).toHaveLength(0);
  });
});

describe("areas and money per unit of land", () => {
  it("亩 and 平方米 are areas", () => {
    expect(oneWithValue(read("2024年，全镇盘活低效产业用地186亩。"), 186).unit).toBe("mu");
    expect(oneWithValue(read("今年将完成15万平方米旧住房成套改造。"), 15e4).unit).toBe("square metres");
  });

  it("money per square kilometre is a density", () => {
    const fact = oneWithValue(read("2024年，园区单位土地面积税收产出达12.4亿元/平方公里。"), 12.4e8);
    expect(fact).toMatchObject({ unit: "yuan per square kilometre", indicator: null });
  });
});

describe("counts per 10,000 people", () => {
  it.each(["2024年，每万人口高价值发明专利拥有量达到52件。", "2024年，全市每万人口拥有发明专利52件。"])(
    "%s",
    (text) => {
      expect(oneWithValue(read(text), 52)).toMatchObject({ unit: "patents per 10,000 residents", year: 2024 });
    },
  );

  it("a count with no 每万人 before it stays a count", () => {
    expect(oneWithValue(read("2024年，全市发明专利授权量达到5200件。"), 5200).unit).toBe("patents");
  });
});
