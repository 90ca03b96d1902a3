import { fact, read } from "./helpers/read-facts";

/** Issue 8, phenomenon 10: a statistical table from a PDF, run into one line, read cell by cell. */
describe("run-on tables", () => {
  const text =
    "Table 5-1 Output of Key Industries Unit: 100 million yuan, % Indicator 2024 2025 Growth (%) " +
    "Integrated circuits 3228.0 3571.4 10.6 Smart sensors 497.3 552.0 11.0 New energy vehicles (10,000 units) 131.8 147.2 11.7 " +
    "Source: Test Bureau Table 5-2 Investment Unit: 100 million yuan Year 2024 2025 Industrial investment 2513.0 2781.2 Growth (%) 11.2 10.7 Page 12 of 40";

  it("gives each cell its row's indicator, its column's year, and the table's unit (a row's own unit first)", () => {
    const facts = read(text, "2026-03-30");
    const strip = (f: (typeof facts)[number]) => ({
      ...f,
      doc: undefined,
      subject: undefined,
      quote: undefined,
      start: 0,
      end: 0,
    });
    expect(facts.map(strip)).toMatchObject([
      fact({ value: 322.8e9, indicator: "IC", year: 2024 }),
      fact({ value: 357.14e9, indicator: "IC", year: 2025 }),
      fact({ value: 0.106, unit: "ratio", measure: "growth", indicator: "IC", year: 2025 }),
      fact({ value: 49.73e9, indicator: "SENSOR", year: 2024 }),
      fact({ value: 55.2e9, indicator: "SENSOR", year: 2025 }),
      fact({ value: 0.11, unit: "ratio", measure: "growth", indicator: "SENSOR", year: 2025 }),
      fact({ value: 1318000, unit: "vehicles", indicator: "NEV", year: 2024 }),
      fact({ value: 1472000, unit: "vehicles", indicator: "NEV", year: 2025 }),
      fact({ value: 0.117, unit: "ratio", measure: "growth", indicator: "NEV", year: 2025 }),
      fact({ value: 251.3e9, indicator: "INVEST", year: 2024 }),
      fact({ value: 278.12e9, indicator: "INVEST", year: 2025 }),
      fact({ value: 0.112, unit: "ratio", measure: "growth", indicator: "INVEST", year: 2024 }),
      fact({ value: 0.107, unit: "ratio", measure: "growth", indicator: "INVEST", year: 2025 }),
    ]);
  });

  it("quotes each cell by its row", () => {
    const facts = read(text, "2026-03-30");
    expect(facts[0].quote).toBe("Integrated circuits 3228.0 3571.4 10.6");
    expect(facts[6].quote).toBe("New energy vehicles (10,000 units) 131.8 147.2 11.7");
    expect(facts[12].quote).toBe("Growth (%) 11.2 10.7");
  });
});
