/**
 * Extracts the embedded seeds once, at build time, into src/generated/seed-data.json, so the add-in never
 * runs extraction when a workbook opens.
 */
const fs = require("fs");
const path = require("path");
const { loadSeeds } = require("../lib/cli/documents");
const { extract } = require("../lib/core/extract");

const { reportedFigures } = require("../lib/cli/figures");

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
fs.mkdirSync(path.dirname(out), { recursive: true });
fs.writeFileSync(out, JSON.stringify({ documents: documents.map((d) => d.info), facts }) + "\n");
console.log(
  `embedded ${facts.length} facts from ${documents.length} seed documents and ${reported.rows.length} reported figures into ${path.relative(process.cwd(), out)}`,
);
