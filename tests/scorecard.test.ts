import * as fs from "fs";
import * as path from "path";
import { main } from "../src/cli/main";
import { buildDataset } from "../src/core/dataset/build";
import { parseFiguresCsv } from "../src/core/figures";
import { defaultScorecardPlan, scorecard } from "../src/core/scorecard";
import { seedDocuments } from "./helpers/seeds";

const FIXTURE = path.join(__dirname, "fixtures", "figures", "reported.csv");
const figures = parseFiguresCsv(fs.readFileSync(FIXTURE, "utf8"), { doc: "reported.csv" }).rows;
const dataset = buildDataset(seedDocuments(), figures, { date: "2026-12-01" });
const card = scorecard(dataset, "14FYP", "Shanghai");
const row = (code: string) => card.rows.find((r) => r.code === code)!;

describe("the 14th plan's scorecard", () => {
  it("is the default once the plan has ended", () => {
    expect(defaultScorecardPlan(dataset, "Shanghai")!.id).toBe("14FYP");
    expect(card.plan).toMatchObject({ id: "14FYP", periodStart: 2021, periodEnd: 2025 });
  });

  it("says IC achieved its target with the 2025 figure, and names both figures' sources", () => {
    expect(row("IC")).toMatchObject({ outcome: "Achieved", final: true, shortfall: null });
    expect(row("IC").actual).toMatchObject({ year: 2025, value: 450e9 });
    expect(row("IC").result).toBe("achieved (450 bn yuan in 2025 against more than 414 bn yuan)");
    expect(row("IC").sources.actual).toBe(
      "reported figure (IC 2025): Example Statistics Bureau, 2026-01-20, https://stats.example.org/ic-2025; definition: industry scale",
    );
    expect(row("IC").sources.target).toMatch(
      /^Shanghai .*\[003_[0-9a-f]+\.txt\]; derived: more than 2 × the 2020 baseline of 207 bn yuan$/,
    );
  });

  it("says by how much AI fell short, with the required and actual CAGR", () => {
    const ai = row("AI");
    expect(ai.outcome).toBe("Fell short");
    expect(ai.shortfall).toBeCloseTo(40 / 440, 10);
    expect(ai.result).toBe("fell short by 9.1 % (400 bn yuan in 2025 against more than 440 bn yuan)");
    expect(ai.requiredCagr).toBeCloseTo(Math.pow(2, 1 / 5) - 1, 10);
    expect(ai.actualCagr).toBeCloseTo(Math.pow(400 / 220, 1 / 5) - 1, 10);
  });

  it("reports no figure where only part-year figures exist, never a part year as the year", () => {
    expect(row("NEV")).toMatchObject({ outcome: "No figure reported", actual: null });
    expect(row("NEV").result).toBe("no figure reported for 2021-2025 (target more than 1.2 m vehicles by 2025)");
  });

  it("counts the outcomes", () => {
    expect(card.counts.Achieved).toBeGreaterThanOrEqual(1);
    expect(card.counts["Fell short"]).toBeGreaterThanOrEqual(1);
    expect(Object.values(card.counts).reduce((a, b) => a + b, 0)).toBe(card.rows.length);
  });

  it("names the plans there are when asked for one that does not exist", () => {
    expect(() => scorecard(dataset, "13FYP", "Shanghai")).toThrow('no plan "13FYP" in Shanghai; plans: 14FYP, 15FYP');
  });
});

describe("plan-tracker scorecard", () => {
  async function run(...argv: string[]) {
    const out: string[] = [];
    const err: string[] = [];
    const code = await main(argv, { out: (t) => out.push(t), err: (t) => err.push(t) });
    return { code, out: out.join("\n"), err: err.join("\n") };
  }

  it("prints the scorecard with the analyst's figures from --data and every figure's source", async () => {
    const { code, out, err } = await run("scorecard", "--data", FIXTURE, "--date", "2026-12-01");
    expect(err).toBe("");
    expect(code).toBe(0);
    expect(out).toContain(
      "Scorecard: Shanghai 14th Five-Year Plan for high-end industries (2021-25) (14FYP, 2021-2025), Shanghai",
    );
    expect(out).toMatch(
      /IC +Integrated-circuit industry scale +more than 414 bn yuan \(2025\) +450 bn yuan \(2025\) +Achieved +14\.87 % +16\.80 %/,
    );
    expect(out).toMatch(/AI .* Fell short: 9\.1 %/);
    expect(out).toContain(
      "  AI: fell short by 9.1 % (400 bn yuan in 2025 against more than 440 bn yuan)\n    target: Shanghai",
    );
    expect(out).toContain(
      "    actual: own figure (AI 2025): Example Statistics Bureau, 2026-02-01, https://stats.example.org/ai-2025",
    );
  });

  it("lists each bad row of a --data file and still prints the good ones", async () => {
    const { code, out, err } = await run(
      "scorecard",
      "--data",
      path.join(__dirname, "fixtures", "figures", "mixed.csv"),
      "--plan",
      "14fyp",
    );
    expect(code).toBe(1);
    expect(err).toContain('mixed.csv row 7: value "lots" is not a number');
    expect(err).toContain("mixed.csv row 10: missing source: url is empty");
    expect(out).toContain("Scorecard: ");
  });

  it("refuses an unknown plan with the plans there are", async () => {
    const { code, err } = await run("scorecard", "--plan", "9FYP");
    expect(code).toBe(2);
    expect(err).toBe('plan-tracker scorecard: no plan "9FYP" in Shanghai; plans: 14FYP, 15FYP');
  });
});
