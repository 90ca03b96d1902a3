import { cellsToFreeze } from "../src/excel/freeze";

describe("freezing SH formulas for sharing", () => {
  it("picks the SH formulas of a block, at their cell addresses, with their current values", () => {
    const formulas = [
      ["Code", '=SH.TARGET("IC",2025)', "=1+1"],
      ["NEV", '=ROUND(sh.requiredcagr("NEV"),3)', '=SH.SOURCE("AI")'],
      ["XX", '=SH.TARGET("XX")', "plain text mentioning SH.TARGET("],
    ];
    const values = [
      ["Code", 414, 2],
      ["NEV", 0.381, '"Integrated circuits ..." — …'],
      ["XX", "#N/A", "plain text mentioning SH.TARGET("],
    ];
    const { cells, skipped } = cellsToFreeze("Briefing", "Briefing!C5:E7", formulas, values);
    expect(cells).toEqual([
      { sheet: "Briefing", address: "D5", formula: '=SH.TARGET("IC",2025)', value: 414 },
      { sheet: "Briefing", address: "D6", formula: '=ROUND(sh.requiredcagr("NEV"),3)', value: 0.381 },
      { sheet: "Briefing", address: "E6", formula: '=SH.SOURCE("AI")', value: '"Integrated circuits ..." — …' },
    ]);
    expect(skipped).toBe(1); // the #N/A stays a formula, so the error keeps its message
  });

  it("leaves other add-ins' functions and look-alike names alone", () => {
    const { cells } = cellsToFreeze("S", "A1:B1", [["=CONTOSO.SH.TARGET(1)", "=MYSH.TARGET(1)"]], [[1, 2]]);
    expect(cells).toEqual([]);
  });
});
