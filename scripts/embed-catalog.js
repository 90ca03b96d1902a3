/**
 * Embeds the shipped catalog (data/plans.csv, data/indicators.csv, data/events.csv) as text into
 * src/generated/catalog-data.json, which src/core/catalog imports: webpack, ts-jest and the command line all
 * read the same files without Node APIs in the core. Runs before the TypeScript build (npm run build:cli).
 */
const fs = require("fs");
const path = require("path");

const ROOT = path.join(__dirname, "..");
const FILES = { plans: "data/plans.csv", indicators: "data/indicators.csv", events: "data/events.csv" };

const data = {};
for (const [key, file] of Object.entries(FILES))
  data[key] = { file, text: fs.readFileSync(path.join(ROOT, file), "utf8") };
const out = path.join(ROOT, "src", "generated", "catalog-data.json");
fs.mkdirSync(path.dirname(out), { recursive: true });
const json = JSON.stringify(data, null, 1) + "\n";
if (!fs.existsSync(out) || fs.readFileSync(out, "utf8") !== json) fs.writeFileSync(out, json);
console.log(`embedded the catalog (${Object.values(FILES).join(", ")}) into ${path.relative(process.cwd(), out)}`);
