/** plan-tracker scorecard: a plan's targets against the actuals of its last year, with every figure's source. */
import { comparatorWords, formatPercent, formatValue } from "../core/format";
import { defaultScorecardPlan, scorecard, type Scorecard } from "../core/scorecard";
import { parseArgs, UsageError } from "./args";
import { INPUT_OPTIONS, inputDataset, readInputs } from "./inputs";
import { loadFigures } from "./figures";
import type { Io } from "./main";
import { textTable } from "./table";

export function printScorecard(card: Scorecard, io: Io): void {
  const { plan } = card;
  io.out(`Scorecard: ${plan.name} (${plan.id}, ${plan.periodStart}-${plan.periodEnd}), ${card.region}\n`);
  io.out(
    textTable(
      ["Code", "Indicator", "Target", "Actual", "Outcome", "Req. CAGR", "Actual CAGR"],
      card.rows.map((r) => [
        r.code,
        r.name,
        r.target
          ? `${comparatorWords(r.target.comparator)}${formatValue(r.target.value, r.target.unit)} (${r.target.year})`
          : "not yet published",
        r.actual ? `${formatValue(r.actual.value, r.actual.unit)} (${r.actual.year})` : "—",
        r.outcome === "Fell short" || r.outcome === "Short so far"
          ? `${r.outcome}: ${r.unit === "ratio" ? `${((r.shortfall ?? 0) * 100).toFixed(2)} pp` : formatPercent(r.shortfall, 1)}`
          : r.outcome,
        formatPercent(r.requiredCagr, 2),
        formatPercent(r.actualCagr, 2),
      ]),
    ),
  );
  io.out("\nResults and sources");
  for (const r of card.rows) {
    io.out(`  ${r.code}: ${r.result}`);
    if (r.target) io.out(`    target: ${r.sources.target}`);
    if (r.actual) io.out(`    actual: ${r.sources.actual}`);
    if (r.baseline) io.out(`    baseline: ${r.sources.baseline}`);
  }
  const c = card.counts;
  io.out(
    `\n${card.rows.length} indicators: ${c.Achieved} achieved, ${c["Fell short"]} fell short, ${c["Short so far"]} short on the latest figure (final year not reported), ${c["No figure reported"]} with no figure reported, ${c["Target not published"]} without a published target.`,
  );
}

export async function scorecardCommand(argv: string[], io: Io): Promise<number> {
  const { options, positional } = parseArgs(argv, {
    plan: "any",
    region: "any",
    data: "any",
    date: "any",
    ...INPUT_OPTIONS,
  });
  if (positional.length) throw new UsageError(`scorecard takes no files (got "${positional[0]}")`);
  if (options.date && !/^\d{4}(-\d{2}-\d{2})?$/.test(options.date))
    throw new UsageError(`--date must be YYYY-MM-DD or YYYY (got "${options.date}")`);
  const date = options.date;
  const warn = (message: string) => io.err(`plan-tracker: ${message}`);
  const inputs = await readInputs(options, warn);
  const figures = await loadFigures(options.data, warn, inputs.catalog);
  const dataset = inputDataset(inputs, figures.facts, { date });
  const region = options.region ?? "Shanghai";
  const plan = options.plan ?? defaultScorecardPlan(dataset, region)?.id;
  if (!plan) throw new UsageError(`no plans for region "${region}"; regions: ${dataset.catalog.regions().join(", ")}`);
  let card: Scorecard;
  try {
    card = scorecard(dataset, plan, region);
  } catch (error) {
    throw new UsageError((error as Error).message);
  }
  printScorecard(card, io);
  return figures.rejected || inputs.unreadable ? 1 : 0;
}
