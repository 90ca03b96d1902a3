// Output value is made output: after the three leading industries' output value (三大先导产业产值, 总产值), as after
// their manufacturing or industrial output, biomedicine's rate is biomedicine manufacturing's (BIO_MFG); IC's and AI's
// stay IC and AI, and after the group's scale (规模) every member stays its industry. All sentences are our own.
import { extractChinese } from "../src/core/extract/zh";
import type { Fact } from "../src/core/types";

const read = (text: string, date = "2025-08-01"): Fact[] => {
  const facts = extractChinese(text, { doc: "zh.txt", date, region: "Shanghai" });
  for (const fact of facts) expect(text.slice(fact.start, fact.end)).toBe(fact.quote);
  return facts;
};
const links = (text: string) => read(text).map((f) => [f.value, f.kind, f.measure, f.year, f.period, f.indicator]);
const h1 = { from: 1, to: 6 };

describe("the members of the group's output value", () => {
  it.each([
    "上半年，三大先导产业产值增长7.5%，其中集成电路、人工智能、生物医药分别增长10.2%、8.8%和2.6%。",
    "上半年，三大先导产业总产值同比增长7.5%，其中，集成电路增长10.2%，人工智能增长8.8%，生物医药增长2.6%。",
  ])("%s: biomedicine's rate is BIO_MFG", (text) => {
    expect(links(text)).toEqual([
      [0.075, "actual", "growth", 2025, h1, "LEAD3"],
      [0.102, "actual", "growth", 2025, h1, "IC"],
      [0.088, "actual", "growth", 2025, h1, "AI"],
      [0.026, "actual", "growth", 2025, h1, "BIO_MFG"],
    ]);
  });

  it("keeps the members their industries after the group's scale", () => {
    expect(
      links("上半年，三大先导产业规模增长7.5%，其中集成电路、人工智能、生物医药分别增长10.2%、8.8%和2.6%。").map(
        (row) => row[5],
      ),
    ).toEqual(["LEAD3", "IC", "AI", "BIO"]);
  });
});
