/**
 * Extracts the embedded seeds once, at build time, into src/generated/seed-data.json, so the add-in never
 * runs extraction when a workbook opens.
 */
const fs = require("fs");
const path = require("path");
const { loadSeeds } = require("../lib/cli/documents");
const { extract } = require("../lib/core/extract");

const documents = loadSeeds();
const facts = documents.flatMap(({ info, text }) =>
  extract(text, { doc: info.file, date: info.date, region: info.region }),
);
const out = path.join(__dirname, "..", "src", "generated", "seed-data.json");
fs.mkdirSync(path.dirname(out), { recursive: true });
fs.writeFileSync(out, JSON.stringify({ documents: documents.map((d) => d.info), facts }) + "\n");
console.log(
  `embedded ${facts.length} facts from ${documents.length} seed documents into ${path.relative(process.cwd(), out)}`,
);
