// Chinese groups of industries named by their members and a count word (集成电路、生物医药、人工智能三大产业), a
// clause of when in a past year, and years counted after it. All sentences are our own, in the style of the
// reports read.
import { extractChinese } from "../src/core/extract/zh";
import type { Fact } from "../src/core/types";
import { oneWithValue } from "./helpers/read-facts";

const read = (text: string, date = "2024-11-20", region = "Shanghai"): Fact[] =>
  extractChinese(text, { doc: "zh.txt", date, region });

describe("the three leading industries named by their members (LEAD3)", () => {
  it.each([
    ["到2027年，全市集成电路、生物医药、人工智能三大产业规模力争增长40%左右。", 0.4, "target", 2027],
    ["到2026年，人工智能、集成电路和生物医药这三大重点产业规模力争增长35%。", 0.35, "target", 2026],
    ["去年，生物医药、人工智能及集成电路等三大产业总规模突破1.7万亿元。", 1.7e12, "actual", 2023],
    ["以集成电路、生物医药、人工智能为代表的3个先导产业规模达到1.5万亿元。", 1.5e12, "actual", 2024],
    ["集成電路、生物醫藥、人工智能三大產業規模達到1.9萬億元。", 1.9e12, "actual", 2024],
  ])("%s is the group's figure", (text, value, kind, year) => {
    const facts = read(text);
    expect(oneWithValue(facts, value)).toMatchObject({ indicator: "LEAD3", kind, year });
    expect(facts.filter((f) => ["IC", "BIO", "AI"].includes(f.indicator ?? ""))).toEqual([]);
  });

  it("a rate going on after the group's level is the group's, not the first member's", () => {
    const facts = read("全市生物医药、集成电路及人工智能三大重点产业规模达到1.7万亿元，同比增长6.5%。");
    expect(oneWithValue(facts, 1.7e12).indicator).toBe("LEAD3");
    expect(oneWithValue(facts, 0.065)).toMatchObject({ indicator: "LEAD3", measure: "growth" });
  });

  it("分别 pairs the members with their figures, and the total after them is the group's", () => {
    const facts = read(
      "集成電路、生物醫藥、人工智能三大產業規模分別達到2900億元、8100億元和4200億元，總規模增長6.8%。",
    );
    expect(oneWithValue(facts, 2.9e11).indicator).toBe("IC");
    expect(oneWithValue(facts, 8.1e11).indicator).toBe("BIO");
    expect(oneWithValue(facts, 4.2e11).indicator).toBe("AI");
    expect(oneWithValue(facts, 0.068).indicator).toBe("LEAD3");
  });

  it.each([
    "三大先导产业（集成电路、生物医药、人工智能）规模达到1.6万亿元，同比增长5.5%。",
    "三大先导产业(人工智能、生物医药和集成电路)规模达到1.6万亿元，同比增长5.5%。",
    "本市三大先导产业（即集成电路、生物医药及人工智能）规模达到1.6万亿元，同比增长5.5%。",
  ])("members in brackets after the group's name only say what it is: %s", (text) => {
    const facts = read(text);
    expect(oneWithValue(facts, 1.6e12).indicator).toBe("LEAD3");
    expect(oneWithValue(facts, 0.055).indicator).toBe("LEAD3");
  });

  it("two members with 两大产业 are no group of the catalog, and 三大产业 alone stays unlinked", () => {
    expect(read("集成电路、人工智能两大产业规模达到9000亿元。")[0].indicator).toBeNull();
    expect(read("全市三大产业增加值达到4.7万亿元。")[0].indicator).toBeNull();
  });
});

describe("a clause of when in a past year (…时) and years counted after it (五年后)", () => {
  it.each([
    [
      "2020年本市在“十四五”规划中提出先导产业概念时，集成电路、生物医药、人工智能三大产业的总体规模约为1万亿元，五年后，三大产业的总体规模已突破2万亿元。",
      "2026-01-21",
    ],
    [
      "2019年全市编制“十四五”规划时，人工智能、集成电路、生物医药三大产业的规模约为1万亿元，六年后，三大产业的规模已超过2万亿元。",
      "2026-02-10",
    ],
  ])("%s", (text, date) => {
    const facts = read(text, date);
    const before = oneWithValue(facts, 1e12);
    const after = oneWithValue(facts, 2e12);
    expect(before).toMatchObject({ indicator: "LEAD3", kind: "actual", year: Number(text.slice(0, 4)) });
    expect(after).toMatchObject({ indicator: "LEAD3", kind: "actual", year: 2025 });
  });

  it("a doubling over those years is no year's growth of the group", () => {
    const facts = read(
      "2020年全市提出先导产业概念时，集成电路、生物医药、人工智能三大产业规模约为1万亿元，五年后三大产业规模已突破2万亿元，实现了翻倍增长。",
      "2026-01-21",
    );
    expect(facts.filter((f) => f.indicator === "LEAD3").map((f) => f.value)).toEqual([1e12, 2e12]);
  });

  it("同时 and 及时 end no clause of when: a plan's deadline still dates the figure", () => {
    const facts = read("到2027年，全市推进先导产业发展的同时，人工智能产业规模力争达到5000亿元。");
    expect(oneWithValue(facts, 5e11)).toMatchObject({ indicator: "AI", kind: "target", year: 2027 });
  });
});
