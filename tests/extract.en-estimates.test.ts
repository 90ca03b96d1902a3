import { read } from "./helpers/read-facts";

/** Estimates, in own sentences. */
const goals = (text: string, date = "2025-03-28") =>
  read(text, date).map((f) => [f.value, f.unit, f.kind, f.year, f.comparator]);

describe("an estimate of how things stand", () => {
  it("is reported, and a contribution to growth is a share of it", () => {
    expect(
      read(
        "In 2025 the country stayed a main engine of the world economy, with its contribution to global growth estimated to be around 28%.",
        "2026-01-20",
        "China",
      ).map((f) => [f.value, f.kind, f.measure, f.year, f.comparator]),
    ).toEqual([[0.28, "actual", "share", 2025, "~"]]);
  });

  it("keeps an estimate for a later year a forecast", () => {
    expect(
      goals("The city's growth is estimated to be about 5% next year.", "2026-01-20").map((f) => [f[2], f[3]]),
    ).toEqual([["target", 2027]]);
  });
});
