/** Sheet plan build, .xlsx write and the Office.js writer's sync count, for the seeds and 10,000 facts. */
require("./ts-require");
const { loadSeeds } = require("../src/cli/documents.ts");
const { buildDataset } = require("../src/core/dataset/build.ts");
const { datasetFromFacts } = require("../src/core/dataset/index.ts");
const { buildWorkbookPlan } = require("../src/core/sheets/index.ts");
const { writeXlsx } = require("../src/xlsx/write.ts");
const { refreshTrackingSheets } = require("../src/excel/refresh.ts");
const { FakeContext } = require("../tests/helpers/fake-excel.ts");
const { timed: time, timedAsync: timeAsync } = require("./timing");

function syntheticFacts(count) {
  const codes = ["IC", "BIO", "AI", "NEV", "SOFTWARE", "DISPLAY", "SENSOR", "RD_GDP"];
  const facts = [];
  for (let i = 0; i < count; i++) {
    const code = codes[i % codes.length];
    const year = 2000 + (i % 30);
    const unit = code === "NEV" ? "vehicles" : code === "RD_GDP" ? "ratio" : "CNY";
    const value =
      unit === "vehicles" ? 100000 + i : unit === "ratio" ? 0.02 + (i % 50) / 1000 : (100 + (i % 900)) * 1e9;
    facts.push({
      doc: `doc-${i % 200}.txt`,
      region: `City ${Math.floor(i / 240)}`,
      indicator: code,
      subject: code,
      kind: i % 5 === 0 ? "target" : "actual",
      measure: unit === "ratio" ? "share" : "level",
      year,
      value,
      unit,
      comparator: i % 7 === 0 ? ">" : "=",
      relative: null,
      quote: `The ${code} figure of City ${Math.floor(i / 240)} reached ${value} in ${year}, the statistics bureau said.`,
      start: 0,
      end: 80,
    });
  }
  return facts;
}

async function measure(dataset) {
  buildWorkbookPlan(dataset); // warm up
  const planRuns = [];
  let plan;
  for (let i = 0; i < 5; i++) {
    const [ms, result] = time(() => buildWorkbookPlan(dataset));
    planRuns.push(ms);
    plan = result;
  }
  planRuns.sort((a, b) => a - b);
  const [xlsxMs, written] = await timeAsync(() => writeXlsx(plan));
  const context = new FakeContext();
  const [excelMs, summary] = await timeAsync(() => refreshTrackingSheets(plan, context));
  const rows = plan.sheets.reduce((n, s) => n + s.rows.length, 0);
  return {
    facts: dataset.facts.length,
    rows,
    planMedianMs: planRuns[2],
    xlsxWriteMs: xlsxMs,
    xlsxBytes: written.data.length,
    officeJsSyncs: summary.syncs,
    officeJsQueueMs: excelMs,
  };
}

async function bench() {
  const seeds = buildDataset(loadSeeds());
  const facts = syntheticFacts(10000);
  const documents = Array.from({ length: 200 }, (_, i) => ({
    file: `doc-${i}.txt`,
    title: `Doc ${i}`,
    outlet: null,
    date: "2024-01-01",
    region: "",
  }));
  const [datasetMs, big] = time(() => datasetFromFacts(facts, documents));
  return {
    seeds: await measure(seeds),
    synthetic10k: { datasetBuildMs: datasetMs, ...(await measure(big)) },
    goals: { planMs: 200, xlsxMs: 3000, syncs: 3 },
  };
}

module.exports = { bench };
