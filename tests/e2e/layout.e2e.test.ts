/**
 * The pane at the widths Excel gives it (320 and 350 px) and wider: no sideways scrolling on any view, every tab
 * visible, every chart with its text alternative, axe-core clean in light and dark, and the briefing printing
 * on one landscape page. Screenshots at 320 px go to test-results/.
 */
import * as fs from "fs";
import * as path from "path";
import type { Page } from "playwright-core";
import { browserSuite, RESULTS } from "./browser";

const suite = browserSuite({ results: true });

const WIDTHS = [320, 350, 450, 800];
const TABS = ["Overview", "Scorecard", "Add a document", "Import figures", "Add an indicator", "Checks", "Download"];
const ARTICLE = `Shanghai's new-energy vehicle output reached 1.28 million units in 2024, the city's statistics bureau said. The city aims to lift output to more than 1.5 million vehicles by 2027.`;

// invented figures for the test, at an example address
const FIGURES = `region,indicator,kind,year,period,value,unit,comparator,measure,subject,url,publisher,published,note
Shanghai,IC,actual,2024,1-9,240,CNY bn,,,,https://news.example.org/ic-q3,Example Daily,2024-10-18,a long note that has to wrap inside a narrow task pane without pushing it sideways
Shanghai,IC,actual,20x4,,250,CNY bn,,,,https://news.example.org/ic,Example Daily,2024-10-18,
`;

type View = "overview" | "detail" | "scorecard" | "review" | "import" | "indicator" | "checks" | "download";
const VIEWS: View[] = ["overview", "detail", "scorecard", "review", "import", "indicator", "checks", "download"];

function openPane(width: number, theme = "light"): Promise<Page> {
  return suite.openPane({ width, query: `?theme=${theme}` });
}

/** Goes to a view the way an analyst would, and waits until it is on screen. */
async function show(page: Page, view: View): Promise<void> {
  const tab = (name: string) => page.getByRole("tab", { name, exact: true }).click();
  switch (view) {
    case "overview":
      await tab("Overview");
      await page.getByTestId("indicator-IC").waitFor();
      break;
    case "detail":
      await tab("Overview");
      await page.getByRole("button", { name: /^IC: / }).click();
      await page.getByTestId("indicator-detail").waitFor();
      break;
    case "scorecard":
      await tab("Scorecard");
      await page.getByTestId("scorecard").waitFor();
      break;
    case "review":
      await tab("Add a document");
      await page.getByLabel("Document text").fill(ARTICLE);
      await page.getByLabel("Publication date").fill("2025-02-10");
      await page.getByRole("button", { name: "Read figures" }).click();
      await page.getByRole("list", { name: "Facts to review" }).waitFor();
      // one fact open for editing: its form must fit as well
      await page.getByRole("button", { name: "Edit" }).first().click();
      await page.getByRole("button", { name: "Save" }).waitFor();
      break;
    case "import":
      await tab("Import figures");
      await page.getByLabel("Figures as CSV").fill(FIGURES);
      await page.getByRole("button", { name: "Read the table" }).click();
      await page.getByRole("list", { name: "Figures to review" }).waitFor();
      break;
    case "indicator":
      await tab("Add an indicator");
      // a code the catalog has already: the form says so beside the field
      await page.getByLabel("Code").fill("IC");
      await page.getByLabel("Name").fill("Integrated circuits once more");
      await page.getByRole("button", { name: "Add the indicator" }).click();
      await page.getByText(/^Not added: /).waitFor();
      break;
    case "checks":
      await tab("Checks");
      await page.getByTestId("check-mismatch").first().waitFor();
      break;
    case "download":
      await tab("Download");
      await page.getByRole("button", { name: "Download tracking workbook (.xlsx)" }).waitFor();
      break;
  }
}

async function horizontalOverflow(page: Page): Promise<{ scrollWidth: number; clientWidth: number; wide: string[] }> {
  return page.evaluate(() => {
    const root = document.documentElement;
    // elements whose right edge passes the window, to name the culprit when this fails
    const wide = Array.from(document.querySelectorAll("body *"))
      .filter((e) => e.getBoundingClientRect().right > root.clientWidth + 0.5)
      .slice(0, 5)
      .map(
        (e) =>
          `${e.tagName.toLowerCase()}.${(e.getAttribute("class") ?? "").split(" ")[0]} "${(e.textContent ?? "").slice(0, 40)}"`,
      );
    return { scrollWidth: root.scrollWidth, clientWidth: root.clientWidth, wide };
  });
}

describe.each(WIDTHS)("at %i px", (width) => {
  let page: Page;
  beforeAll(async () => {
    page = await openPane(width);
  }, 120000);
  afterAll(() => page?.context().close());

  it("shows every tab in full inside the pane", async () => {
    for (const name of TABS) {
      const box = (await page.getByRole("tab", { name, exact: true }).boundingBox())!;
      expect(box).not.toBeNull();
      expect(box.x).toBeGreaterThanOrEqual(0);
      expect(box.x + box.width).toBeLessThanOrEqual(width);
    }
  });

  it("keeps every overview row's content inside the row (rows clip what passes their edge)", async () => {
    await show(page, "overview");
    const outside = await page.evaluate(() =>
      Array.from(document.querySelectorAll('[data-testid^="indicator-"]')).flatMap((row) => {
        const edge = row.getBoundingClientRect().right + 0.5;
        return Array.from(row.querySelectorAll("*"))
          .filter((e) => e.getBoundingClientRect().right > edge)
          .map((e) => `${row.getAttribute("data-testid")}: ${e.tagName.toLowerCase()}`);
      }),
    );
    expect(outside).toEqual([]);
  });

  it.each(VIEWS)("%s: no sideways scrolling", async (view) => {
    await show(page, view);
    const result = await horizontalOverflow(page);
    if (result.scrollWidth > result.clientWidth)
      throw new Error(
        `${view} at ${width} px scrolls sideways (${result.scrollWidth} > ${result.clientWidth}): ${result.wide.join("; ")}`,
      );
    expect(result.scrollWidth).toBeLessThanOrEqual(result.clientWidth);
    if (width === 320) await page.screenshot({ path: path.join(RESULTS, `pane-320-${view}.png`), fullPage: true });
  });
});

describe("charts and their text alternatives", () => {
  let page: Page;
  beforeAll(async () => {
    page = await openPane(350);
  }, 120000);
  afterAll(() => page?.context().close());

  it("draws a small path chart for every indicator, each described in words", async () => {
    const rows = await page.locator('[data-testid^="indicator-"]').count();
    // the charts of rows below the fold are drawn a frame after the first render
    await page.waitForFunction(() =>
      Array.from(document.querySelectorAll('[data-testid^="indicator-"]')).every((row) =>
        row.querySelector('svg[role="img"]'),
      ),
    );
    const charts = await page.locator('[data-testid^="indicator-"] svg[role="img"]').evaluateAll((svgs) =>
      svgs.map((svg) => ({
        label: svg.getAttribute("aria-label") ?? "",
        marks: svg.querySelectorAll("path, circle, rect").length,
      })),
    );
    expect(charts).toHaveLength(rows);
    for (const chart of charts) {
      expect(chart.label).toMatch(/^[A-Z0-9_]+: /);
      expect(chart.marks).toBeGreaterThan(0);
    }
  });

  it("draws each signing event's breakdown as bars with the figures in words", async () => {
    const bars = await page.locator('figure[data-chart="bars"]').evaluateAll((figures) =>
      figures.map((f) => ({
        label: f.getAttribute("aria-label") ?? "",
        bars: f.querySelectorAll("li").length,
        text: f.textContent ?? "",
      })),
    );
    expect(bars.length).toBeGreaterThanOrEqual(2);
    for (const b of bars) {
      expect(b.label).toMatch(/by segment: /);
      expect(b.bars).toBeGreaterThanOrEqual(1);
    }
  });

  it("shows the detail chart with axis labels, the plan period shaded and its figures as a table", async () => {
    await show(page, "detail");
    const chart = page.locator('[data-testid="indicator-detail"] figure[data-chart="path"]');
    const svg = chart.locator('svg[role="img"]');
    await expect(svg.getAttribute("aria-label")).resolves.toMatch(
      /^IC: Path from 207 bn yuan \(2020\) to more than 414 bn yuan \(2025\)/,
    );
    const ticks = await svg.locator("text").allTextContents();
    expect(ticks).toEqual(expect.arrayContaining(["2020", "2025", "0"]));
    expect(await svg.locator("rect").count()).toBeGreaterThan(0);
    const table = chart.getByRole("table", { name: "Figures of IC" });
    await expect(table.textContent()).resolves.toContain("Baseline207 bn yuan (2020)");
  });
});

async function axeViolations(page: Page): Promise<string[]> {
  // Measure the settled page: no pointer hovering a control, no colour transition half-way.
  await page.mouse.move(0, 0);
  await page.evaluate(() =>
    Promise.all(
      document
        .getAnimations()
        .filter((animation) => animation.effect?.getComputedTiming().endTime !== Infinity)
        .map((animation) => animation.finished.catch(() => undefined)),
    ),
  );
  if (!(await page.evaluate(() => "axe" in window)))
    await page.addScriptTag({ path: require.resolve("axe-core/axe.min.js") });
  const violations = await page.evaluate(async () => {
    const axe = (
      window as unknown as {
        axe: {
          run: (
            c: Document,
            o: object,
          ) => Promise<{ violations: { id: string; impact: string; nodes: { target: string[] }[] }[] }>;
        };
      }
    ).axe;
    const result = await axe.run(document, { resultTypes: ["violations"] });
    return result.violations.map((v) => ({
      id: v.id,
      impact: v.impact,
      targets: v.nodes.slice(0, 3).map((n) => n.target.join(" ")),
    }));
  });
  return violations
    .filter((v) => v.impact === "serious" || v.impact === "critical")
    .map((v) => `${v.impact} ${v.id}: ${v.targets.join(", ")}`);
}

describe.each(["light", "dark", "high-contrast"])("accessibility, %s theme", (theme) => {
  let page: Page;
  beforeAll(async () => {
    page = await openPane(350, theme);
  }, 120000);
  afterAll(() => page?.context().close());

  it.each(VIEWS)("%s has no serious or critical axe-core violation", async (view) => {
    await show(page, view);
    expect(await axeViolations(page)).toEqual([]);
    if (view === "overview" || view === "review")
      await page.screenshot({ path: path.join(RESULTS, `pane-350-${theme}-${view}.png`) });
  });
});

describe("the briefing on paper", () => {
  it("prints the scorecard on one landscape page, without tabs or buttons", async () => {
    const page = await openPane(350);
    await show(page, "scorecard");
    await page.emulateMedia({ media: "print" });
    const hidden = await page.evaluate(() =>
      Array.from(document.querySelectorAll('[role="tablist"], button')).every(
        (e) => !(e as HTMLElement).checkVisibility(),
      ),
    );
    expect(hidden).toBe(true);
    const pdf = await page.pdf({ preferCSSPageSize: true, printBackground: true });
    fs.writeFileSync(path.join(RESULTS, "briefing.pdf"), pdf);
    const text = pdf.toString("latin1");
    expect(text.match(/\/Type\s*\/Page(?!s)/g)).toHaveLength(1);
    const box = /\/MediaBox\s*\[\s*([\d.]+)\s+([\d.]+)\s+([\d.]+)\s+([\d.]+)/.exec(text)!;
    expect(Number(box[3])).toBeGreaterThan(Number(box[4])); // landscape
    await page.context().close();
  });
});

describe("the add-a-document review, with the keyboard alone", () => {
  it("reaches the view, reads the figures, accepts one, edits and saves another, and adds them", async () => {
    const page = await openPane(350);
    const focused = (locator: ReturnType<Page["getByRole"]>) => locator.evaluate((e) => e === document.activeElement);
    async function tabTo(locator: ReturnType<Page["getByRole"]>) {
      for (let i = 0; i < 40 && !(await focused(locator)); i++) await page.keyboard.press("Tab");
      expect(await focused(locator)).toBe(true);
    }
    // the tabs: arrow keys move between them and the selection follows
    await page.getByRole("tab", { name: "Overview" }).focus();
    await page.keyboard.press("ArrowRight");
    await page.keyboard.press("ArrowRight");
    await expect(page.getByRole("tab", { name: "Add a document" }).getAttribute("aria-selected")).resolves.toBe("true");
    await tabTo(page.getByLabel("Document text"));
    await page.keyboard.insertText(ARTICLE);
    await tabTo(page.getByRole("button", { name: "Read figures" }));
    await page.keyboard.press("Enter");
    await page.getByRole("list", { name: "Facts to review" }).waitFor();
    await tabTo(page.getByRole("button", { name: "Accept", exact: true }).first());
    await page.keyboard.press("Enter");
    const edit = page.getByRole("button", { name: "Edit", exact: true }).nth(1);
    await tabTo(edit);
    await page.keyboard.press("Enter");
    // the editor opens with the focus in its first field; Year is two fields on
    await expect(focused(page.getByLabel("Indicator"))).resolves.toBe(true);
    await page.keyboard.press("Tab");
    await page.keyboard.press("Tab");
    await expect(focused(page.getByLabel("Year"))).resolves.toBe(true);
    await page.keyboard.press("Control+A");
    await page.keyboard.type("2028");
    await tabTo(page.getByRole("button", { name: "Save" }));
    await page.keyboard.press("Enter");
    await expect(focused(edit)).resolves.toBe(true);
    await tabTo(page.getByRole("button", { name: "Add 2 accepted facts" }));
    await page.keyboard.press("Enter");
    await page.getByText("Added 2 facts").waitFor();
    await page.context().close();
  });
});

describe("screenshots at 320 px for the README (copied from test-results/ to docs/ by hand)", () => {
  it.each([
    ["light", "overview"],
    ["dark", "overview"],
    ["light", "detail"],
    ["light", "review"],
    ["dark", "scorecard"],
  ] as [string, View][])("%s %s", async (theme, view) => {
    const page = await suite.openPane({ width: 320, height: 640, deviceScaleFactor: 2, query: `?theme=${theme}` });
    await show(page, view);
    if (view === "review") {
      await page.getByRole("button", { name: "Cancel" }).click();
      await page.getByRole("button", { name: "Accept the rest" }).evaluate((e) => e.scrollIntoView({ block: "start" }));
    }
    const file = path.join(RESULTS, `readme-320-${theme}-${view}.png`);
    await page.screenshot({ path: file });
    expect(fs.statSync(file).size).toBeGreaterThan(10000);
    await page.context().close();
  });
});
