import { read } from "./helpers/read-facts";

/** A story whose lead tells of the present is of the report's year, in own sentences. */
const row = (text: string, date: string) => read(text, date).map((f) => [f.value, f.unit, f.year]);

describe("a lead told of the present", () => {
  it("dates the yearless figures to the report's year, whatever year a later paragraph looks back on", () => {
    const story = [
      "Plant output tops 500,000 units",
      "However, shipments from the plant are down 6% year-to-date.",
      "The plant shipped 600,000 vehicles in 2024, up 3 percent on the year before.",
    ].join("\n\n");
    expect(row(story, "2025-12-09")).toEqual([
      [500000, "units", 2025],
      [-0.06, "ratio", 2025],
      [600000, "vehicles", 2024],
      [0.03, "ratio", 2024],
    ]);
  });

  it("leaves a story whose lead names no time the year its first paragraph looks back on", () => {
    const story = [
      "Plant output tops 500,000 units",
      "Shipments from the plant are down 6%.",
      "The plant shipped 600,000 vehicles in 2024, up 3 percent on the year before.",
    ].join("\n\n");
    expect(row(story, "2025-12-09").map((f) => f[2])).toEqual([2024, 2024, 2024, 2024]);
  });
});
