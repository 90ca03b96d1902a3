/**
 * Headlines that state a goal the way English news writes them, met on real pages (sentences and figures invented):
 * "Mayor's plan: city to earmark 4.8 percent of GDP for R&D" is a goal of R&D intensity, and its year is the year the story's
 * lead gives its goals.
 */
import { extract } from "../src/core/extract";

const context = { doc: "story.txt", date: "2026-01-18", region: "Shanghai" };

describe("a headline's goal", () => {
  const text = [
    "Mayor's plan: city to earmark 4.8 percent of GDP for R&D, open two labs",
    "",
    "Shanghai's economy should expand by about 5.5 percent in 2026, the mayor said on Saturday.",
  ].join("\n");
  const facts = extract(text, context);

  test("a share of GDP earmarked for R&D is R&D intensity, a target", () => {
    const share = facts.find((f) => f.value === 0.048)!;
    expect(share).toMatchObject({ indicator: "RD_GDP", kind: "target", measure: "share" });
    expect(share.quote).toBe("Mayor's plan: city to earmark 4.8 percent of GDP for R&D, open two labs");
  });

  test("the headline's goal is for the year the lead gives the story's goals", () => {
    expect(facts.find((f) => f.value === 0.048)!.year).toBe(2026);
    expect(facts.find((f) => f.value === 0.055)).toMatchObject({ indicator: "GDP_GROWTH", kind: "target", year: 2026 });
  });

  test("a headline whose lead dates no goal keeps no year", () => {
    const alone = extract("City to spend 4.8 percent of GDP on R&D\n\nOfficials met researchers on Friday.", context);
    expect(alone.find((f) => f.value === 0.048)).toMatchObject({ indicator: "RD_GDP", kind: "target", year: null });
  });
});

describe("R&D written as a share of GDP spent on it", () => {
  test("spending a share of its GDP on R&D last year is the actual intensity", () => {
    const facts = extract("Shanghai spent 4.4 percent of its GDP on R&D last year.", context);
    expect(facts.find((f) => f.value === 0.044)).toMatchObject({ indicator: "RD_GDP", kind: "actual", year: 2025 });
  });

  test("another city's share is none of Shanghai's series", () => {
    const facts = extract("Beijing spent 6.6 percent of its GDP on R&D last year.", context);
    expect(facts.find((f) => f.value === 0.066)).toMatchObject({ indicator: null, region: "Beijing" });
  });
});
