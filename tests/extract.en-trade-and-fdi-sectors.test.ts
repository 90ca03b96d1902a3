import { read } from "./helpers/read-facts";

/**
 * Goods a trade figure counts and sectors of foreign capital are no industry's series: what crossed the border or
 * came from abroad, not the industry's scale or growth. Every sentence here is written for the test.
 */
const row = (f: ReturnType<typeof read>[number]) => [f.indicator, f.measure, f.value];

describe("goods traded", () => {
  it("leaves the export value of integrated circuits and its growth unlinked", () => {
    const text = "Among them, the export value of integrated circuits reached 81.2 billion yuan, up 6.3 percent.";
    expect(read(text, "2026-06-20").map(row)).toEqual([
      [null, "level", 8.12e10],
      [null, "growth", 0.063],
    ]);
  });

  it("leaves biomedicine exports unlinked, and keeps the industry's own scale", () => {
    expect(read("Biomedicine exports rose 14 percent in 2026.", "2027-01-25").map(row)).toEqual([
      [null, "growth", 0.14],
    ]);
    expect(read("The biomedicine industry reached 980 billion yuan in 2026.", "2027-01-25").map(row)).toEqual([
      ["BIO", "level", 9.8e11],
    ]);
  });
});

describe("sectors of foreign capital", () => {
  it("leaves a sector's foreign capital and its growth unlinked", () => {
    const text =
      "In 2026, the leading sectors for actual use of foreign capital were software and information services " +
      "($4.1 billion, 8% growth) and wholesale and retail.";
    expect(read(text, "2027-02-10").map(row)).toEqual([
      [null, "level", 4.1e9],
      [null, "growth", 0.08],
    ]);
  });

  it("still links an industry named after the foreign capital's own figure", () => {
    const facts = read("FDI rose 5 percent and the IC industry grew 10 percent in 2026.", "2027-02-10");
    expect(facts.find((f) => f.value === 0.1)?.indicator).toBe("IC");
  });

  it("leaves foreign direct investment in an industry unlinked", () => {
    expect(read("Foreign direct investment in biomedicine rose 12 percent in 2026.", "2027-02-10").map(row)).toEqual([
      [null, "growth", 0.12],
    ]);
  });
});
