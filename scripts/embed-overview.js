/**
 * Works out the task pane's overview of the embedded seeds at build time into src/generated/overview-data.json,
 * so the pane's first render shows it without building the dataset in the browser (the dataset is built right
 * after, for everything else). It uses the pane's own code (src/taskpane/overview-model.ts) on the seeds webpack
 * embeds (src/generated/seed-data.json): embed-seeds.js writes both, so they always go together, and
 * tests/taskpane.start.test.ts checks the result equals what that code makes of the seeds now.
 *
 * Which plan's record an indicator shows depends on the year (the plan in force), so the overview is worked out
 * for this year and the next ones; a pane opened in a year outside them builds its overview in the browser.
 */
const fs = require("fs");
const path = require("path");
const { writeIfChanged } = require("./embed-ts");
const { Store } = require("../src/functions/store.ts");
const { precomputeOverview } = require("../src/taskpane/overview-model.ts");

/** The years the overview is worked out for: from last year (a clock behind) to five years on. */
function overviewYears(now = new Date()) {
  const year = now.getUTCFullYear();
  return Array.from({ length: 7 }, (_, i) => year - 1 + i);
}

/** The overview of the seeds, as the pane's store would show it in each year. */
function seedOverview(seeds, years = overviewYears()) {
  return precomputeOverview((year) => {
    const store = new Store(seeds);
    store.setDate(year);
    return store.dataset();
  }, years);
}

/** Writes src/generated/overview-data.json for the seeds (by default those in src/generated/seed-data.json). */
function writeOverview(seeds) {
  const generated = path.join(__dirname, "..", "src", "generated");
  seeds ??= JSON.parse(fs.readFileSync(path.join(generated, "seed-data.json"), "utf8"));
  const overview = seedOverview(seeds);
  const out = path.join(generated, "overview-data.json");
  writeIfChanged(out, JSON.stringify(overview) + "\n");
  const years = Object.keys(overview.years);
  console.log(
    `worked out the pane's overview of the seeds (${overview.rows.length} distinct rows for ${years[0]}-${years[years.length - 1]}) into ${path.relative(process.cwd(), out)}`,
  );
}

if (require.main === module) writeOverview();

module.exports = { overviewYears, seedOverview, writeOverview };
