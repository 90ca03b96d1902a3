import * as fs from "fs";
import * as os from "os";
import * as path from "path";
import type { Page } from "playwright-core";
import { makeChinesePdf } from "../helpers/make-pdf";
import { browserSuite, ROOT } from "./browser";

const suite = browserSuite();
let page: Page;
const consoleErrors: string[] = [];
const requests: string[] = [];

beforeAll(async () => {
  page = await suite.browser.newPage({ viewport: { width: 340, height: 900 } });
  page.on("console", (message) => message.type() === "error" && consoleErrors.push(message.text()));
  page.on("pageerror", (error) => consoleErrors.push(String(error)));
  page.on("request", (request) => requests.push(request.url()));
  await page.goto(suite.paneUrl());
  await page.getByRole("tab", { name: "Add a document" }).click();
}, 120000);

describe("Add a document reads a PDF in the pane (pdf.js and its worker bundled with the add-in)", () => {
  it("fills the text with the PDF's paragraphs, one a line, and says what it read", async () => {
    await page
      .getByLabel("Open a file")
      .setInputFiles(path.join(ROOT, "tests", "fixtures", "pdf", "harbour-plan.chromium.pdf"));
    await page.getByText("Read harbour-plan.chromium.pdf (PDF, 1 page)").waitFor({ timeout: 30000 });
    const text = await page.getByLabel("Document text").inputValue();
    expect(text.split("\n").slice(0, 2)).toEqual([
      "Harbour District Industrial Plan (2024-2027)",
      expect.stringMatching(/^The Harbour District will raise .* up 6\.2 percent year on year\.$/),
    ]);
    await page.getByRole("button", { name: "Read figures" }).click();
    await page
      .getByText(/more than 900 bn yuan/)
      .first()
      .waitFor();
  });

  it("reads a Chinese PDF whose font is not embedded, with the character maps served by the add-in", async () => {
    const line = "浦江新区集成电路产业规模达到980亿元。";
    const file = path.join(fs.mkdtempSync(path.join(os.tmpdir(), "plan-tracker-e2e-")), "zh.pdf");
    fs.writeFileSync(file, makeChinesePdf(line));
    await page.getByLabel("Open a file").setInputFiles(file);
    await page.getByText("Read zh.pdf (PDF, 1 page)").waitFor({ timeout: 30000 });
    expect(await page.getByLabel("Document text").inputValue()).toBe(line);
    expect(requests.some((url) => /pdfjs\/cmaps\/UniGB-UCS2-H\.bcmap$/.test(url))).toBe(true);
  });

  it("loads nothing from outside the add-in and logs no error", () => {
    expect(requests.filter((url) => !url.startsWith(suite.url))).toEqual([]);
    expect(requests.some((url) => /pdf\.worker\.[0-9a-f]{8}\.js$/.test(url))).toBe(true);
    expect(consoleErrors).toEqual([]);
  });
});
