/**
 * Renders the task pane's first render (the overview of the embedded seeds, this year) at build time into
 * src/generated/overview-prerender.json, which the webpack build puts into taskpane.html (src/taskpane/prerender.tsx
 * says what and where). Run after embed-seeds.js, from the same seeds and the same build-time overview.
 * `--print`: writes it to stdout instead (the tests read it so, rendered in plain Node as the build does).
 */
const fs = require("fs");
const path = require("path");
const { writeIfChanged } = require("./embed-ts");

function prerender() {
  const generated = path.join(__dirname, "..", "src", "generated");
  const read = (file) => JSON.parse(fs.readFileSync(path.join(generated, file), "utf8"));
  const { Store } = require("../src/functions/store.ts");
  const { precomputedModel } = require("../src/taskpane/overview-model.ts");
  const { prerenderOverview } = require("../src/taskpane/prerender.tsx");
  const year = new Date().getUTCFullYear();
  const start = precomputedModel(read("overview-data.json"), year);
  if (!start) throw new Error(`prerender-overview: the build-time overview has no rows for ${year}`);
  return prerenderOverview(new Store(read("seed-data.json")), start, year);
}

function writePrerender() {
  const prerendered = prerender();
  const year = prerendered.year;
  const out = path.join(__dirname, "..", "src", "generated", "overview-prerender.json");
  writeIfChanged(out, JSON.stringify(prerendered) + "\n");
  console.log(
    `pre-rendered the pane's overview for ${year} (${Math.round(prerendered.markup.length / 1024)} KB of markup) into ${path.relative(process.cwd(), out)}`,
  );
}

if (require.main === module) {
  if (process.argv.includes("--print")) process.stdout.write(JSON.stringify(prerender()));
  else writePrerender();
}

module.exports = { prerender, writePrerender };
