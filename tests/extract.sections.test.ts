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
      fact({ value: 480000, unit: "yuan per person", kind: "target", year: 2028, comparator: ">" }),
      fact({ value: 20000, unit: "enterprises", kind: "target", year: 2029 }),
      fact({ value: 6, unit: "platforms", kind: "target", year: 2029 }),
    ]);
  });

  it("dates a work report's review by its heading and its targets by theirs", () => {
    const text = [
      "I. Review of Our Work in 2025",
      "General public budget revenue came to 86.1 billion yuan.",
      "II. Main Targets for 2026",
      "We will aim for budget revenue growth of 3 percent.",
    ].join("\n\n");
    expect(readFields(text, "2026-01-18")).toEqual([
      fact({ value: 86.1e9, year: 2025 }),
      // "budget revenue" in a city's work report is its general public budget revenue
      fact({
        value: 0.03,
        unit: "ratio",
        kind: "target",
        measure: "growth",
        year: 2026,
        indicator: "BUDGET_REV_GROWTH",
      }),
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

describe("the year a story is about, from its lead", () => {
  it("dates a later paragraph's yearless figures by the lead's 'last year'", () => {
    const text = [
      "Minhang's smart-terminal industry earned 84.2 billion yuan last year, up 6.3 percent, the district said on Monday.",
      "Its robotics cluster generated 31.5 billion yuan, and service robots 9.8 billion yuan.",
    ].join("\n\n");
    expect(readFields(text, "2026-03-02").map((f) => [f.value, f.year])).toEqual([
      [84.2e9, 2025],
      [0.063, 2025],
      [31.5e9, 2025],
      [9.8e9, 2025],
    ]);
  });

  it("does not take a 'last year' from far down the story when the lead is about this year", () => {
    const text = [
      "Wuhu turned out 486,000 vehicles in the first nine months of this year, the city said.",
      "Its battery makers employed 21,000 workers.",
      "The city's auto parts industry reached 95 billion yuan last year.",
    ].join("\n\n");
    expect(readFields(text, "2025-10-20", "Wuhu").map((f) => [f.value, f.year])).toEqual([
      [486000, 2025],
      [21000, 2025],
      [95e9, 2024],
    ]);
  });

  it("dates a work report's figures by the year it reviews, not the year in its title", () => {
    const text = [
      "Highlights of Anhui's 2026 government work report",
      "Anhui's GDP grew 5.4 percent to 5.3 trillion yuan in 2025, the governor said.",
      "The added value of manufacturing reached 1.62 trillion yuan.",
    ].join("\n\n");
    expect(readFields(text, "2026-01-22", "Anhui").map((f) => [f.value, f.year])).toEqual([
      [0.054, 2025],
      [5.3e12, 2025],
      [1.62e12, 2025],
    ]);
  });

  it("dates a paragraph's targets by its 'For 2030,' opening", () => {
    const text =
      "For 2030, the district plans 60 smart factories. Its robot density should reach 500 robots per 10,000 workers.";
    expect(readFields(text, "2026-02-01")).toEqual([
      fact({ value: 60, unit: "factories", kind: "target", year: 2030 }),
      fact({ value: 500, unit: "robots per 10,000 workers", kind: "target", year: 2030 }),
    ]);
  });

  it("dates what stands now ('is home to', 'now has', 'under construction') by the report, not by its story year", () => {
    const text = [
      "Songjiang's biomedicine industry grew 7.2 percent last year, the district said.",
      "The district is home to 1,350 biomedicine enterprises, including 52 companies listed on the STAR Market.",
      "It approved 18 innovative drugs last year, and 9 new plants with total investment of 21 billion yuan are under construction.",
    ].join("\n\n");
    expect(readFields(text, "2025-04-10").map((f) => [f.value, f.unit, f.year])).toEqual([
      [0.072, "ratio", 2024],
      [1350, "enterprises", 2025],
      [52, "companies", 2025],
      [18, "drugs", 2024],
      [9, "plants", 2025],
      [21e9, "CNY", 2025],
    ]);
  });
});
