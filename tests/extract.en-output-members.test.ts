/**
 * Two readings met on real English pages (sentences and figures invented): a leading industry's rate in a story of
 * industrial output, and a city "looking to" grow an industry by a deadline.
 */
import { extract } from "../src/core/extract";

const context = { doc: "story.txt", date: "2025-07-20", region: "Shanghai" };

describe("a leading industry's rate in a story of industrial output", () => {
  const text =
    "The city's industrial output rose 4.1 percent in the first half. It was driven by fields such as " +
    "artificial intelligence that grew 14.1 percent and integrated circuits with a 9.2 percent gain.";
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
      "The city's industrial output rose 4.1 percent in the first half. It was driven by fields such as biomedicine that grew 6.2 percent.",
      context,
    );
    expect(bio.find((f) => f.value === 0.062)).toMatchObject({ indicator: "BIO_MFG", measure: "growth" });
  });

  test("a sector named in a later clause without a catalog name takes no earlier industry's series", () => {
    const later = extract(
      "The city's industrial output rose 4.1 percent in the first half. It was driven by biomedicine, which grew 6.2 percent, and by the steel sector, which shrank 3 percent.",
      context,
    );
    expect(later.find((f) => f.value === 0.062)!.indicator).toBe("BIO_MFG");
    expect(later.find((f) => f.value === -0.03)!.indicator).toBeNull();
  });
});

describe("a city looking to grow an industry by a deadline", () => {
  test.each([null, "2021-09-01"])("is a target whether or not the story is dated (date %s)", (date) => {
    const text =
      "Officials said the city is looking to expand its biopharmaceutical sector to 1.2 trillion yuan by 2027.";
    expect(extract(text, { doc: "story.txt", date, region: "Shanghai" }).find((f) => f.value === 1.2e12)).toMatchObject(
      {
        indicator: "BIO",
        kind: "target",
        year: 2027,
      },
    );
  });
});
