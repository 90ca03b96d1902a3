// Changes and times told in reviews of a plan's period or a half year: a count changed to another (由…件增至…件)
// counts the same noun, its start dated by the span's first year (a Five-Year Plan's base year), a change told
// under a plan's period named before is a result, a plan's period told with a result (“十四五”期间…实现…) is no
// deadline, a half-year report (“半年报”) covers 1-6, and a figure compared with (这一增速高于全国…的) is of the
// result's year. All sentences are our own, in the style of the reports read.
import { extractChinese } from "../src/core/extract/zh";
import type { Fact } from "../src/core/types";
import { oneWithValue } from "./helpers/read-facts";

const read = (text: string, date = "2025-10-20", region = "Shanghai"): Fact[] =>
  extractChinese(text, { doc: "zh.txt", date, region });

describe("changes from one count to another", () => {
  it("由…件增至…件 counts the noun before both, also with the second unit cut off", () => {
    const whole = read("全市专利申请量由980件增至1320件。");
    expect(oneWithValue(whole, 980).unit).toBe("patent applications");
    expect(oneWithValue(whole, 1320).unit).toBe("patent applications");
    const cut = read("2021至2023年，本市PCT专利申请量由980件增至1320");
    expect(oneWithValue(cut, 980)).toMatchObject({ unit: "patent applications", year: 2021 });
    expect(oneWithValue(cut, 1320)).toMatchObject({ unit: "patent applications", year: 2023 });
  });

  it("the count changed to counts what the count it changed from did", () => {
    const facts = read("全市研发机构由50家增至80家。");
    expect(oneWithValue(facts, 80).unit).toBe("institutions");
  });

  it("a change over a Five-Year Plan's period starts in the plan's base year", () => {
    const facts = read("“十四五”期间，全区规上工业企业数量从60家增至81家。", "2025-11-10", "Minhang");
    expect(oneWithValue(facts, 60)).toMatchObject({ year: 2020 });
    expect(oneWithValue(facts, 81)).toMatchObject({ year: 2025 });
  });

  it("a change told under a plan's period named before is a result", () => {
    const text = "园区紧抓“十四五”发展机遇，推动经济稳中向好。\n全域规上工业企业数量从60家增至81家，年均增幅达6.2%。";
    const facts = read(text, "2025-11-10", "Minhang");
    expect(oneWithValue(facts, 60)).toMatchObject({ kind: "actual", year: 2020 });
    expect(oneWithValue(facts, 81)).toMatchObject({ kind: "actual", year: 2025 });
    expect(oneWithValue(facts, 0.062)).toMatchObject({ kind: "actual", measure: "growth" });
  });
});

describe("times of reviews", () => {
  it("a plan's period told with a result is no deadline: only what is estimated stays a goal", () => {
    const text =
      "据介绍，“十四五”期间本区经济总量实现跨越式增长：地区生产总值预计达3500亿元以上；区级一般公共预算收入突破260亿元，五年增量超80亿元。";
    const facts = read(text, "2025-10-20", "Minhang");
    expect(oneWithValue(facts, 3500e8)).toMatchObject({ kind: "target", year: 2025 });
    expect(oneWithValue(facts, 260e8)).toMatchObject({ kind: "actual", year: 2025 });
    expect(oneWithValue(facts, 80e8)).toMatchObject({ kind: "actual", year: 2025 });
  });

  it("a half-year report (“半年报”) covers January to June", () => {
    const fact = oneWithValue(read("透视本市经济“半年报”：消费回暖，高技术制造业产值增长12%", "2025-07-25"), 0.12);
    expect(fact).toMatchObject({ year: 2025, period: { from: 1, to: 6 }, measure: "growth" });
  });

  it("a figure compared with (这一增速高于全国…的) is of the result's year, not of a year after it", () => {
    const text =
      "2025年，本市社会消费品零售总额增长4.2%。这一增速高于全国3.5%的平均增速，且扭转了2024年同比下降2.1%的局面。";
    const facts = read(text, "2026-02-01");
    expect(oneWithValue(facts, 0.035)).toMatchObject({ year: 2025 });
    expect(oneWithValue(facts, -0.021)).toMatchObject({ year: 2024 });
  });
});

describe("spans, semicolons and bases", () => {
  it("a span of years ending in a month (2021年至2025年8月) covers the last year up to it, also for 同期 after it", () => {
    const text =
      "2021年至2025年8月，本市获批上市一类创新药达25个，占全国15%。\n创新医疗器械同样表现亮眼。同期本市获批上市第三类创新医疗器械40个，占全国18%。";
    const facts = read(text, "2025-10-10");
    for (const value of [25, 0.15, 40, 0.18])
      expect(oneWithValue(facts, value)).toMatchObject({ year: 2025, period: { from: 1, to: 8 }, kind: "actual" });
  });

  it("a sentence going on after a semicolon from results is a result, the plan's period carried no deadline", () => {
    const text =
      "据介绍，“十四五”期间，全区生产总值突破3000亿元，财政总收入突破600亿元；全社会研发经费支出占GDP比重达6%左右，保持全市前列。";
    const facts = read(text, "2025-10-22", "Minhang");
    expect(oneWithValue(facts, 3000e8)).toMatchObject({ kind: "actual", year: 2025 });
    expect(oneWithValue(facts, 0.06)).toMatchObject({ kind: "actual", year: 2025, measure: "share" });
  });

  it("an amount a statement stands on (在…的经济体量上, 在…的基础上) is no figure of its own", () => {
    expect(
      read("在4万亿元的超大经济体量上，本市向新向优着力。", "2026-01-21").filter((f) => f.value === 4e12),
    ).toHaveLength(0);
    expect(
      read("在3000亿元的基础上，全区产业规模持续扩大。", "2026-01-21").filter((f) => f.value === 3e11),
    ).toHaveLength(0);
    expect(oneWithValue(read("2025年，全市生产总值达到4万亿元。", "2026-01-21"), 4e12)).toMatchObject({
      indicator: "GDP",
    });
  });
});
