import { read, oneWithValue } from "./helpers/read-facts";

/**
 * A goal named right after a growth is a rate of the same growth, for the whole year: "expanded 4.8 percent ..., on
 * course for the 4.5 percent target set for the year", "up 6.1%, ahead of the original goal of 5.5%". A figure
 * compared with after the goal ("and above the national average rate of 5.2%") is reported, not a goal.
 */
const pick = (text: string, value: number, date = "2024-07-20") => {
  const f = oneWithValue(read(text, date), value);
  return [f.indicator, f.kind, f.measure, f.year, f.period, f.region];
};

describe("a goal named right after a growth", () => {
  it("the N percent target set for the year, after a half year's growth", () => {
    const text =
      "Shanghai's economy expanded 4.8 percent year on year in the first half, keeping pace with the first quarter and on course for the 4.5 percent target set for the year, the statistics bureau said.";
    expect(pick(text, 0.048)).toEqual(["GDP_GROWTH", "actual", "growth", 2024, { from: 1, to: 6 }, "Shanghai"]);
    expect(pick(text, 0.045)).toEqual(["GDP_GROWTH", "target", "growth", 2024, null, "Shanghai"]);
  });

  it("the original goal of N%, and a national average after it stays reported", () => {
    const text =
      "GDP totaled 4.72 trillion yuan in 2023, up 6.1% from a year earlier, ahead of the original goal of 5.5% and above the national average rate of 5.2%.";
    expect(pick(text, 0.061, "2024-02-10")).toEqual(["GDP_GROWTH", "actual", "growth", 2023, null, "Shanghai"]);
    expect(pick(text, 0.055, "2024-02-10")).toEqual(["GDP_GROWTH", "target", "growth", 2023, null, "Shanghai"]);
    expect(pick(text, 0.052, "2024-02-10")).toEqual([null, "actual", "growth", 2023, null, "China"]);
  });

  it("a part year's growth under the annual target: the goal is the year's", () => {
    const text = "Industrial output rose 4.4 percent in the first quarter, under the 6 percent annual target.";
    expect(pick(text, 0.06, "2023-04-20")).toEqual([null, "target", "growth", 2023, null, "Shanghai"]);
  });

  it("a goal of N percent after retail sales' growth is that growth's goal", () => {
    const text = "Retail sales rose 3.9 percent in 2023, short of the annual goal of 5 percent.";
    expect(pick(text, 0.05, "2024-02-10")).toEqual([null, "target", "growth", 2023, null, "Shanghai"]);
  });

  it("a share with no goal word, or a rate's target after a rate, stays a share", () => {
    expect(
      oneWithValue(read("GDP grew 5.2 percent in 2023, and services made up 75 percent of it."), 0.75).measure,
    ).toBe("share");
    const rate = read("The unemployment rate was 4.5 percent, below the target of 5.5 percent.");
    expect(oneWithValue(rate, 0.055).measure).toBe("share");
  });
});
