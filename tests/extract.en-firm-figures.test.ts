import { read } from "./helpers/read-facts";

/** A firm's own sales, output and rates are no city's series, in own sentences. */
const row = (text: string, date = "2025-04-10") =>
  read(text, date).map((f) => [f.value, f.unit, f.kind, f.measure, f.year, f.period, f.indicator]);

describe("a firm's own figure", () => {
  it("is the city's series when no firm is named", () => {
    expect(row("In March, new energy vehicle output fell to 21,400 units.")).toEqual([
      [21400, "vehicles", "actual", "level", 2025, { from: 3, to: 3 }, "NEV"],
    ]);
    expect(row("The city's output of new energy vehicles rose 12.4 percent in March.")).toEqual([
      [0.124, "ratio", "actual", "growth", 2025, { from: 3, to: 3 }, "NEV"],
    ]);
  });

  it("keeps what a named firm's output or sales reached its own", () => {
    expect(row("In March, NIO's new energy vehicle output fell to 21,400 units.")).toEqual([
      [21400, "vehicles", "actual", "level", 2025, { from: 3, to: 3 }, null],
    ]);
  });

  it("keeps what a firm named again by its trade made or sold its own", () => {
    expect(row("The Chinese carmaker produced 38,200 new energy vehicles in March.")).toEqual([
      [38200, "vehicles", "actual", "level", 2025, { from: 3, to: 3 }, null],
    ]);
  });

  it("keeps a rate the firm reports before it in its clause its own", () => {
    const facts = read("NIO reported a 12.4 percent rise in its output of new energy vehicles in March.", "2025-04-10");
    expect(facts.map((f) => [f.value, f.measure, f.year, f.period, f.indicator, f.quote])).toEqual([
      [
        0.124,
        "growth",
        2025,
        { from: 3, to: 3 },
        null,
        "NIO reported a 12.4 percent rise in its output of new energy vehicles in March.",
      ],
    ]);
  });
});
