// Chinese figures whose owner or count the sentence's shape decides: places listed before one shared name, clusters
// named by their members, sums over groups, a district's part of a city-wide event, and counts and shares written
// without their noun. All sentences are our own, in the style of the releases read.
import { extractChinese } from "../src/core/extract/zh";
import type { Fact } from "../src/core/types";
import { oneWithValue } from "./helpers/read-facts";

const read = (text: string, date = "2024-11-20", region = "Shanghai"): Fact[] => {
  const facts = extractChinese(text, { doc: "zh.txt", date, region });
  for (const fact of facts) expect(text.slice(fact.start, fact.end)).toBe(fact.quote);
  return facts;
};

describe("places listed before one shared name, then 分别", () => {
  it("each amount and each rate goes to its own place, in the series the name gives", () => {
    const text =
      "上半年，北京、上海、深圳三地软件业务收入分别为3120亿元、2650亿元和2480亿元，同比分别增长12.1%、10.4%和9.8%。";
    const facts = read(text, "2024-07-25", "China");
    const expected: [number, string][] = [
      [312e9, "Beijing"],
      [265e9, "Shanghai"],
      [248e9, "Shenzhen"],
      [0.121, "Beijing"],
      [0.104, "Shanghai"],
      [0.098, "Shenzhen"],
    ];
    for (const [value, region] of expected)
      expect(oneWithValue(facts, value)).toMatchObject({
        indicator: region === "Shanghai" ? "SOFTWARE" : null, // (another region's figure: no series of Shanghai's)
        region,
        year: 2024,
        period: { from: 1, to: 6 },
      });
  });

  it("reads provinces with 省 and traditional script", () => {
    const facts = read("前三季度，廣東省、江蘇省、浙江省工業投資分別增長5.1%、6.2%和7.3%。", "2024-10-30", "China");
    expect(oneWithValue(facts, 0.051)).toMatchObject({ indicator: null, region: "Guangdong", measure: "growth" });
    expect(oneWithValue(facts, 0.062)).toMatchObject({ indicator: null, region: "Jiangsu" });
    expect(oneWithValue(facts, 0.073)).toMatchObject({ indicator: null, region: "Zhejiang" });
  });

  it("takes the name written after 分别 when the places stand alone", () => {
    const facts = read("2023年，上海市、重庆市分别实现地区生产总值4.72万亿元和3.01万亿元。", "2024-02-01", "China");
    expect(oneWithValue(facts, 4.72e12)).toMatchObject({ indicator: "GDP", region: "Shanghai", year: 2023 });
    expect(oneWithValue(facts, 3.01e12)).toMatchObject({ indicator: null, region: "Chongqing", year: 2023 });
  });

  it("a sum over the listed places after them is no place's and links nothing", () => {
    const text = "北京市、浙江省软件收入分别为5120亿元和2210亿元，两省市合计软件收入7330亿元，占全国比重为40.2%。";
    const facts = read(text, "2024-04-28", "China");
    expect(oneWithValue(facts, 512e9)).toMatchObject({ indicator: null, region: "Beijing" });
    expect(oneWithValue(facts, 221e9)).toMatchObject({ indicator: null, region: "Zhejiang" });
    expect(oneWithValue(facts, 7330e8).indicator).toBeNull();
    expect(oneWithValue(facts, 0.402)).toMatchObject({ indicator: null, measure: "share" });
  });
});

describe("clusters named by their members (…产业集群)", () => {
  it("a cluster's revenue and growth after 分别 are no member industry's", () => {
    const text =
      "前三季度，全省新能源汽车、集成电路、生物医药产业集群分别实现营业收入5230亿元、1840亿元和2260亿元，同比分别增长9.2%、12.6%和8.1%。";
    const facts = read(text, "2024-10-28", "Zhejiang");
    expect(facts).toHaveLength(6);
    for (const fact of facts) expect(fact.indicator).toBeNull();
    expect(oneWithValue(facts, 184e9)).toMatchObject({ period: { from: 1, to: 9 }, year: 2024, unit: "CNY" });
    expect(oneWithValue(facts, 0.126)).toMatchObject({ measure: "growth" });
  });

  it("reads a collective of clusters in traditional script, and a single industry's cluster", () => {
    const two = read("去年，集成電路、人工智能兩大產業集群規模分別達到2150億元和1730億元。", "2025-02-10");
    expect(oneWithValue(two, 215e9)).toMatchObject({ indicator: null, year: 2024 });
    expect(oneWithValue(two, 173e9).indicator).toBeNull();
    const one = read("今年上半年，全市集成电路产业集群营收突破2000亿元，同比增长11.5%。", "2024-07-30");
    expect(oneWithValue(one, 2000e8)).toMatchObject({ indicator: null, comparator: ">" });
    expect(oneWithValue(one, 0.115).indicator).toBeNull();
  });

  it("a cluster to be built in a clause without figures leaves the industry's own figure after it linked", () => {
    const facts = read("到2027年，本市将形成世界级生物医药产业集群，产业规模超过1.2万亿元。");
    expect(oneWithValue(facts, 1.2e12)).toMatchObject({ indicator: "BIO", kind: "target", year: 2027 });
    const plain = read("上半年，本市集成电路产业规模达到1800亿元，同比增长12%。");
    expect(oneWithValue(plain, 1800e8).indicator).toBe("IC");
  });
});

describe("sums over groups of places", () => {
  it("a number of cities as the subject links nothing, nor its growth in the next clause", () => {
    const text = "今年前三季度，全国12个副省级以上城市完成软件业务收入9860亿元，同比增长11.7%。";
    const facts = read(text, "2024-10-25", "China");
    expect(oneWithValue(facts, 9860e8)).toMatchObject({ indicator: null, period: { from: 1, to: 9 } });
    expect(oneWithValue(facts, 0.117)).toMatchObject({ indicator: null, measure: "growth" });
  });

  it("a region's growth after its amount is the group's, also after an opening that only leads in", () => {
    const text = "分区域看，西部地区实现软件业务收入2310亿元，同比增长10.6%，增速高于全国平均水平0.8个百分点。";
    const facts = read(text, "2024-05-20", "China");
    expect(oneWithValue(facts, 2310e8).indicator).toBeNull();
    expect(oneWithValue(facts, 0.106).indicator).toBeNull();
    const traditional = read("上半年，全國8個中心城市實現工業投資同比增長7.4%。", "2024-07-20", "China");
    expect(oneWithValue(traditional, 0.074).indicator).toBeNull();
  });

  it("places counted as 'among them' are no group: the place named after them keeps its figure", () => {
    const facts = read("在全国31个省份中，上海软件业务收入增速居第三位，同比增长15.2%。", "2024-05-20", "China");
    expect(oneWithValue(facts, 0.152)).toMatchObject({ indicator: "SOFTWARE", region: "Shanghai" });
  });
});

describe("a district's part of a city-wide signing event", () => {
  it("a district's signings at the conference are its own, not the conference's total", () => {
    const text = "6月16日，2022年上海全球投资促进大会举行。上海闵行区有18个重大产业项目签约，总投资210亿元。";
    const facts = read(text, "2022-06-20");
    expect(oneWithValue(facts, 18)).toMatchObject({ kind: "signing", unit: "projects", indicator: null, year: 2022 });
    expect(oneWithValue(facts, 210e8)).toMatchObject({ kind: "signing", indicator: null });
    const traditional = read("2022上海全球投资促进大会上，浦東新區簽約重大項目42個，總投資超過800億元。", "2022-06-20");
    expect(oneWithValue(traditional, 42).indicator).toBeNull();
    expect(oneWithValue(traditional, 800e8)).toMatchObject({ indicator: null, comparator: ">" });
  });

  it("the conference's own totals, and a district named only as where it is held, keep the event", () => {
    const whole = read("2023上海全球投资促进大会共签约重大项目312个，总投资4580亿元。", "2023-06-20");
    expect(oneWithValue(whole, 312).indicator).toBe("GIPC2023");
    expect(oneWithValue(whole, 4580e8).indicator).toBe("GIPC2023");
    const held = read("2024上海全球投资促进大会在静安举行，现场签约重大项目65个，总投资1320亿元。", "2024-06-20");
    expect(oneWithValue(held, 65).indicator).toBe("GIPC2024");
    expect(oneWithValue(held, 1320e8).indicator).toBe("GIPC2024");
  });

  it("in a district's story, a project signed at the conference is the district's", () => {
    const body = "6月20日，2023上海全球投资促进大会举行。其中，某新材料企业研发总部项目现场签约，总投资26亿元。";
    expect(oneWithValue(read(`奉贤一批重点产业项目集中签约\n\n${body}`, "2023-06-21"), 26e8)).toMatchObject({
      kind: "signing",
      indicator: null,
    });
    expect(oneWithValue(read(body, "2023-06-21"), 26e8).indicator).toBe("GIPC2023");
  });
});

describe("counts and shares written without their noun", () => {
  it("a bare 项 after a verb of building counts projects, and 工程 are projects", () => {
    const facts = read("全年重大工程中，在建57项、计划新开工11项，另有续建42项和竣工15项。", "2024-03-01");
    for (const value of [57, 11, 42, 15]) expect(oneWithValue(facts, value).unit).toBe("projects");
    const works = read("今年全区列出98项重点工程，另安排10个重大工程。", "2024-03-01");
    expect(oneWithValue(works, 98).unit).toBe("projects");
    expect(oneWithValue(works, 10).unit).toBe("projects");
  });

  it("a bare 项 elsewhere still counts items, and a research centre of engineering is no work", () => {
    const facts = read("到2025年，全市关键材料攻关成果达到300项，并加大项目投资。", "2024-03-01");
    expect(oneWithValue(facts, 300).unit).toBe("items");
    expect(read("全市新增3个工程技术研究中心。", "2024-03-01").filter((f) => f.unit === "projects")).toHaveLength(0);
  });

  it("设施 and 设备 before the counted noun are nouns, not the verb 设", () => {
    const facts = read("当天，8个供水设施项目开工，总投资45亿元；另有6个設備更新項目签约。", "2024-03-01");
    expect(oneWithValue(facts, 8)).toMatchObject({ unit: "projects", kind: "actual" });
    expect(oneWithValue(facts, 6).unit).toBe("projects");
    const companies = read("去年有17家企业将区域总部设在本市。", "2024-03-01");
    expect(oneWithValue(companies, 17).unit).toBe("enterprises");
  });

  it("a noun before a count with a scale word and 个 is the counted thing", () => {
    const facts = read("本市去年建成5G基站2.6萬個，累計開通5G基站11.4萬個。", "2024-01-20");
    expect(oneWithValue(facts, 26000).unit).toBe("base stations");
    expect(oneWithValue(facts, 114000).unit).toBe("base stations");
  });

  it("traditional 餘 is 'more than', like 余", () => {
    const facts = read("全市梳理1,350餘項办事清单，其中650余项可在线办理。", "2024-01-20");
    expect(oneWithValue(facts, 1350)).toMatchObject({ unit: "items", comparator: ">" });
    expect(oneWithValue(facts, 650)).toMatchObject({ unit: "items", comparator: ">" });
  });

  it("half (近一半, 超过半数, 过半, 一半以上, 占…的大半) is a share of 50 %", () => {
    const facts = read("本市工业软件企业约占全国市场的近一半，营收超过半数。", "2024-01-20");
    expect(facts.map((f) => [f.value, f.comparator, f.measure])).toEqual([
      [0.5, "~", "share"],
      [0.5, ">", "share"],
    ]);
    const more = read("上半年，本市生物医药企业营收过半来自创新药，一半以上企业实现盈利。", "2024-07-20");
    expect(more.map((f) => [f.value, f.comparator])).toEqual([
      [0.5, ">"],
      [0.5, ">="],
    ]);
    expect(read("半导体企业超过半导体设备商。")).toHaveLength(0);
    expect(read("本市集成电路设计企业营收占全国的大半。")[0]).toMatchObject({ value: 0.5, comparator: ">" });
    expect(read("项目建设用了大半年时间，占地区生产总值的半壁江山。")).toHaveLength(0);
  });
});
