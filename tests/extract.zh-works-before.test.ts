// Chinese counts of works written before a bare 项 (重大工程安排…项, 重点工程共计安排…项): the works are projects, as
// 项目 before the number is; a research centre named 工程技术… is no work. All sentences are our own.
import { extractChinese } from "../src/core/extract/zh";
import type { Fact } from "../src/core/types";

const read = (text: string, date = "2025-02-15", region = "Shanghai"): Fact[] => {
  const facts = extractChinese(text, { doc: "zh.txt", date, region });
  for (const fact of facts) expect(text.slice(fact.start, fact.end)).toBe(fact.quote);
  return facts;
};
const valued = (facts: Fact[], value: number) =>
  facts.find((f) => f.value !== null && Math.abs(f.value - value) < 1e-6);

describe("works counted with a bare 项 after them", () => {
  it("counts a district's major works arranged for the year as projects", () => {
    expect(valued(read("2025年,虹口区重大工程安排86项。"), 86)).toMatchObject({ unit: "projects" });
  });

  it("counts key works with 共计 and another verb as projects", () => {
    const facts = read("全市重点工程共计安排152项,总投资约2000亿元。");
    expect(valued(facts, 152)).toMatchObject({ unit: "projects" });
  });

  it("counts works listed in traditional script as projects", () => {
    expect(valued(read("今年全區重大工程計劃推進64項。"), 64)).toMatchObject({ unit: "projects" });
  });

  it("keeps counts of centres named after engineering no projects", () => {
    const facts = read("全区工程技术研究中心今年获批12项。");
    expect(valued(facts, 12)?.unit).not.toBe("projects");
  });
});
