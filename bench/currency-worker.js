/** Runs Recognizers-Text's currency model over files, one at a time, reporting each as it finishes. */
const fs = require("fs");
const Recognizers = require("@microsoft/recognizers-text-suite");

for (const file of process.argv.slice(2)) {
  const text = fs.readFileSync(file, "utf8");
  const started = process.hrtime.bigint();
  const results = Recognizers.recognizeCurrency(text, Recognizers.Culture.English);
  const ms = Number(process.hrtime.bigint() - started) / 1e6;
  const amounts = results
    .filter((r) => r.resolution && r.resolution.value !== undefined && r.resolution.isoCurrency)
    .map((r) => ({ text: r.text, value: Number(r.resolution.value), currency: r.resolution.isoCurrency }));
  process.stdout.write(JSON.stringify({ file, ms, amounts }) + "\n");
}
