/**
 * Reads a text PDF in Node with Mozilla's pdf.js (pdfjs-dist, legacy build for Node). pdf.js ships only as ES
 * modules, which a CommonJS program (the compiled command line, Jest) cannot require; so it runs in a worker thread,
 * which also keeps a slow PDF off the main thread. The worker returns the raw text items; pdf-text.ts makes them
 * into the document text.
 */
import * as path from "path";
import { pathToFileURL } from "url";
import { Worker } from "worker_threads";
import { InputError } from "./errors";
import { pdfErrorMessage, pdfPagesToText, usablePdfText, type PdfText, type PdfTextItem } from "./pdf-text";

/** Pages read at once (more gains little and holds more pages in memory). */
const PAGES_IN_FLIGHT = 8;
/** A PDF that takes longer than this is given up on with a message rather than hanging the command. */
const PDF_TIMEOUT_MS = 120_000;

// The worker's own code: plain JavaScript, so it runs the same under tsc's output, Jest and the benchmarks.
const WORKER_SOURCE = `
const { parentPort, workerData } = require("worker_threads");
(async () => {
  // pdf.js's own worker code runs in this thread (its "fake worker"); loading it beside pdf.js saves a serial import
  const [pdfjs, pdfWorker] = await Promise.all([import(workerData.module), import(workerData.worker)]);
  globalThis.pdfjsWorker = pdfWorker;
  const task = pdfjs.getDocument({
    data: workerData.data,
    isEvalSupported: false,
    verbosity: 0,
    standardFontDataUrl: workerData.fonts,
    cMapUrl: workerData.cmaps,
    cMapPacked: true,
  });
  const doc = await task.promise;
  const readPage = async (n) => {
    const page = await doc.getPage(n);
    const content = await page.getTextContent();
    page.cleanup();
    return content.items
      .filter((item) => typeof item.str === "string")
      .map((item) => ({
        str: item.str,
        x: item.transform[4],
        y: item.transform[5],
        width: item.width,
        height: item.height,
        eol: item.hasEOL,
      }));
  };
  // a few pages in flight at once: pdf.js parses while the last page's text is collected
  const pages = [];
  for (let first = 1; first <= doc.numPages; first += ${PAGES_IN_FLIGHT}) {
    const batch = [];
    for (let n = first; n < first + ${PAGES_IN_FLIGHT} && n <= doc.numPages; n++) batch.push(readPage(n));
    pages.push(...(await Promise.all(batch)));
  }
  await doc.destroy();
  parentPort.postMessage({ pages });
})().catch((error) => parentPort.postMessage({ error: { name: error.name || "Error", message: String(error.message || error) } }));
`;

function pdfjsFiles() {
  const dist = path.dirname(require.resolve("pdfjs-dist/package.json"));
  // pdf.js reads these folders in Node with fs.readFile(folder + name): plain paths ending in a separator
  const folderUrl = (folder: string) => path.join(dist, folder) + path.sep;
  return {
    module: pathToFileURL(path.join(dist, "legacy", "build", "pdf.min.mjs")).href,
    worker: pathToFileURL(path.join(dist, "legacy", "build", "pdf.worker.min.mjs")).href,
    fonts: folderUrl("standard_fonts"),
    cmaps: folderUrl("cmaps"),
  };
}

function readPages(data: Uint8Array, name: string): Promise<PdfTextItem[][]> {
  return new Promise((resolve, reject) => {
    const worker = new Worker(WORKER_SOURCE, { eval: true, workerData: { ...pdfjsFiles(), data } });
    const timer = setTimeout(() => {
      void worker.terminate();
      reject(new InputError(`${name}: reading the PDF took over ${PDF_TIMEOUT_MS / 1000} s; given up`));
    }, PDF_TIMEOUT_MS);
    worker.once("message", (message: { pages?: PdfTextItem[][]; error?: { name: string; message: string } }) => {
      clearTimeout(timer);
      void worker.terminate();
      if (message.error) reject(new InputError(pdfErrorMessage(name, message.error.name, message.error.message)));
      else resolve(message.pages ?? []);
    });
    worker.once("error", (error) => {
      clearTimeout(timer);
      reject(new InputError(pdfErrorMessage(name, error.name, error.message)));
    });
  });
}

/** The document text of a text PDF; a scanned PDF (no text layer) or a damaged one gets a clear InputError. */
export async function readPdf(bytes: Uint8Array, name: string): Promise<PdfText> {
  if (!bytes.length) throw new InputError(`${name}: is empty`);
  return usablePdfText(name, pdfPagesToText(await readPages(bytes, name)));
}

/** Whether bytes are a PDF (by its signature, which may follow a little junk). */
export function looksLikePdf(bytes: Uint8Array): boolean {
  const head = new TextDecoder("latin1").decode(bytes.subarray(0, 1024));
  return head.includes("%PDF-");
}
