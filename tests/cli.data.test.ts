import * as path from "path";
import { runCli as run } from "./helpers/run-cli";

const FIGURES = path.join(__dirname, "fixtures", "figures");

describe("--data FILE: the analyst's own figures on the command line", () => {
  it("lets eval answer from an imported figure, which counts before every publication", async () => {
    const { code, out } = await run("eval", "--data", path.join(FIGURES, "import-good.csv"), '=SH.ACTUAL("IC",2023)');
    expect([code, out]).toEqual([0, "280"]);
  });

  it("lists an imported figure that disagrees with a publication in checks, with the rule", async () => {
    const { code, out } = await run("checks", "--data", path.join(FIGURES, "reported.csv"));
    expect(code).toBe(0);
    expect(out).toContain(
      "which counts: the analyst's own figure counts first, then the most recent publication, then older ones",
    );
    expect(out).toMatch(
      /DIFF IC actual 2023: .*300 bn yuan \(Example Statistics Bureau, 2024-02-20, own figure; industry scale\)/,
    );
  });

  it("prints each bad row with its file and row, exits 1, and still shows the targets", async () => {
    const { code, out, err } = await run("targets", "--data", path.join(FIGURES, "mixed.csv"));
    expect(code).toBe(1);
    expect(err.split("\n")).toContain(
      "plan-tracker: " + path.join(FIGURES, "mixed.csv") + ' row 7: value "lots" is not a number',
    );
    expect(out).toContain("Plan targets from the embedded seeds and reported figures");
  });

  it("refuses a file that is no figures table", async () => {
    const { code, err } = await run("targets", "--data", path.join(FIGURES, "missing.csv"));
    expect(code).toBe(2);
    expect(err).toContain("missing.csv: no such file");
  });
});
