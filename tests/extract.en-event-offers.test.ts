import { read } from "./helpers/read-facts";

/**
 * What a signing story tells that is not the event's signing: another conference of the same kind, the funding an
 * event offers, the city's industrial clusters, money firms ask investors for. Every sentence is written for the test.
 */
const row = (f: ReturnType<typeof read>[number]) => [f.indicator, f.kind, f.value];

describe("another conference of the same kind", () => {
  it("does not take a city promotion conference named otherwise for the Global Investment Promotion Conference", () => {
    const text =
      "At the 2026 Shanghai City Investment Promotion Conference on Thursday, projects worth more than 150 billion " +
      "yuan were presented to investors.";
    expect(read(text, "2026-11-06").map(row)).toEqual([[null, "actual", 1.5e11]]);
  });

  it("still reads the conference under its own name and the city's", () => {
    const text =
      "At the 2026 Shanghai Global Investment Promotion Conference, 130 projects worth 420 billion yuan were signed.";
    expect(read(text, "2026-03-20").map(row)).toEqual([
      ["GIPC2026", "signing", 130],
      ["GIPC2026", "signing", 4.2e11],
    ]);
  });
});

describe("what the event offers and what the city has", () => {
  it("does not read the funding a conference offers, nor the city's industrial clusters, as signed", () => {
    const text =
      "The city has nurtured five industrial clusters worth 900 billion yuan in all, according to the Global " +
      "Investment Promotion Conference, which opened on Tuesday. The conference offered 30 billion yuan in " +
      "industrial ecosystem funding for investment projects.";
    const facts = read(text, "2026-03-24");
    expect(facts.filter((f) => f.unit === "CNY").map(row)).toEqual([
      [null, "actual", 9e11],
      [null, "actual", 3e10],
    ]);
  });
});

describe("money a firm asks investors for", () => {
  it("does not give a financing request the industry's series", () => {
    const text =
      "Take the AI sector as an example: one start-up made a financing request of 2 billion yuan for its models.";
    expect(read(text, "2026-11-06").map((f) => [f.indicator, f.value])).toEqual([[null, 2e9]]);
  });
});
