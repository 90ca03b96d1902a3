/** Extraction speed and memory against Recognizers-Text's currency model (issue: foundation). */
const fs = require("fs");
const path = require("path");
const { spawn } = require("child_process");
const { extract, findMoneyAmounts, MAX_QUOTE_LENGTH } = require("../lib/core/extract");
const { buildCorpus } = require("./corpus");
const { median, timed } = require("./timing");

const ROOT = path.resolve(__dirname, "..");
const SEEDS = path.join(ROOT, "seeds");

const time = (fn) => timed(fn)[0];

function runCurrencyModel(files, limitMs) {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, [path.join(__dirname, "currency-worker.js"), ...files], {
      stdio: ["ignore", "pipe", "inherit"],
    });
    const done = [];
    let buffer = "";
    const started = Date.now();
    const timer = setTimeout(() => child.kill("SIGKILL"), limitMs);
    child.stdout.on("data", (chunk) => {
      buffer += chunk;
      let newline;
      while ((newline = buffer.indexOf("\n")) >= 0) {
        done.push(JSON.parse(buffer.slice(0, newline)));
        buffer = buffer.slice(newline + 1);
      }
    });
    child.on("exit", () => {
      clearTimeout(timer);
      const timedOut = done.length < files.length;
      resolve({ results: done, timedOut, wallMs: Date.now() - started });
    });
  });
}

/** A deterministic run-on line: table rows and list items with no sentence end. */
function runOnText(length) {
  const names = ["Integrated circuits", "Biomedicine", "Artificial intelligence", "Smart sensors", "New-type display"];
  const items = [];
  for (let i = 0; items.join(" ").length < length; i++)
    items.push(
      i % 2
        ? `${names[i % 5]} ${1000 + i}.${i % 10} ${1100 + i}.${(i * 3) % 10} ${(i % 17) + 1}.${i % 9}`
        : `output of zone ${i} reached ${i + 10} billion yuan, up ${(i % 9) + 1} percent,`,
    );
  return items.join(" ");
}

async function extractionBench() {
  const infos = JSON.parse(fs.readFileSync(path.join(SEEDS, "documents.json"), "utf8"));
  const docs = infos.map((info) => ({
    info,
    file: path.join(SEEDS, info.file),
    text: fs.readFileSync(path.join(SEEDS, info.file), "utf8"),
  }));
  const readAll = () =>
    docs.forEach(({ info, text }) => extract(text, { doc: info.file, date: info.date, region: info.region }));
  for (let i = 0; i < 20; i++) readAll(); // warm up
  const seedRuns = Array.from({ length: 101 }, () => time(readAll));

  const corpus = buildCorpus(SEEDS);
  const corpusBytes = Buffer.byteLength(corpus);
  let corpusFacts = 0;
  extract(corpus, { doc: "corpus", date: "2024-01-01", region: "Shanghai" });
  const corpusRuns = Array.from({ length: 5 }, () =>
    time(() => {
      corpusFacts = extract(corpus, { doc: "corpus", date: "2024-01-01", region: "Shanghai" }).length;
    }),
  );
  // A 45,000-character line with no sentence end (a PDF table or run-on list): time, and the longest quote
  const runOn = runOnText(45000);
  extract(runOn, { doc: "run-on", date: "2025-03-01", region: "Shanghai" });
  let runOnFacts = [];
  const runOnRuns = Array.from({ length: 5 }, () =>
    time(() => {
      runOnFacts = extract(runOn, { doc: "run-on", date: "2025-03-01", region: "Shanghai" });
    }),
  );
  const memory = process.memoryUsage();
  const peakRssMb = process.resourceUsage().maxRSS / 1024;

  const limitMs = 60000;
  const currency = await runCurrencyModel(
    docs.map((d) => d.file),
    limitMs,
  );
  const currencyMs = currency.results.reduce((sum, r) => sum + r.ms, 0);
  // Every money amount the currency model finds must be among ours (same value and currency).
  // Two readings are the same amount: "¥" is yuan in Chinese policy news where the model says yen (JPY),
  // and a bare currency word with no number ("USD" in a headline, value 0) is not an amount.
  const misses = [];
  const ignored = [];
  let theirs = 0;
  const sameCurrency = (a, b) => a === b || (["CNY", "JPY"].includes(a) && ["CNY", "JPY"].includes(b));
  for (const result of currency.results) {
    const text = fs.readFileSync(result.file, "utf8");
    const ours = findMoneyAmounts(text);
    for (const amount of result.amounts) {
      if (!/\d/.test(amount.text)) {
        ignored.push(`${path.basename(result.file)}: "${amount.text}" (no number)`);
        continue;
      }
      theirs++;
      const found = ours.some(
        (o) =>
          sameCurrency(o.currency, amount.currency) &&
          Math.abs(o.value - amount.value) <= 1e-6 * Math.max(1, amount.value),
      );
      if (!found) misses.push(`${path.basename(result.file)}: ${amount.text} (${amount.value} ${amount.currency})`);
    }
  }
  const ourAmounts = docs.reduce((sum, d) => sum + findMoneyAmounts(d.text).length, 0);
  const seedsMs = median(seedRuns);
  return {
    seeds: {
      documents: docs.length,
      bytes: docs.reduce((s, d) => s + Buffer.byteLength(d.text), 0),
      medianMs: seedsMs,
      runs: seedRuns.length,
      goalMs: 20,
    },
    corpus1MB: {
      bytes: corpusBytes,
      facts: corpusFacts,
      medianMs: median(corpusRuns),
      runs: corpusRuns.length,
      goalMs: 1000,
    },
    runOn45k: {
      characters: runOn.length,
      facts: runOnFacts.length,
      medianMs: median(runOnRuns),
      longestQuote: Math.max(...runOnFacts.map((f) => f.quote.length)),
      quoteLimit: MAX_QUOTE_LENGTH,
    },
    memory: { peakRssMb: Math.round(peakRssMb), heapUsedMb: Math.round(memory.heapUsed / 1048576) },
    currencyModel: {
      library: "@microsoft/recognizers-text-suite recognizeCurrency (English), seed documents one by one",
      documentsFinished: currency.results.length,
      totalMs: currency.timedOut ? Math.max(currencyMs, limitMs) : currencyMs,
      lowerBound: currency.timedOut,
      amountsFound: theirs,
      ourAmountsFound: ourAmounts,
      theirAmountsWeMiss: misses,
      notAmounts: ignored,
      note: "¥ amounts count as found when we read them as CNY and the model as JPY",
    },
    speedupVsCurrencyModel: (currency.timedOut ? Math.max(currencyMs, limitMs) : currencyMs) / seedsMs,
    speedupGoal: 100,
  };
}

/** The libraries weighed for extraction, timed on the same seeds (one pass each, after one warm-up). */
function librarySurvey() {
  const texts = fs
    .readdirSync(SEEDS)
    .filter((f) => f.endsWith(".txt"))
    .map((f) => fs.readFileSync(path.join(SEEDS, f), "utf8"));
  const survey = {};
  const measure = (name, fn) => {
    texts.forEach(fn);
    survey[name] = Math.round(time(() => texts.forEach(fn)) * 10) / 10;
  };
  const Recognizers = require("@microsoft/recognizers-text-suite");
  measure("recognizers-text number model (ms)", (t) => Recognizers.recognizeNumber(t, Recognizers.Culture.English));
  const nlp = require("compromise");
  measure("compromise money() (ms)", (t) => nlp(t).money().json());
  const chrono = require("chrono-node");
  measure("chrono-node parse (ms)", (t) => chrono.parse(t, new Date("2022-01-01")));
  measure("plan-tracker extract (ms)", (t) => extract(t, { doc: "x", date: "2022-01-01" }));
  return survey;
}

module.exports = { extractionBench, librarySurvey };
