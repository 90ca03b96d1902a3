import { read } from "./helpers/read-facts";

/** A scale word alone as the line passed, in own sentences. */
const goals = (text: string, date = "2025-03-28") =>
  read(text, date).map((f) => [f.value, f.unit, f.kind, f.year, f.comparator]);

describe("a scale word alone in a line's name", () => {
  it.each([
    ["Robotics Set to Surpass the Trillion-yuan Mark This Year", [[1e12, "CNY", "target", 2025, ">"]]],
    ["The district's output crossed the hundred-billion-yuan level in 2024.", [[1e11, "CNY", "actual", 2024, ">"]]],
  ])("%s", (text, expected) => {
    expect(goals(text)).toEqual(expected);
  });
});
