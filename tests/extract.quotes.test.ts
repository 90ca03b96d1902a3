import { extract, MAX_QUOTE_LENGTH } from "../src/core/extract";

/** Issue 8, phenomenon 10 (quotes): text with no sentence ends never makes a run-on quote. */
describe("quotes in text without sentence ends", () => {
  const industries = [
    "integrated circuits",
    "biomedicine",
    "artificial intelligence",
    "smart sensors",
    "display panels",
  ];
  const zones = ["Pudong", "Minhang", "Jiading", "Songjiang", "Lingang"];

  /** A 45,000-character run-on list: no full stop anywhere, as PDF tables and bullet lists come out. */
  function runOn(separator: string): string {
    const items: string[] = [];
    for (let i = 0; items.join(separator).length < 45000; i++)
      items.push(
        `output of ${industries[i % 5]} in ${zones[i % 5]} zone ${i} reached ${100 + i}.${i % 10} billion yuan up ${(i % 9) + 1}.${i % 7} percent`,
      );
    return items.join(separator);
  }

  it.each([
    ["commas", ", "],
    ["spaces only", " "],
    ["bullets", " • "],
  ])("bounds every quote to %s-separated clauses and keeps it verbatim", (_name, separator) => {
    const text = runOn(separator);
    expect(text.length).toBeGreaterThanOrEqual(45000);
    expect(text).not.toMatch(/[.!?]\s/);
    const facts = extract(text, { doc: "runon.txt", date: "2025-03-01", region: "Shanghai" });
    expect(facts.length).toBeGreaterThan(500);
    for (const fact of facts) {
      expect(fact.quote.length).toBeLessThanOrEqual(MAX_QUOTE_LENGTH);
      expect(text.slice(fact.start, fact.end)).toBe(fact.quote);
    }
    // every amount is read whole: no "billion" cut from its "yuan"
    const money = facts.filter((f) => f.unit === "CNY");
    expect(money.length).toBeGreaterThan(250);
    expect(facts.some((f) => f.unit === "count")).toBe(false);
  });

  it("bounds a single 45,000-character word run too", () => {
    const text = `${"x".repeat(22000)} reached 5 billion yuan ${"y".repeat(23000)}`;
    const facts = extract(text, { doc: "word.txt", date: "2025-03-01", region: "Shanghai" });
    expect(facts.map((f) => f.value)).toEqual([5e9]);
    expect(facts[0].quote.length).toBeLessThanOrEqual(MAX_QUOTE_LENGTH);
    expect(text.slice(facts[0].start, facts[0].end)).toBe(facts[0].quote);
  });

  it("keeps a normal sentence whole as its quote", () => {
    const text = "Pudong's chip output reached 120 billion yuan last year. Exports rose 5 percent.";
    const [first] = extract(text, { doc: "x.txt", date: "2025-03-01", region: "Shanghai" });
    expect(first.quote).toBe("Pudong's chip output reached 120 billion yuan last year.");
  });
});
