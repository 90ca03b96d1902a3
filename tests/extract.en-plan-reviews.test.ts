import { read } from "./helpers/read-facts";

/** A page that looks back over an ended plan period, and averages over several years, in own sentences. */
const when = (text: string, date: string, region = "Shanghai") =>
  read(text, date, region).map((f) => [f.value, f.kind, f.measure, f.year]);

describe("a review of a plan period already over", () => {
  const review =
    "Tianjin's port grows during 11th Five-Year Plan period\n" +
    "During the 11th Five-Year Plan period (2006-10), the city made steady progress.\n" +
    "Cargo handled by its port grew from 1.2 trillion yuan ($145.1 billion) to 2.3 trillion yuan.\n" +
    "Fiscal revenue exceeded 90 billion yuan, and the city had 410 research institutes.";

  it("dates the yearless results in the plan's last year, a change from the plan's base year", () => {
    expect(when(review, "2011-02-10", "Tianjin")).toEqual([
      [1.2e12, "actual", "level", 2005],
      [2.3e12, "actual", "level", 2010],
      [90e9, "actual", "level", 2010],
      [410, "actual", "level", 2010],
    ]);
  });

  it("leaves a page of the plan's own last year, or of a plan still running, as it was", () => {
    const running = review.replace(/11th/g, "12th").replace("(2006-10)", "(2011-15)");
    expect(when(running, "2013-09-01", "Tianjin").map((f) => f[3])).toEqual([2013, 2013, 2013, 2013]);
  });
});

describe("what an ended plan period added", () => {
  it("is the period's total, of no single year", () => {
    const review =
      "During the 11th Five-Year Plan period (2006-10), the city made steady progress.\n" +
      "It also added 18,000 nursing home beds, and its port handled 29 million containers.";
    expect(when(review, "2011-02-10", "Tianjin")).toEqual([
      [18000, "actual", "level", null],
      [29e6, "actual", "level", 2010],
    ]);
  });
});

describe("an average over several years", () => {
  it("is a growth of no single year", () => {
    expect(
      when(
        "Over the decade, household income grew at an average annual rate of 6.5 percent, and the city created an average of 52,000 new jobs every year.",
        "2023-03-01",
      ),
    ).toEqual([
      [0.065, "actual", "growth", null],
      [52000, "actual", "level", null],
    ]);
  });

  it("keeps the single year its clause names", () => {
    expect(when("In 2022, the average annual growth of tax revenue since 2018 was 7.5%.", "2023-03-01")).toEqual([
      [0.075, "actual", "growth", 2022],
    ]);
  });
});

describe("a change from the end of a plan period", () => {
  it("is dated by its own year, not the period's end", () => {
    expect(
      when(
        "In 2023, the district's output reached 88 billion yuan, a 31.5% increase from the end of the “12th Five-Year Plan” period.",
        "2024-05-01",
        "Minhang",
      ),
    ).toEqual([
      [88e9, "actual", "level", 2023],
      [0.315, "actual", "growth", 2023],
    ]);
  });
});
