import { read } from "./helpers/read-facts";

/** A noun of change after a rate, in own sentences. */
const facts = (text: string, date = "2025-03-10", region = "Shanghai") =>
  read(text, date, region).map((f) => [f.value, f.unit, f.kind, f.measure, f.year, f.comparator, f.region]);

describe("a noun of change after a rate", () => {
  it("reads 'a 10.8 percent spike in exports' as growth", () => {
    expect(facts("Helped by a 14.2 percent spike in imports, the port's trade hit 2.1 trillion yuan in 2024.")).toEqual(
      [
        [0.142, "ratio", "actual", "growth", 2024, "=", "Shanghai"],
        [2.1e12, "CNY", "actual", "level", 2024, "=", "Shanghai"],
      ],
    );
  });
});
