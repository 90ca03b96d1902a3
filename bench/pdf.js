/**
 * A 50-page text PDF read (pdf.js in its worker thread, as the command line does) and extracted; goal <= 2 s.
 * The PDF is generated here from sentences of our own, so nothing is downloaded or committed.
 */
require("./ts-require");
const { readPdf } = require("../lib/input/pdf-node");
const { extract } = require("../lib/core/extract");
const { makePdf, wrap } = require("../tests/helpers/make-pdf.ts");
const { median, timedAsync } = require("./timing");

const PAGES = 50;
const LINES_PER_PAGE = 52;
const GOAL_MS = 2000;
const RUNS = 5;

const DISTRICTS = ["Riverside", "Harbour", "Lakeside", "Hillview", "Eastgate", "Northbank"];
const SECTORS = ["integrated circuit", "biomedicine", "robotics", "new energy vehicle", "software", "display"];

/** Paragraphs in the style of a district's industrial plan, varied by a fixed pseudo-random sequence. */
function planParagraphs(count) {
  let state = 20261201;
  const next = (n) => {
    state = (state * 1103515245 + 12345) >>> 0;
    return state % n;
  };
  const paragraphs = [];
  for (let i = 0; i < count; i++) {
    const district = DISTRICTS[next(DISTRICTS.length)];
    const sector = SECTORS[next(SECTORS.length)];
    const year = 2021 + next(5);
    paragraphs.push(
      [
        `${i + 1}. The ${district} district will lift its ${sector} industry to more than ${50 + next(400)} billion yuan by ${year + 3}, building ${2 + next(30)} new industrial parks along the way.`,
        `In ${year} the industry's output reached ${10 + next(90)}.${next(10)} billion yuan, up ${1 + next(15)}.${next(10)} percent year on year, and the district signed ${5 + next(60)} projects worth ${next(90) + 1} billion yuan.`,
        `Enterprises in the sector will spend at least ${1 + next(4)}.${next(10)} percent of their revenue on research and development.`,
      ].join(" "),
    );
  }
  return paragraphs;
}

function buildPdf() {
  const lines = planParagraphs(PAGES * 6).flatMap((p) => wrap(p));
  const pages = [];
  for (let p = 0; p < PAGES; p++) {
    pages.push({ lines: [...lines.slice(p * LINES_PER_PAGE, (p + 1) * LINES_PER_PAGE), `- ${p + 1} -`] });
  }
  return makePdf(pages, { fontSize: 10 });
}

async function bench() {
  const bytes = new Uint8Array(buildPdf());
  const runOnce = async () => {
    const pdf = await readPdf(bytes, "plan-50-pages.pdf");
    const facts = extract(pdf.text, { doc: "plan-50-pages.pdf", date: "2024-06-01", region: "Shanghai" });
    return { pdf, facts };
  };
  const [firstMs, first] = await timedAsync(runOnce);
  const times = [];
  for (let i = 0; i < RUNS; i++) times.push((await timedAsync(runOnce))[0]);
  const [readMs] = await timedAsync(() => readPdf(bytes, "plan-50-pages.pdf"));
  return {
    pages: first.pdf.pages,
    pdfBytes: bytes.length,
    textCharacters: first.pdf.text.length,
    facts: first.facts.length,
    firstRunMs: Math.round(firstMs),
    medianMs: Math.round(median(times)),
    readOnlyMs: Math.round(readMs),
    runs: RUNS,
    goalMs: GOAL_MS,
    // the machine's load while measuring (the benchmarks share two cores with whatever else runs)
    loadAverage1m: Number(require("os").loadavg()[0].toFixed(1)),
    note: "read (pdf.js in a worker thread, started per file as the command line does) + extract",
  };
}

module.exports = { bench, buildPdf };
