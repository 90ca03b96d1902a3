import { fact, readFields } from "./helpers/read-facts";

/** Figures whose sentence names no year take it from their title, section heading or paragraph opening. */
describe("years from the document around a sentence", () => {
  it("dates a statistical communiqué's figures by the year in its title", () => {
    const text = [
      "Statistical Communiqué of Minhang District on the 2025 Economic and Social Development",
      "II. Industry",
      "The output value of industrial enterprises above designated size was 512.6 billion yuan, up 3.2 percent.",
    ].join("\n\n");
    expect(readFields(text, "2026-03-10")).toEqual([
      fact({ value: 512.6e9, year: 2025 }),
      fact({ value: 0.032, unit: "ratio", measure: "growth", year: 2025 }),
    ]);
  });

  it("dates an action plan's targets by the end of the period in its title, and by a 'By 2029,' opening", () => {
    const text = [
      "Action Plan of Songjiang District for Smart Manufacturing (2026-2028)",
      "I. Main Objectives",
      "The district will cultivate 40 smart factories, and labour productivity will exceed 480,000 yuan per person.",
      "By 2029, it will connect 20,000 enterprises. It will also build 6 industrial internet platforms.",
    ].join("\n\n");
    expect(readFields(text, "2026-02-01")).toEqual([
      fact({ value: 40, unit: "factories", kind: "target", year: 2028 }),
      fact({ value: 480000, unit: "CNY per person", kind: "target", year: 2028, comparator: ">" }),
      fact({ value: 20000, unit: "enterprises", kind: "target", year: 2029 }),
      fact({ value: 6, unit: "platforms", kind: "target", year: 2029 }),
    ]);
  });

  it("dates a work report's review by its heading and its targets by theirs", () => {
    const text = [
      "I. Review of Our Work in 2025",
      "General public budget revenue reached 86.1 billion yuan.",
      "II. Main Targets for 2026",
      "We will aim for budget revenue growth of 3 percent.",
    ].join("\n\n");
    expect(readFields(text, "2026-01-18")).toEqual([
      fact({ value: 86.1e9, year: 2025 }),
      fact({ value: 0.03, unit: "ratio", kind: "target", measure: "growth", year: 2026 }),
    ]);
  });

  it("dates a news story's yearless figures by the past year it reports on", () => {
    const text = [
      "Songjiang's output grew 6.4 percent to 310.5 billion yuan in 2025, the district said on Monday.",
      "Neighbouring Qingpu reported output of 205.2 billion yuan.",
    ].join("\n\n");
    const facts = readFields(text, "2026-04-12");
    expect(facts[2]).toEqual(fact({ value: 205.2e9, year: 2025 }));
  });
});
