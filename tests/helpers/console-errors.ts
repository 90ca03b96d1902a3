/**
 * Setup of the component tests (jsdom): the browser APIs Fluent UI touches that jsdom lacks, and a failure on
 * any console.error — React's warnings, Fluent UI's mergeClasses() warning and the like are defects, not noise.
 * Node tests are left alone (some check what the CLI prints).
 */
import { configure } from "@testing-library/dom";
import { format } from "util";

if (typeof document !== "undefined") {
  // Role queries skip the visibility check: under Griffel's thousands of CSS rules jsdom's getComputedStyle makes
  // every getByRole over a full pane take seconds. Nothing these tests query is hidden by CSS.
  configure({ defaultHidden: true });
  window.matchMedia ??= ((query: string) => ({
    matches: false,
    media: query,
    addEventListener() {},
    removeEventListener() {},
  })) as never;
  (globalThis as { ResizeObserver?: unknown }).ResizeObserver ??= class {
    observe() {}
    unobserve() {}
    disconnect() {}
  };
  const original = console.error;
  let logged: string[] = [];
  beforeEach(() => {
    logged = [];
    console.error = (...args: unknown[]) => {
      logged.push(format(...args));
      original(...args);
    };
  });
  afterEach(() => {
    console.error = original;
    if (logged.length) throw new Error(`console.error was called during the test:\n${logged.join("\n")}`);
  });
}
