import ExcelJS from "exceljs";
import { SHEET_NAMES } from "../../src/core/sheets/types";
import * as path from "path";
import type { Page } from "playwright-core";
import { browserSuite, RESULTS } from "./browser";

const suite = browserSuite({ results: true });
let page: Page;
const consoleErrors: string[] = [];
const requests: string[] = [];

// our own test article, in the style of the seeds
const ARTICLE = `Shanghai sets out its digital plan

Shanghai's artificial intelligence industry reached 300 billion yuan in 2023, up 18 percent year-on-year. The city aims to lift it to more than 600 billion yuan by 2027.
Shanghai churned out 250,000 new energy vehicles last year, and output should exceed 800,000 units by 2027.`;

beforeAll(async () => {
  const context = await suite.browser.newContext({ acceptDownloads: true, viewport: { width: 900, height: 1000 } });
  page = await context.newPage();
  page.on("console", (message) => message.type() === "error" && consoleErrors.push(message.text()));
  page.on("pageerror", (error) => consoleErrors.push(String(error)));
  page.on("request", (request) => requests.push(request.url()));
  await page.goto(suite.paneUrl());
}, 120000);

describe("the task pane in Chromium, stand-alone", () => {
  it("shows every indicator of the catalog on the overview", async () => {
    await page.getByTestId("indicator-RD_GDP").waitFor();
    const codes = await page
      .locator('[data-testid^="indicator-"]')
      .evaluateAll((rows) => rows.map((r) => r.getAttribute("data-testid")));
    expect(codes).toEqual(
      expect.arrayContaining(
        [
          "IC",
          "BIO",
          "AI",
          "DISPLAY",
          "SENSOR",
          "SOFTWARE",
          "MEDDEV",
          "NEV",
          "NEV_VALUE",
          "PROJECTS",
          "INVEST",
          "KIS_SHARE",
          "RD_GDP",
        ].map((c) => `indicator-${c}`),
      ),
    );
    await expect(page.getByTestId("indicator-IC").textContent()).resolves.toContain(
      "more than 414 bn yuan (2025, derived)",
    );
    await expect(page.getByText("Stand-alone", { exact: false }).count()).resolves.toBe(1);
    await page.screenshot({ path: path.join(RESULTS, "overview.png") });
  });

  it("reads a new document and lists its facts for review", async () => {
    await page.getByRole("tab", { name: "Add a document" }).click();
    await page.getByLabel("Document text").fill(ARTICLE);
    await page.getByLabel("Publication date").fill("2024-02-20");
    await page.getByLabel("Region").fill("Shanghai");
    await page.getByRole("button", { name: "Read figures" }).click();
    const facts = page.getByRole("list", { name: "Facts to review" }).getByRole("listitem");
    await facts.first().waitFor();
    const texts = await facts.allTextContents();
    expect(texts.map((t) => t.split(/Shanghai|…/)[0].trim())).toEqual([
      "actual · AI · 2023 · 300 bn yuan",
      "actual · AI · 2023 · 18 % · growth",
      "target · AI · 2027 · more than 600 bn yuan",
      "actual · NEV · 2023 · 250,000 vehicles",
      "target · NEV · 2027 · more than 800,000 vehicles",
    ]);
    await page.screenshot({ path: path.join(RESULTS, "review.png"), fullPage: true });
  });

  it("adds the accepted facts, and the overview shows them", async () => {
    await page.getByRole("button", { name: "Accept the rest" }).click();
    await page.getByRole("button", { name: "Add 5 accepted facts" }).click();
    await page.getByText("Added 5 facts").waitFor();
    await page.getByRole("tab", { name: "Overview" }).click();
    await page.getByRole("button", { name: /^AI: / }).click();
    const detail = page.getByTestId("indicator-detail");
    await expect(detail.textContent()).resolves.toContain(
      "Shanghai's artificial intelligence industry reached 300 billion yuan in 2023",
    );
    await page.getByRole("button", { name: "Back to the overview" }).click();
    await page.screenshot({ path: path.join(RESULTS, "overview-after-adding.png"), fullPage: true });
  });

  it("downloads an .xlsx built from the same plan, holding the accepted facts", async () => {
    await page.getByRole("tab", { name: "Download" }).click();
    const [download] = await Promise.all([
      page.waitForEvent("download"),
      page.getByRole("button", { name: "Download tracking workbook (.xlsx)" }).click(),
    ]);
    const file = path.join(RESULTS, download.suggestedFilename());
    await download.saveAs(file);
    await page.getByText(/Downloaded plan-tracker-/).waitFor();
    const book = new ExcelJS.Workbook();
    await book.xlsx.readFile(file);
    expect(book.worksheets.map((w) => w.name)).toEqual([...SHEET_NAMES]);
    const rows: unknown[][] = [];
    book.getWorksheet("Actuals")!.eachRow((row) => rows.push((row.values as unknown[]).slice(1)));
    expect(rows).toContainEqual(expect.arrayContaining(["AI", "Shanghai", 2023, 300]));
    expect(rows).toContainEqual(expect.arrayContaining(["NEV", "Shanghai", 2023, 250000]));
    const targets: unknown[][] = [];
    book.getWorksheet("Targets")!.eachRow((row) => targets.push((row.values as unknown[]).slice(1)));
    expect(targets).toContainEqual(expect.arrayContaining(["AI", "Shanghai", 2027, ">", 600]));
    await page.screenshot({ path: path.join(RESULTS, "download.png") });
  });

  it("shows the checks with their quotes", async () => {
    await page.getByRole("tab", { name: "Checks" }).click();
    // the view loads when first opened
    await page.getByTestId("check-mismatch").first().waitFor();
    await expect(page.getByTestId("check-mismatch").count()).resolves.toBe(2);
    await page.screenshot({ path: path.join(RESULTS, "checks.png") });
  });

  it("logged no console errors and fetched nothing from outside localhost", () => {
    expect(consoleErrors).toEqual([]);
    const outside = requests.filter(
      (url) => !url.startsWith(suite.url) && !url.startsWith("blob:") && !url.startsWith("data:"),
    );
    expect(outside).toEqual([]);
  });
});
