// The members' rates in a list of the three leading industries' manufacturing output growth: biomedicine's rate is
// biomedicine manufacturing's (BIO_MFG), the figure being of manufacturing output and the catalog holding that series;
// IC's and AI's stay IC and AI (the catalog has no manufacturing series of theirs); where the group's figure is of
// industry scale (规模), every member stays its industry. All sentences are our own.
import { extractChinese } from "../src/core/extract/zh";
import type { Fact } from "../src/core/types";

const read = (text: string, date = "2025-10-24"): Fact[] => {
  const facts = extractChinese(text, { doc: "zh.txt", date, region: "Shanghai" });
  for (const fact of facts) expect(text.slice(fact.start, fact.end)).toBe(fact.quote);
  return facts;
};
const links = (text: string) => read(text).map((f) => [f.value, f.measure, f.indicator]);

describe("the members of the group's manufacturing output growth", () => {
  it.each([
    "前三季度，三大先导产业制造业产值增长7.4%，其中集成电路、人工智能、生物医药分别增长14%、11%、2.6%。",
    "前三季度，三大先导产业制造业产值同比增长7.4%。其中，集成电路增长14%，人工智能增长11%，生物医药增长2.6%。",
    "前三季度，三大先导产业工业总产值增长7.4%，其中集成电路、人工智能、生物医药分别增长14%、11%、2.6%。",
  ])("%s: biomedicine's rate is BIO_MFG", (text) => {
    expect(links(text)).toEqual([
      [0.074, "growth", "LEAD3"],
      [0.14, "growth", "IC"],
      [0.11, "growth", "AI"],
      [0.026, "growth", "BIO_MFG"],
    ]);
  });

  it("reads one member alone after the group the same way", () => {
    expect(links("前三季度，三大先导产业制造业产值增长7.4%，其中生物医药产值增长2.6%。")).toEqual([
      [0.074, "growth", "LEAD3"],
      [0.026, "growth", "BIO_MFG"],
    ]);
  });
});

describe("the members of the group's industry scale", () => {
  it("stay their industries", () => {
    expect(
      links("前三季度，三大先导产业规模增长7.4%，其中集成电路、人工智能、生物医药分别增长14%、11%、2.6%。"),
    ).toEqual([
      [0.074, "growth", "LEAD3"],
      [0.14, "growth", "IC"],
      [0.11, "growth", "AI"],
      [0.026, "growth", "BIO"],
    ]);
  });

  it("leaves a member's own scale its industry's after the group's manufacturing output", () => {
    const facts = links("前三季度，三大先导产业制造业产值增长7.4%，其中生物医药产业规模增长2.6%。");
    expect(facts[1]).toEqual([0.026, "growth", "BIO"]);
  });
});
