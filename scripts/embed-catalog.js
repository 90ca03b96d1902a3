/**
 * Embeds the shipped catalog (data/plans.csv, data/indicators.csv, data/events.csv) as text into
 * src/generated/catalog-data.json, which src/core/catalog imports: webpack, ts-jest and the command line all
 * read the same files without Node APIs in the core. Runs before the TypeScript build (npm run build:cli).
 *
 * It also writes src/generated/catalog-data.browser.json: the same text plus the catalog already validated and
 * parsed by src/core/catalog, which the add-in's build uses instead (webpack.config.js), so the task pane does
 * not parse and check the tables when it starts. A problem in the tables fails this script, naming the row.
 */
const path = require("path");
const { writeIfChanged } = require("./embed-ts");

const ROOT = path.join(__dirname, "..");
const FILES = { plans: "data/plans.csv", indicators: "data/indicators.csv", events: "data/events.csv" };

const data = {};
for (const [key, file] of Object.entries(FILES))
  data[key] = { file, text: require("fs").readFileSync(path.join(ROOT, file), "utf8") };
const out = path.join(ROOT, "src", "generated", "catalog-data.json");
writeIfChanged(out, JSON.stringify(data, null, 1) + "\n");

const { Catalog } = require("../src/core/catalog/catalog.ts");
let catalog;
try {
  catalog = Catalog.load({ plans: [data.plans], indicators: [data.indicators], events: [data.events] });
} catch (error) {
  console.error(`the shipped catalog does not load: ${error.message}`);
  process.exit(1);
}
const browser = path.join(ROOT, "src", "generated", "catalog-data.browser.json");
writeIfChanged(browser, JSON.stringify({ ...data, parts: catalog.parts() }) + "\n");
console.log(
  `embedded the catalog (${Object.values(FILES).join(", ")}) into ${path.relative(process.cwd(), out)} and, parsed, ${path.relative(process.cwd(), browser)}`,
);
