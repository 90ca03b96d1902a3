/**
 * Two readings met on real English pages (sentences and figures invented): a leading industry's rate in a story of
 * industrial output, and a city "looking to" grow an industry by a deadline.
 */
import { extract } from "../src/core/extract";

const context = { doc: "story.txt", date: "2025-07-20", region: "Shanghai" };

describe("a leading industry's rate in a story of industrial output", () => {
  const text =
    "The city's industrial output increased 4.1 percent in the first half. It was bolstered by the sectors such as " +
    "artificial intelligence that jumped 14.1 percent and integrated circuits with a 9.2 percent rise in production.";
  const facts = extract(text, context);

  test("is the member's output growth, for the same half year", () => {
    expect(facts.find((f) => f.value === 0.141)).toMatchObject({
      indicator: "AI",
      measure: "growth",
      year: 2025,
      period: { from: 1, to: 6 },
    });
    expect(facts.find((f) => f.value === 0.092)).toMatchObject({ indicator: "IC", period: { from: 1, to: 6 } });
  });

  test("the output's own rate is none of the industries'", () => {
    expect(facts.find((f) => f.value === 0.041)!.indicator).toBeNull();
  });

  test("biomedicine's rate there is its manufacturing's", () => {
    const bio = extract(
      "The city's industrial output increased 4.1 percent in the first half. It was bolstered by sectors such as biomedicine that rose 6.2 percent.",
      context,
    );
    expect(bio.find((f) => f.value === 0.062)).toMatchObject({ indicator: "BIO_MFG", measure: "growth" });
  });

  test("a sector named in a later clause without a catalog name takes no earlier industry's series", () => {
    const later = extract(
      "The city's industrial output increased 4.1 percent in the first half. It was bolstered by biomedicine, which rose 6.2 percent, and the steel sector, which shrank 3 percent.",
      context,
    );
    expect(later.find((f) => f.value === 0.062)!.indicator).toBe("BIO_MFG");
    expect(later.find((f) => f.value === -0.03)!.indicator).toBeNull();
  });
});

describe("a city looking to grow an industry by a deadline", () => {
  test.each([null, "2021-09-01"])("is a target whether or not the story is dated (date %s)", (date) => {
    const text =
      "Shanghai is looking to grow its biopharmaceutical market to 1.2 trillion yuan ($170 billion) by the end of 2027.";
    expect(extract(text, { doc: "story.txt", date }).find((f) => f.value === 1.2e12)).toMatchObject({
      indicator: "BIO",
      kind: "target",
      year: 2027,
    });
  });
});
