/**
 * Shared setup of the browser tests: a production build, a local server, and headless Chromium.
 * `browserSuite()` registers all three for a test file (before its tests, closed after them).
 * PLAN_TRACKER_DIST=DIR tests another build than dist/ (e.g. one made with `webpack --output-path DIR`).
 */
import { execFileSync } from "child_process";
import * as fs from "fs";
import * as path from "path";
import { chromium, type Browser, type Page } from "playwright-core";

export const ROOT = path.resolve(__dirname, "..", "..");
export const DIST = process.env.PLAN_TRACKER_DIST
  ? path.resolve(process.env.PLAN_TRACKER_DIST)
  : path.join(ROOT, "dist");
export const RESULTS = path.join(ROOT, "test-results");
export const CHROMIUM = process.env.CHROMIUM_PATH ?? "/usr/bin/chromium";

/** Builds for production unless DIST already holds a production build (no localhost in its manifest). */
export function ensureProductionBuild(): void {
  const manifest = path.join(DIST, "manifest.xml");
  if (fs.existsSync(manifest) && !fs.readFileSync(manifest, "utf8").includes("localhost")) return;
  execFileSync("npx", ["webpack", "--mode", "production", "--output-path", DIST], { cwd: ROOT, stdio: "inherit" });
}

export async function startServer(): Promise<{ url: string; close: () => Promise<void> }> {
  const { serve } = require(path.join(ROOT, "scripts", "serve.js"));
  const { server, url } = await serve({ dir: DIST, port: 0, secure: false });
  return { url, close: () => new Promise((resolve) => server.close(() => resolve())) };
}

export function launch(): Promise<Browser> {
  return chromium.launch({
    executablePath: CHROMIUM,
    args: [
      "--headless",
      "--no-sandbox",
      "--disable-gpu",
      "--disable-background-networking",
      "--disable-component-update",
      "--no-first-run",
    ],
  });
}

export interface PaneOptions {
  width: number;
  height?: number;
  /** e.g. "?theme=dark" */
  query?: string;
  colorScheme?: "light" | "dark";
  deviceScaleFactor?: number;
  /** the test id waited for before the page is handed over */
  ready?: string;
}

export interface BrowserSuite {
  /** Chromium, launched before the file's tests */
  readonly browser: Browser;
  /** the server's address (http://127.0.0.1:PORT/) */
  readonly url: string;
  /** the served pane's address, with `query` appended */
  paneUrl(query?: string): string;
  /** The pane in a context of its own (close it with `page.context().close()`), once the overview is there. */
  openPane(options: PaneOptions): Promise<Page>;
}

/**
 * For a test file: builds when needed, serves DIST and launches Chromium before its tests (`results`: makes
 * test-results/ too), and closes the browser and the server after them.
 */
export function browserSuite(options: { results?: boolean } = {}): BrowserSuite {
  let browser: Browser | undefined;
  let server: { url: string; close: () => Promise<void> } | undefined;
  beforeAll(async () => {
    ensureProductionBuild();
    if (options.results) fs.mkdirSync(RESULTS, { recursive: true });
    server = await startServer();
    browser = await launch();
  }, 600000);
  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });
  const started = () => {
    if (!browser || !server) throw new Error("the browser suite has not started (use it inside tests or hooks)");
    return { browser, server };
  };
  return {
    get browser() {
      return started().browser;
    },
    get url() {
      return started().server.url;
    },
    paneUrl: (query = "") => `${started().server.url}taskpane.html${query}`,
    async openPane({ width, height = 900, query = "", colorScheme, deviceScaleFactor, ready = "indicator-IC" }) {
      const context = await started().browser.newContext({
        viewport: { width, height },
        colorScheme,
        deviceScaleFactor,
      });
      const page = await context.newPage();
      await page.goto(`${started().server.url}taskpane.html${query}`);
      await page.getByTestId(ready).waitFor();
      return page;
    },
  };
}
