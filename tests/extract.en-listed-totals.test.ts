import { read } from "./helpers/read-facts";

const links = (text: string, date: string) =>
  read(text, date).map((f) => [f.indicator, f.kind, f.measure, f.year, f.value]);

describe("a total named by listing all its members is the total's", () => {
  it("reads 'the combined output value of A, B and C rose …' as LEAD3, members named after it as theirs", () => {
    const text =
      "The combined output value of biomedicine, integrated circuits and artificial intelligence (AI) grew 8.2 " +
      "percent in 2026, with biomedicine up 4.4 percent.";
    expect(links(text, "2027-01-25")).toEqual([
      ["LEAD3", "actual", "growth", 2026, 0.082],
      ["BIO", "actual", "growth", 2026, 0.044],
    ]);
  });

  it("reads 'the three leading industries, namely A, B and C, …' as LEAD3, not its last member", () => {
    const text =
      "In 2026 the output value of the three leading industries in Shanghai, namely artificial intelligence, " +
      "biomedicine and integrated circuits, posted a 7.3 percent year-on-year rise.";
    expect(links(text, "2027-01-25")).toEqual([["LEAD3", "actual", "growth", 2026, 0.073]]);
  });

  it("reads 'The three leading manufacturing sectors (A, B and C)' at a sentence's start as LEAD3", () => {
    const text =
      "The three leading manufacturing sectors (artificial intelligence, integrated circuits and biomedicine) " +
      "recorded an 8.8% increase in output in 2026.";
    expect(links(text, "2027-01-25")).toEqual([["LEAD3", "actual", "growth", 2026, 0.088]]);
  });

  it("keeps each member's own figure in a list read 'respectively', and a list of two members", () => {
    expect(
      links(
        "In 2026 the output of integrated circuits and artificial intelligence grew 12.1 percent and 9.4 percent, respectively.",
        "2027-01-25",
      ),
    ).toEqual([
      ["IC", "actual", "growth", 2026, 0.121],
      ["AI", "actual", "growth", 2026, 0.094],
    ]);
  });
});
