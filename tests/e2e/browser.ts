/** Shared setup of the browser tests: a production build, a local server, and headless Chromium. */
import { execFileSync } from "child_process";
import * as fs from "fs";
import * as path from "path";
import { chromium, type Browser } from "playwright-core";

export const ROOT = path.resolve(__dirname, "..", "..");
export const DIST = path.join(ROOT, "dist");
export const RESULTS = path.join(ROOT, "test-results");
export const CHROMIUM = process.env.CHROMIUM_PATH ?? "/usr/bin/chromium";

/** Builds for production unless dist/ already holds a production build (no localhost in its manifest). */
export function ensureProductionBuild(): void {
  const manifest = path.join(DIST, "manifest.xml");
  if (fs.existsSync(manifest) && !fs.readFileSync(manifest, "utf8").includes("localhost")) return;
  execFileSync("npx", ["webpack", "--mode", "production"], { cwd: ROOT, stdio: "inherit" });
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
