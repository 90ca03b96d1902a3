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
