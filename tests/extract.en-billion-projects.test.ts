import { read } from "./helpers/read-facts";

/**
 * The year's starts of major industrial projects worth over a billion yuan each (PROJ_1BN_START), however the
 * sentence orders its words. Every sentence here is written for the test.
 */
const projects = (facts: ReturnType<typeof read>) =>
  facts.filter((f) => f.unit === "projects").map((f) => [f.indicator, f.kind, f.year, f.value]);

describe("major industrial projects over a billion yuan each that start building", () => {
  it("links the count of such projects whose construction kicked off", () => {
    const text = "Construction on 63 major industrial projects, each worth over 1 billion yuan, kicked off in 2026.";
    expect(projects(read(text, "2027-01-25"))).toEqual([["PROJ_1BN_START", "actual", 2026, 63]]);
  });

  it("links them when work began on them, their size written after", () => {
    const text = "In 2026, work began on 61 major industrial projects of more than 1 billion yuan each.";
    expect(projects(read(text, "2027-01-25"))).toEqual([["PROJ_1BN_START", "actual", 2026, 61]]);
  });

  it("leaves such projects unlinked when nothing says their building started", () => {
    const text = "The city now has 47 major industrial projects, each worth over 1 billion yuan.";
    expect(projects(read(text, "2027-01-25"))).toEqual([[null, "actual", 2027, 47]]);
  });
});
