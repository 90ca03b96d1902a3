// Chinese sentences that name their subject in parts, compare it with the nation, sum several regions, write the
// size of a fall, or carry pinyin inside words. All sentences are our own, in the style of the releases read.
import { extractChinese } from "../src/core/extract/zh";
import { fold } from "../src/core/extract/zh/text";
import type { Fact } from "../src/core/types";
import { oneWithValue } from "./helpers/read-facts";

const read = (text: string, date = "2024-11-20", region = "Shanghai"): Fact[] =>
  extractChinese(text, { doc: "zh.txt", date, region });
const quoted = (text: string, fact: Fact) => expect(text.slice(fact.start, fact.end)).toBe(fact.quote);

describe("the size of a fall (降幅, 跌幅)", () => {
  it("降幅 before a spaced number is a fall of that size, and a ratio per unit of output is not the output", () => {
    const text = "去年全市万元工业增加值用水量降幅达到 6.5%，单位地区生产总值能耗降幅超过 2%。";
    const facts = read(text, "2025-03-10");
    const water = oneWithValue(facts, -0.065);
    expect(water).toMatchObject({ unit: "ratio", measure: "growth", comparator: "=", indicator: null, year: 2024 });
    const energy = oneWithValue(facts, -0.02);
    expect(energy).toMatchObject({ unit: "ratio", comparator: ">", indicator: null, year: 2024 });
    quoted(text, energy);
    expect(energy.quote).toContain("降幅超过 2%");
  });

  it("跌幅收窄至… is the fall's new size", () => {
    const fact = read("前三季度，全市汽车出口额跌幅收窄至1.8%。")[0];
    expect(fact).toMatchObject({ value: -0.018, measure: "growth", period: { from: 1, to: 9 }, year: 2024 });
  });
});

describe("pinyin a converter wrote inside words (工業(yè)投資)", () => {
  it("is read past, and quotes stay verbatim at the original offsets", () => {
    const text = "今年前三季度，全市工業(yè)投資(zī)同比增長(zhǎng)9.4%。全年簽約項(xiàng)目(mù)2156個(gè)。";
    expect(fold(text)).toHaveLength(text.length);
    const facts = read(text);
    const invest = oneWithValue(facts, 0.094);
    expect(invest).toMatchObject({ indicator: "INVEST", measure: "growth", period: { from: 1, to: 9 }, year: 2024 });
    quoted(text, invest);
    expect(invest.quote).toContain("工業(yè)投資(zī)同比增長(zhǎng)9.4%");
    const projects = oneWithValue(facts, 2156);
    expect(projects.unit).toBe("projects");
    quoted(text, projects);
  });

  it("leaves brackets that are no pinyin alone", () => {
    const text = "集成电路(含设计)产业规模达到2400亿元。";
    expect(fold(text)).toBe(text);
  });
});

describe("产销 pairs given their growth after them", () => {
  it("同比分别增长A和B after 产销分别…: A is the output's growth, B the sales'", () => {
    const text = "1至8月，我市新能源汽车产销分别达到41.2万辆和39.8万辆，比上年同期分别增长18.6%和15.3%。";
    const facts = read(text);
    expect(oneWithValue(facts, 412000)).toMatchObject({
      indicator: "NEV",
      unit: "vehicles",
      period: { from: 1, to: 8 },
    });
    expect(oneWithValue(facts, 398000).indicator).toBeNull();
    const growth = oneWithValue(facts, 0.186);
    expect(growth).toMatchObject({ indicator: "NEV", measure: "growth", year: 2024, period: { from: 1, to: 8 } });
    quoted(text, growth);
    expect(oneWithValue(facts, 0.153).indicator).toBeNull();
  });
});

describe("a name split by a verb and a figure", () => {
  it("新能源汽车推广…，保有量… is the fleet of new-energy vehicles", () => {
    const text = "去年全市新能源汽车累计推广12.6万辆，保有量突破60万辆，居全国前列。";
    const facts = read(text, "2025-02-20");
    expect(oneWithValue(facts, 126000).indicator).not.toBe("NEV");
    const fleet = oneWithValue(facts, 600000);
    expect(fleet).toMatchObject({ indicator: "NEV_STOCK", unit: "vehicles", comparator: ">", year: 2024 });
    quoted(text, fleet);
  });

  it("…汽车累计产量…，同比增长…，产值… is the car industry's output value, and the rate after it too", () => {
    const text = "前8个月，本市汽车累计产量达到95万辆，同比增长4.2%，产值达到3120亿元，同比增长6.1%。";
    const facts = read(text);
    expect(oneWithValue(facts, 950000).indicator).toBeNull();
    expect(oneWithValue(facts, 0.042).indicator).toBeNull();
    const value = oneWithValue(facts, 3120e8);
    expect(value).toMatchObject({ indicator: "AUTO_VALUE", unit: "CNY", year: 2024, period: { from: 1, to: 8 } });
    expect(oneWithValue(facts, 0.061)).toMatchObject({ indicator: "AUTO_VALUE", measure: "growth" });
    quoted(text, value);
  });

  it("a verb's phrase before the figure (年产汽车…，产值…) makes no name", () => {
    const facts = read("根据规划，到2030年，全市年产汽车超过200万辆，产值超过4000亿元。");
    expect(oneWithValue(facts, 4000e8)).toMatchObject({ indicator: null, kind: "target", year: 2030 });
  });
});

describe("the nation's figure a sentence compares with", () => {
  it("快于全国4.5%的增长 is the nation's rate of the series before it", () => {
    const text = "一季度，全市地区生产总值同比增长4.9%，快于全国4.5%的增长，经济运行稳中有进。";
    const facts = read(text, "2024-04-22");
    expect(oneWithValue(facts, 0.049)).toMatchObject({
      indicator: "GDP_GROWTH",
      region: "Shanghai",
      period: { from: 1, to: 3 },
    });
    const nation = oneWithValue(facts, 0.045);
    expect(nation).toMatchObject({ indicator: null, measure: "growth", region: "China", year: 2024 });
    quoted(text, nation);
  });

  it("高于全国6%的工业增加值增速 names the series after the figure", () => {
    const facts = read("2024年，全市规模以上工业增加值增长7.3%，高于全国6%的工业增加值增速。", "2025-01-25");
    // (规模以上: the firms above designated size, not the whole industry's IND_VA)
    expect(oneWithValue(facts, 0.073)).toMatchObject({ indicator: null, region: "Shanghai", year: 2024 });
    expect(oneWithValue(facts, 0.06)).toMatchObject({ indicator: null, region: "China", year: 2024 });
  });

  it("优于全国平均的增4.8% (traditional script too)", () => {
    const facts = read("上半年全市實現地區生產總值增長5.6%，優於全國平均的增4.8%。");
    expect(oneWithValue(facts, 0.048)).toMatchObject({
      indicator: null,
      measure: "growth",
      region: "China",
      period: { from: 1, to: 6 },
    });
  });
});

describe("sums over several regions", () => {
  it("a clause opened by a group of regions (长三角地区…) is no region's series", () => {
    const text = "长三角地区的软件业务收入比上年增长14.2%，比全国快2.1个百分点。";
    expect(oneWithValue(read(text), 0.142).indicator).toBeNull();
  });

  it("三省(市)合计… is a sum, while one city's figure in the same list keeps its link", () => {
    const facts = read("前三名中，上海软件业务收入增长12.4%；三省(市)合计软件业务收入18600亿元，占全国比重为41.5%。");
    expect(oneWithValue(facts, 0.124).indicator).toBe("SOFTWARE");
    expect(oneWithValue(facts, 18600e8).indicator).toBeNull();
  });
});

describe("whose figure it is, in stories about several places (heldout5's causes)", () => {
  it("a group of regions opening the sentence keeps its later rates unlinked too", () => {
    const facts = read(
      "中部地区实现软件业务收入5210亿元，同比增长12.7%。上海实现软件业务收入9980亿元，同比增长13.1%。",
    );
    expect(oneWithValue(facts, 5210e8).indicator).toBeNull();
    expect(oneWithValue(facts, 0.127).indicator).toBeNull();
    expect(oneWithValue(facts, 9980e8).indicator).toBe("SOFTWARE");
    expect(oneWithValue(facts, 0.131).indicator).toBe("SOFTWARE");
  });

  it("快于广州的4.6%和天津的3.9%: other places' rates of the series compared", () => {
    const text = "2024年，全市规模以上工业增加值增长8.1%，快于广州的4.6%和天津的3.9%。";
    const facts = read(text, "2025-02-10");
    expect(oneWithValue(facts, 0.081)).toMatchObject({ indicator: null, region: "Shanghai", measure: "growth" });
    expect(oneWithValue(facts, 0.046)).toMatchObject({ indicator: null, region: "Guangzhou", year: 2024 });
    const tianjin = oneWithValue(facts, 0.039);
    expect(tianjin).toMatchObject({ indicator: null, region: "Tianjin", measure: "growth" });
    quoted(text, tianjin);
  });

  it("以X的地区生产总值位居…, and the next place 则以Y紧随其后", () => {
    const text = "去年，杭州以21860亿元的地区生产总值位居第八，同比增长4.7%；南京则以18500亿元紧随其后，同比增长4.5%。";
    const facts = read(text, "2025-02-10");
    expect(oneWithValue(facts, 21860e8)).toMatchObject({ indicator: null, region: "Hangzhou", year: 2024 });
    expect(oneWithValue(facts, 0.047)).toMatchObject({ indicator: null, measure: "growth", region: "Hangzhou" });
    expect(oneWithValue(facts, 18500e8)).toMatchObject({ indicator: null, region: "Nanjing", year: 2024 });
    expect(oneWithValue(facts, 0.045)).toMatchObject({ indicator: null, region: "Nanjing" });
  });

  it("a headline's bare 生产总值 is GDP, and 实现了X%的增长 after 与上一年度相比 is its growth", () => {
    const facts = read(
      "苏州去年生产总值达2.67万亿元\n2024年全市地区生产总值达到4.9万亿元，与上一年度相比，按不变价格计算，实现了5.6%的较快增长。",
      "2025-02-10",
    );
    expect(oneWithValue(facts, 2.67e12)).toMatchObject({ indicator: null, region: "Suzhou", year: 2024 });
    expect(oneWithValue(facts, 0.056)).toMatchObject({ indicator: "GDP_GROWTH", measure: "growth", year: 2024 });
  });
});

describe("lists, collectives and segments (heldout5's causes)", () => {
  it("a 分别 list closing the clause before: only the catalog item's rate is linked", () => {
    const text = "此外，工业机器人、新能源汽车、光伏电池等重点产品产量增势良好，同比分别增长28.1%、41.6%、17.2%。";
    const facts = read(text);
    expect(oneWithValue(facts, 0.281).indicator).toBeNull();
    expect(oneWithValue(facts, 0.416)).toMatchObject({ indicator: "NEV", measure: "growth" });
    expect(oneWithValue(facts, 0.172).indicator).toBeNull();
  });

  it("新能源汽车产销两旺，产值同比增长…: the value series, not the vehicles", () => {
    expect(oneWithValue(read("其中，新能源汽车产销两旺，产值同比增长36.4%。"), 0.364).indicator).toBe("NEV_VALUE");
  });

  it("the growth after a collective named behind its members is the collective's", () => {
    const facts = read("今年前三季度，区内集成电路、生物医药、人工智能三大先导产业合计规模达5120亿元，同比增长7.1%。");
    expect(oneWithValue(facts, 5120e8)).toMatchObject({ indicator: "LEAD3", period: { from: 1, to: 9 } });
    expect(oneWithValue(facts, 0.071)).toMatchObject({ indicator: "LEAD3", measure: "growth" });
  });

  it("a heading line naming one industry gives its topic to the paragraph under it", () => {
    const text =
      "——生物医药产业保持较快发展。全区企业研发投入持续加大，创新成果不断涌现。前三季度实现产业规模2310亿元，增长6.2%。";
    const facts = read(text);
    const scale = oneWithValue(facts, 2310e8);
    expect(scale).toMatchObject({ indicator: "BIO", period: { from: 1, to: 9 }, year: 2024 });
    quoted(text, scale);
    expect(oneWithValue(facts, 0.062).indicator).toBe("BIO");
    const untitled = read("——创新成果不断涌现。前三季度实现产业规模2310亿元，增长6.2%。");
    expect(oneWithValue(untitled, 2310e8).indicator).toBeNull();
  });

  it("相关产业 is the industry the clause before named; a span and an average before its rate name nothing", () => {
    const facts = read("人工智能重点企业已有450余家，相关产业规模达2100多亿元，近5年平均年增长接近25%。", "2023-03-01");
    expect(oneWithValue(facts, 2100e8)).toMatchObject({ indicator: "AI", comparator: ">" });
    expect(oneWithValue(facts, 0.25)).toMatchObject({ indicator: "AI", comparator: "~", measure: "growth" });
  });

  it("a part or a cluster of the named industry, capacity, and the parts' output of a manufacturing total are not linked", () => {
    const services = read("其中，人工智能服务业实现规模480亿元，增长5.1%。");
    expect(oneWithValue(services, 480e8).indicator).toBeNull();
    expect(oneWithValue(services, 0.051).indicator).toBeNull();
    expect(oneWithValue(read("2023年该市新能源汽车产业集群企业营收超过3000亿元。"), 3000e8).indicator).toBeNull();
    expect(oneWithValue(read("力争到2028年，新能源汽车产能超过250万辆。"), 2.5e6)).toMatchObject({
      indicator: null,
      kind: "target",
    });
    // (their growth is the members' growth, as the gold convention settled across languages: extract.zh-lead3-members;
    // biomedicine's, after the group's manufacturing output, is biomedicine manufacturing's: extract.zh-lead3-making)
    const parts = read(
      "全区三大先导产业制造业总产值同比增长5.1%。其中，集成电路产业产值增长11.2%，生物医药产业产值增长3.4%。",
    );
    expect(oneWithValue(parts, 0.112).indicator).toBe("IC");
    expect(oneWithValue(parts, 0.034).indicator).toBe("BIO_MFG");
    const levels = read("全区三大先导产业制造业总产值达2600亿元。其中，集成电路产业产值达到1500亿元。");
    expect(oneWithValue(levels, 1500e8).indicator).toBeNull();
  });
});

describe("quotes of a text with pinyin inside words", () => {
  it("start and end on whole words of the original", () => {
    const text = "據(jù)統(tǒng)計(jì)，全市工業(yè)投資(zī)同比增長(zhǎng)7.2%";
    const fact = oneWithValue(read(text), 0.072);
    expect(fact.indicator).toBe("INVEST");
    expect(fact.quote).toBe(text);
    quoted(text, fact);
  });
});

describe("a stem carried from the sentence before", () => {
  it("…生物医药产业…。从2020年到2023年，制造业产值从…增长至…，年均复合增长… is biomedicine manufacturing", () => {
    const text =
      "本市生物医药产业总体规模已接近九千亿元，创新药械不断涌现。从2020年到2023年，制造业产值从1520亿元增长至1864亿元，年均复合增长7.0%。";
    const facts = read(text, "2024-11-20");
    expect(oneWithValue(facts, 1520e8)).toMatchObject({ indicator: "BIO_MFG", year: 2020 });
    const latest = oneWithValue(facts, 1864e8);
    expect(latest).toMatchObject({ indicator: "BIO_MFG", year: 2023, unit: "CNY" });
    quoted(text, latest);
    expect(oneWithValue(facts, 0.07)).toMatchObject({ indicator: "BIO_MFG", measure: "growth" });
  });

  it("without a catalog name in the sentence before, 制造业产值 stays unlinked", () => {
    const facts = read("全市企业创新活力持续增强。从2020年到2023年，制造业产值从1520亿元增长至1864亿元。");
    expect(oneWithValue(facts, 1864e8).indicator).toBeNull();
  });
});
