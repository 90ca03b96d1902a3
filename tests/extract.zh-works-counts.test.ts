// Counts of projects in Chinese works lists: a count's own measure after it (35个的数量), bare counts going on after
// counts of projects, a bare 个 after 已开工, a count after a size class, and pinyin between the noun and the count.
// All sentences are our own, in the style of the reports read.
import { extractChinese } from "../src/core/extract/zh";
import type { Fact } from "../src/core/types";
import { oneWithValue } from "./helpers/read-facts";

const read = (text: string, date = "2024-06-20", region = "Shanghai"): Fact[] =>
  extractChinese(text, { doc: "zh.txt", date, region });

describe("counts of projects in works lists", () => {
  it("N个的数量 counts the noun before it, and bare counts compared with them count the same", () => {
    const facts = read("今年新开工项目18个、建成项目30个的数量，分别较年初目标的12个、22个有明显增加。");
    for (const value of [18, 30, 12, 22]) expect(oneWithValue(facts, value).unit).toBe("projects");
  });

  it.each([
    ["全市新开工重大项目40个，较上年的32个和前年的28个明显增加。", [40, 32, 28]],
    ["一季度共签约产业项目56个，其中外资项目21个、内资项目35个，分别比上年同期多9个、5个。", [56, 21, 35, 9, 5]],
    ["建成项目的总数为45个，超过年初计划的40个。", [45, 40]],
  ])("%s", (text, values) => {
    const facts = read(text);
    for (const value of values) expect(oneWithValue(facts, value).unit).toBe("projects");
  });

  it.each([
    "全年已开工181个，完成投资950亿元。",
    "截至目前，今年的重大项目已开工163个，开工率达八成。",
    "本年度新开工97个，续建项目210个。",
  ])("a bare 个 after a verb of building counts projects: %s", (text) => {
    const count = read(text).find((f) => f.unit === "projects");
    expect(count).toBeDefined();
  });

  it.each([
    ["当天集中开工5亿元以上重大项目96个，总投资1230亿元。", 96, 1230e8],
    ["當天集中開工1億元以上重大項(xiàng)目512個(gè)，總投資3300億元。", 512, 3300e8],
    ["当日全省集中开工10亿元及以上项目63个，总投资达到2100亿元。", 63, 2100e8],
  ])("projects started together after a size class are counted as done: %s", (text, count, money) => {
    const facts = read(text, "2024-02-21", "Gansu");
    expect(oneWithValue(facts, count)).toMatchObject({ unit: "projects", kind: "actual" });
    expect(oneWithValue(facts, money)).toMatchObject({ unit: "CNY", kind: "actual" });
    expect(facts.some((f) => f.value === 5e8 || f.value === 1e8 || f.value === 10e8)).toBe(false);
  });

  it("a bare 个 after a noun of its own is no project, nor a sibling's unit", () => {
    const facts = read("全市建成示范工厂19家、优秀案例111个。");
    expect(oneWithValue(facts, 19).unit).toBe("enterprises");
    expect(facts.some((f) => f.value === 111)).toBe(false);
    // (场景 is a noun counted, as the English gold counts scenarios: its own unit, not the sibling's)
    const scenes = read("全市建成示范工厂19家、优秀场景111个。");
    expect(oneWithValue(scenes, 111).unit).toBe("scenarios");
  });
});

describe("a count with a long name of what it counts", () => {
  it.each([
    ["今年全力推进215个共建长三角一体化示范区重大项目。", 215, "projects"],
    ["全省安排136个黄河流域生态保护和高质量发展工程。", 136, "projects"],
    ["全年新引进48个国家级专精特新重点小巨人企业。", 48, "enterprises"],
  ])("%s", (text, value, unit) => {
    expect(oneWithValue(read(text), value).unit).toBe(unit);
  });
});
