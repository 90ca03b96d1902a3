/**
 * Reads a text PDF in the browser (the task pane) with pdf.js. Both pdf.js and its worker are bundled by webpack
 * into chunks of the add-in (webpack.config.js emits the worker as a file beside them): nothing comes from a CDN,
 * and nothing loads until the first PDF is opened.
 */
import { pdfErrorMessage, pdfPagesToText, usablePdfText, type PdfText, type PdfTextItem } from "./pdf-text";
import { InputError } from "./errors";

/** Where webpack.config.js copies pdf.js's character maps, beside the pane's page. */
const CMAP_URL = "pdfjs/cmaps/";

async function loadPdfjs() {
  const pdfjs = await import(/* webpackChunkName: "pdfjs" */ "pdfjs-dist");
  if (!pdfjs.GlobalWorkerOptions.workerSrc) {
    const worker = await import(/* webpackChunkName: "pdfjs-worker" */ "pdfjs-dist/build/pdf.worker.min.mjs");
    pdfjs.GlobalWorkerOptions.workerSrc = worker.default;
  }
  return pdfjs;
}

/** The document text of a text PDF; a scanned or damaged PDF gets a clear InputError. */
export async function readPdfInBrowser(bytes: Uint8Array, name: string): Promise<PdfText> {
  const pdfjs = await loadPdfjs();
  const pages: PdfTextItem[][] = [];
  try {
    const doc = await pdfjs.getDocument({
      data: bytes,
      isEvalSupported: false,
      verbosity: 0,
      cMapUrl: CMAP_URL,
      cMapPacked: true,
    }).promise;
    for (let n = 1; n <= doc.numPages; n++) {
      const page = await doc.getPage(n);
      const content = await page.getTextContent();
      pages.push(
        content.items.flatMap((item) =>
          "str" in item
            ? [
                {
                  str: item.str,
                  x: item.transform[4],
                  y: item.transform[5],
                  width: item.width,
                  height: item.height,
                  eol: item.hasEOL,
                },
              ]
            : [],
        ),
      );
      page.cleanup();
    }
    await doc.destroy();
  } catch (error) {
    const { name: errorName, message } = error as Error;
    throw new InputError(pdfErrorMessage(name, errorName, message));
  }
  return usablePdfText(name, pdfPagesToText(pages));
}
