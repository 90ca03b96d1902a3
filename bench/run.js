/** npm run bench: prints every benchmark and writes bench/results.json. */
const fs = require("fs");
const path = require("path");
const { execFileSync } = require("child_process");

const SECTIONS = ["extraction", "chinese", "librarySurvey", "pdf", "functions", "dataset", "sheets", "taskpane"];

/** Each section runs in a fresh Node process, so one section's heap and JIT state cannot skew another's. */
function runSection(name) {
  const out = execFileSync(process.execPath, [path.join(__dirname, "section.js"), name], {
    encoding: "utf8",
    stdio: ["ignore", "pipe", "inherit"],
    maxBuffer: 64 * 1024 * 1024,
  });
  return JSON.parse(out.trim().split("\n").pop());
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
  for (const name of SECTIONS) {
    if (only.length && !only.includes(name)) continue;
    process.stdout.write(`\n== ${name}\n`);
    results[name] = runSection(name);
    process.stdout.write(JSON.stringify(results[name], null, 2) + "\n");
  }
  fs.writeFileSync(resultsFile, JSON.stringify(results, null, 2) + "\n");
  const f = results.functions;
  const ds = results.dataset;
  if (ds)
    process.stdout.write(
      `Dataset: ${ds.reportedRows.toLocaleString("en-US")} reported rows and ${ds.indicatorDefinitions} definitions in ${ds.totalMedianMs.toFixed(0)} ms wall, ${ds.totalCpuMedianMs.toFixed(0)} ms CPU at load ${ds.loadAverage.toFixed(1)} (goal ${ds.goalMs}): catalog ${ds.catalogLoadMedianMs.toFixed(0)}, rows ${ds.parseMedianMs.toFixed(0)}, build ${ds.datasetBuildMedianMs.toFixed(0)}\n`,
    );
  const sh = results.sheets;
  const tp = results.taskpane;
  if (f)
    process.stdout.write(
      `\nFunctions: 100,000 calls in ${f.medianMs.toFixed(0)} ms (goal ${f.goalMs}), ${f.callsPerSecond.toLocaleString("en-US")} calls/s\n`,
    );
  if (sh) {
    const s = sh.synthetic10k;
    process.stdout.write(
      `Sheets: plan for ${s.facts} facts ${s.planMedianMs.toFixed(0)} ms (goal 200); .xlsx ${s.xlsxWriteMs.toFixed(0)} ms, ${(s.xlsxBytes / 1024).toFixed(0)} KB (goal 3000 ms); Office.js syncs ${s.officeJsSyncs} (goal 3)\n`,
    );
  }
  if (tp)
    process.stdout.write(
      `Task pane: ${tp.beforeFirstRenderGzipKb} KB gzip before first render (goal 150); overview visible in ${tp.overviewVisibleMs.median} ms (goal 400), usable (React has taken the pre-rendered rows over) in ${tp.overviewInteractiveMs.median} ms; page ${tp.pageHtmlGzipKb} KB gzip\n`,
    );
  const pdf = results.pdf;
  if (pdf)
    process.stdout.write(
      `PDF: ${pdf.pages} pages (${pdf.textCharacters.toLocaleString("en-US")} characters, ${pdf.facts} facts) read and extracted in ${pdf.medianMs} ms (goal ${pdf.goalMs}; first run ${pdf.firstRunMs} ms)\n`,
    );
  const x = results.extraction;
  if (x) {
    process.stdout.write(
      `\nSummary: seeds ${x.seeds.medianMs.toFixed(2)} ms (goal ${x.seeds.goalMs}); 1 MB ${x.corpus1MB.medianMs.toFixed(0)} ms (goal ${x.corpus1MB.goalMs}); ` +
        `${x.speedupVsCurrencyModel.toFixed(0)}x the currency model${x.currencyModel.lowerBound ? " (lower bound)" : ""}; ` +
        `its ${x.currencyModel.amountsFound} amounts, we miss ${x.currencyModel.theirAmountsWeMiss.length}\n`,
    );
  }
  const zh = results.chinese;
  if (zh)
    process.stdout.write(
      `Chinese: 1 MB ${zh.corpus1MB.medianMs.toFixed(0)} ms (goal ${zh.corpus1MB.goalMs}); ` +
        `${zh.speedupVsRecognizers.toFixed(0)}x Recognizers-Text's Chinese number + currency models (extrapolated from ${(zh.recognizersChinese.sampleBytes / 1024).toFixed(0)} KB); ` +
        `their ${zh.recognizersChinese.amountsFound} amounts there, we miss ${zh.recognizersChinese.theirAmountsWeMissCount}\n`,
    );
  process.stdout.write(`wrote ${path.relative(process.cwd(), resultsFile)}\n`);
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
