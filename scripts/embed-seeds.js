/**
 * Extracts the embedded seeds once, at build time, into src/generated/seed-data.json, so the add-in never
 * runs extraction when a workbook opens. It reads with the extractor in src/ (not lib/), so the add-in's build,
 * which runs it first (webpack.config.js), embeds what the code in the tree extracts. It then writes the task
 * pane's overview of those seeds (embed-overview.js), so the two never disagree.
 */
const path = require("path");
const { writeIfChanged } = require("./embed-ts");
const { loadSeeds } = require("../src/cli/documents.ts");
const { extract } = require("../src/core/extract/index.ts");
const { reportedFigures } = require("../src/cli/figures.ts");

const documents = loadSeeds();
const facts = documents.flatMap(({ info, text }) =>
  extract(text, { doc: info.file, date: info.date, region: info.region }),
);
// The reported-figures table ships with the seeds: its rows are facts with their published source.
const reported = reportedFigures();
for (const error of reported.errors) console.error(`data/reported.csv row ${error.row}: ${error.reason}`);
if (reported.errors.length) process.exit(1);
facts.push(...reported.rows);
const out = path.join(__dirname, "..", "src", "generated", "seed-data.json");
const seeds = { documents: documents.map((d) => d.info), facts };
writeIfChanged(out, JSON.stringify(seeds) + "\n");
console.log(
  `embedded ${facts.length} facts from ${documents.length} seed documents and ${reported.rows.length} reported figures into ${path.relative(process.cwd(), out)}`,
);

require("./embed-overview").writeOverview(JSON.parse(JSON.stringify(seeds)));
