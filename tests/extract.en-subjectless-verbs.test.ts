import { read } from "./helpers/read-facts";

const links = (text: string, date: string) =>
  read(text, date).map((f) => [f.indicator, f.kind, f.measure, f.year, f.value]);

describe("a verb of reporting with no subject of its own goes on about what the sentence named", () => {
  it("reads '…, registering an annual growth of …' and '…, at …, shows a growth of …' as GDP's growth", () => {
    expect(
      links(
        "Shanghai's GDP climbed to 5.9 trillion yuan in 2026, registering an annual growth of 5.2 percent.",
        "2027-01-25",
      ),
    ).toEqual([
      ["GDP", "actual", "level", 2026, 5.9e12],
      ["GDP_GROWTH", "actual", "growth", 2026, 0.052],
    ]);
    expect(
      links("The city's GDP for 2026, at 5.9 trillion yuan, shows a year-on-year growth of 5.2 percent.", "2027-01-25"),
    ).toEqual([
      ["GDP", "actual", "level", 2026, 5.9e12],
      ["GDP_GROWTH", "actual", "growth", 2026, 0.052],
    ]);
  });
});
