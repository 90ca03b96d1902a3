import { read } from "./helpers/read-facts";

/** A share of what a part year made goes on in the release's part year, as its rates of change do. */
describe("a share of output in a release's part year", () => {
  const shares = (text: string) =>
    read(text, "2024-10-25")
      .filter((f) => f.measure === "share")
      .map((f) => [f.value, f.indicator, f.period]);

  it.each([
    [
      "In the first three quarters, Shanghai's GDP grew 5.3 percent.\n\nThe output of strategic emerging industries " +
        "rose 7.1 percent, with their share of the city's industrial output climbing to 43.5 percent.",
      0.435,
      { from: 1, to: 9 },
    ],
    [
      "In January-June, the city's industrial output was up 3 percent.\n\nThe proportion of strategic emerging " +
        "industries' output in total industrial output rose to 42.1 percent.",
      0.421,
      { from: 1, to: 6 },
    ],
    [
      "In the first quarter, Shanghai's GDP expanded 4.9 percent.\n\nStrategic emerging industries grew 6 percent, " +
        "and their share of total industrial production value reached 41 percent.",
      0.41,
      { from: 1, to: 3 },
    ],
  ])("%s", (text, value, period) => {
    expect(shares(text)).toEqual([[value, "SEI_SHARE", period]]);
  });

  it("gives no part year to a share of the economy, which is no flow of the release's", () => {
    const text =
      "In the first three quarters, Shanghai's GDP grew 5.3 percent.\n\nThe service sector's share of the economy " +
      "stood at 75 percent.";
    expect(shares(text).map((f) => f[2])).toEqual([null]);
  });
});
