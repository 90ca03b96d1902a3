// Figures and times of districts' and towns' reviews: multiples with a word of about (增长近3倍), a bare 千亿 size
// (突破千亿规模), steps (千亿台阶) and sayings (时间过半、任务过半) that are no figures, the air's concentration (微克/立方米),
// a plan compared with in quotes (较“十三五”末), the years since a year (2021年以来), and a plan the year's work
// prepares for (为“十五五”…奠定基础), which dates nothing. All sentences are our own, in the style of the reports read.
import { extractChinese } from "../src/core/extract/zh";
import type { Fact } from "../src/core/types";
import { oneWithValue } from "./helpers/read-facts";

const read = (text: string, date = "2025-06-10", region = "Shanghai"): Fact[] =>
  extractChinese(text, { doc: "zh.txt", date, region });

describe("figures of the reviews", () => {
  it("增长近2倍 / 增长超2倍: the word before the multiple is its comparator", () => {
    const near = oneWithValue(read("2024年，全区新引进企业4200家，同比增长近2倍。"), 2);
    expect(near).toMatchObject({
      measure: "growth",
      comparator: "~",
      year: 2024,
      quote: expect.stringContaining("增长近2倍"),
    });
    expect(oneWithValue(read("2024年，全区新设外资企业同比增长超2倍。"), 2)).toMatchObject({ comparator: ">" });
  });

  it("突破千亿规模 is an amount of 100 billion yuan", () => {
    const fact = oneWithValue(read("2024年，全区集成电路产业总产出突破千亿规模。"), 1e11);
    expect(fact).toMatchObject({ unit: "CNY", comparator: ">", year: 2024 });
  });

  it("a step (千亿台阶) counts no machines", () => {
    expect(read("本区经济总量连跨三个千亿台阶，迈上新台阶。").filter((f) => f.unit === "units")).toHaveLength(0);
  });

  it("微克/立方米 is the air's concentration", () => {
    expect(oneWithValue(read("2024年，全市PM2.5年均浓度为28微克/立方米。"), 28)).toMatchObject({
      unit: "micrograms per cubic metre",
      year: 2024,
    });
  });

  it("“时间过半、任务过半” is a saying, not a share; a half of things stays one", () => {
    expect(read("今年上半年，本区实现了“时间过半、任务过半”的目标。").filter((f) => f.value === 0.5)).toHaveLength(0);
    expect(read("这也实现了“时间过半、完成任务过半”。").filter((f) => f.value === 0.5)).toHaveLength(0);
    expect(oneWithValue(read("2024年，全区规上企业中民营企业过半。"), 0.5)).toMatchObject({ measure: "share" });
  });
});

describe("times of the reviews", () => {
  it("a plan compared with in quotes (较“十三五”末) does not date the sentence's figures", () => {
    const facts = read(
      "2024年，本区地区生产总值达3200亿元，较“十三五”末增长45.2%，第三产业占比提高到70.1%。",
      "2025-09-20",
      "Minhang",
    );
    expect(oneWithValue(facts, 0.452)).toMatchObject({ measure: "growth", year: 2024 });
    expect(oneWithValue(facts, 0.701)).toMatchObject({ measure: "share", year: 2024 });
  });

  it("2021年以来 is the years since then, up to now", () => {
    expect(oneWithValue(read("2021年以来，本市已有12款创新药获批上市。"), 12)).toMatchObject({
      year: 2025,
      kind: "actual",
    });
  });

  it("the plan a year's work prepares for (为“十五五”…奠定基础) dates nothing after it", () => {
    const text =
      "2025年，本镇全面完成年度各项目标任务。这一年，本镇为“十五五”时期的产业升级奠定了扎实基础。\n" +
      "全年实现镇级一般公共预算收入8.2亿元，盘活低效产业用地120亩。";
    const facts = read(text, "2026-01-25", "Baoshan");
    expect(oneWithValue(facts, 8.2e8)).toMatchObject({ kind: "actual", year: 2025 });
    expect(oneWithValue(facts, 120)).toMatchObject({ kind: "actual", year: 2025, unit: "mu" });
  });
});
