import { read, oneWithValue } from "./helpers/read-facts";

/**
 * Signings in a story with no event: a tally of commitments is a flow of the part year the story named, carried over
 * its paragraphs as a growth is; a breakdown opened on "Of these" / "Of them" / "Among them" after a signing goes on
 * in the signing, whatever the tense of its verb.
 */
const pick = (text: string, value: number) => {
  const f = oneWithValue(read(text, "2025-07-15"), value);
  return [f.kind, f.year, f.period, f.unit];
};

describe("an event-less signings tally goes on in the story's part year", () => {
  const story = [
    "In the first half of the year, the city secured 500 billion yuan in project commitments.",
    "Between January and June, 900 projects broke ground.",
    "Projects in chips drew 120 billion yuan in commitments, 24 percent of all committed capital. Of these, 64 projects were listed as flagship initiatives.",
  ].join("\n\n");

  it("the later paragraph's commitments and their share", () => {
    expect(pick(story, 1.2e11)).toEqual(["signing", 2025, { from: 1, to: 6 }, "CNY"]);
    expect(pick(story, 0.24)).toEqual(["signing", 2025, { from: 1, to: 6 }, "ratio"]);
  });

  it("the breakdown opened on 'Of these' is a signing of the same part year", () => {
    expect(pick(story, 64)).toEqual(["signing", 2025, { from: 1, to: 6 }, "projects"]);
  });

  it("in one paragraph too", () => {
    const text =
      "In the first half, chip projects drew 80 billion yuan in commitments, making up 40 percent of all committed capital. Of them, 75 projects were classed as key initiatives.";
    expect(pick(text, 75)).toEqual(["signing", 2025, { from: 1, to: 6 }, "projects"]);
  });
});

describe("what stays as it was", () => {
  it("a breakdown after a count that is no signing stays reported", () => {
    const facts = read("The park has 300 projects. Of these, 30 projects are new.", "2025-07-15");
    expect(oneWithValue(facts, 30).kind).toBe("actual");
  });

  it("an event's signings keep the event's year, no part year carried", () => {
    const text = [
      "In the first half of the year, the city's industrial output rose 4.1 percent.",
      "At the 2025 Global Investment Promotion Conference, 520 projects were signed with a total investment of 900 billion yuan.",
    ].join("\n\n");
    const signed = oneWithValue(read(text, "2025-07-15"), 9e11);
    expect([signed.kind, signed.period]).toEqual(["signing", null]);
  });
});
