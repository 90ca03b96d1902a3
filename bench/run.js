/** npm run bench: prints every benchmark and writes bench/results.json. */
const fs = require("fs");
const path = require("path");
const { extractionBench, librarySurvey } = require("./extraction");

const SECTIONS = {
  extraction: extractionBench,
  librarySurvey: async () => librarySurvey(),
};
for (const optional of ["functions", "sheets", "taskpane"]) {
  const file = path.join(__dirname, `${optional}.js`);
  if (fs.existsSync(file)) SECTIONS[optional] = require(file).bench;
}

async function main() {
  const only = process.argv.slice(2);
  const resultsFile = path.join(__dirname, "results.json");
  const results = fs.existsSync(resultsFile) ? JSON.parse(fs.readFileSync(resultsFile, "utf8")) : {};
  results.machine = {
    node: process.version,
    platform: `${process.platform} ${process.arch}`,
    cpus: require("os").cpus().length,
    date: new Date().toISOString(),
  };
  for (const [name, run] of Object.entries(SECTIONS)) {
    if (only.length && !only.includes(name)) continue;
    process.stdout.write(`\n== ${name}\n`);
    results[name] = await run();
    process.stdout.write(JSON.stringify(results[name], null, 2) + "\n");
  }
  fs.writeFileSync(resultsFile, JSON.stringify(results, null, 2) + "\n");
  const x = results.extraction;
  if (x) {
    process.stdout.write(
      `\nSummary: seeds ${x.seeds.medianMs.toFixed(2)} ms (goal ${x.seeds.goalMs}); 1 MB ${x.corpus1MB.medianMs.toFixed(0)} ms (goal ${x.corpus1MB.goalMs}); ` +
        `${x.speedupVsCurrencyModel.toFixed(0)}x the currency model${x.currencyModel.lowerBound ? " (lower bound)" : ""}; ` +
        `its ${x.currencyModel.amountsFound} amounts, we miss ${x.currencyModel.theirAmountsWeMiss.length}\n`,
    );
  }
  process.stdout.write(`wrote ${path.relative(process.cwd(), resultsFile)}\n`);
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
