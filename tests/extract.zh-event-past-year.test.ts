// Chinese event reports: a sentence that writes the year just past (过去一年, 去年) tells that year's results, not the
// event's signings. All sentences are our own, with invented figures.
import { extractChinese } from "../src/core/extract/zh";
import type { Fact } from "../src/core/types";
import { oneWithValue } from "./helpers/read-facts";

const read = (text: string, date = "2025-03-18", region = "Shanghai"): Fact[] =>
  extractChinese(text, { doc: "zh.txt", date, region });
const quoted = (text: string, fact: Fact) => expect(text.slice(fact.start, fact.end)).toBe(fact.quote);

describe("the year just past in a report on an event", () => {
  it("过去一年…落地…项目 is the year's result, not the event's signing", () => {
    const text =
      "2025上海全球投资促进大会将于下周举行。市投促办负责人介绍，过去一年，全市落地亿元以上项目1650个，总投资超8000亿元。";
    const facts = read(text);
    const projects = oneWithValue(facts, 1650);
    expect(projects).toMatchObject({ kind: "actual", year: 2024, unit: "projects" });
    quoted(text, projects);
    expect(oneWithValue(facts, 800000000000)).toMatchObject({ kind: "actual", year: 2024, comparator: ">" });
  });

  it("去年…项目 likewise", () => {
    const facts = read("2025上海全球投资促进大会将于下周举行。去年全市新增外资项目共320个。");
    expect(oneWithValue(facts, 320)).toMatchObject({ kind: "actual", year: 2024 });
  });
});
