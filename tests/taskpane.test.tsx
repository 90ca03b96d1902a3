/**
 * @jest-environment jsdom
 * @jest-environment-options {"customExportConditions": ["node", "node-addons"]}
 */
import { fireEvent, render, screen, waitFor, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import * as React from "react";
import { buildDataset } from "../src/core/dataset/build";
import { Store } from "../src/functions/store";
import { App } from "../src/taskpane/App";
import { ChecksView } from "../src/taskpane/components/ChecksView";
import { SheetsView } from "../src/taskpane/components/SheetsView";
import type { Host } from "../src/taskpane/host";
import { detectHost, standaloneHost } from "../src/taskpane/host";
import { themeKind } from "../src/taskpane/theme";
import { defaultScorecardPlan, scorecard } from "../src/core/scorecard";
import { seedDocuments } from "./helpers/seeds";

const seeds = buildDataset(seedDocuments());
// React.lazy views may take a while to appear on a busy machine
const LAZY = { timeout: 15000 };
const newStore = () => new Store({ documents: seeds.documents, facts: seeds.facts });

beforeAll(async () => {
  // The lazy views, compiled once here, so a test waits for React.lazy and not for ts-jest.
  await Promise.all(
    ["IndicatorDetail", "Scorecard", "AddDocument", "ChecksView", "SheetsView"].map((name) => import(`../src/taskpane/components/${name}`)),
  );
  // jsdom lacks these browser APIs that Fluent UI touches
  window.matchMedia = window.matchMedia ?? ((() => ({ matches: false, addEventListener() {}, removeEventListener() {} })) as never);
  (globalThis as { ResizeObserver?: unknown }).ResizeObserver ??= class {
    observe() {}
    unobserve() {}
    disconnect() {}
  };
});

describe("the overview", () => {
  it("shows every indicator with baseline, target and status, and the signing events", async () => {
    render(<App store={newStore()} host={standaloneHost()} />);
    for (const record of seeds.indicators) expect(screen.getByTestId(`indicator-${record.code}`)).toBeTruthy();
    const ic = screen.getByTestId("indicator-IC");
    expect(ic.tagName).toBe("LI"); // a narrow pane gets a list, not a table
    expect(ic.textContent).toContain("Baseline: 207 bn yuan (2020)");
    expect(ic.textContent).toContain("Target: more than 414 bn yuan (2025, derived)");
    expect(ic.textContent).toContain("Latest: —");
    expect(within(ic).getByLabelText("Status: Insufficient data")).toBeTruthy();
    // its small chart says in words what it draws
    expect(within(ic).getByRole("img").getAttribute("aria-label")).toBe(
      "IC: Path from 207 bn yuan (2020) to more than 414 bn yuan (2025), growing at a steady rate. No whole-year figure reported since the baseline.",
    );
    const gipc = (await screen.findByTestId("event-GIPC2022"));
    expect(gipc.textContent).toContain("322 projects, 565.8 bn yuan");
    expect(within(gipc).getByRole("figure").getAttribute("aria-label")).toMatch(/^GIPC2022, (signed value|projects signed) by segment: /);
    expect(screen.getByText("Stand-alone", { exact: false })).toBeTruthy();
  });

  it("grows into a table in a wide pane", () => {
    const narrow = window.matchMedia;
    window.matchMedia = ((query: string) => ({ matches: query.includes("min-width"), addEventListener() {}, removeEventListener() {} })) as never;
    try {
      render(<App store={newStore()} host={standaloneHost()} />);
      const table = screen.getByRole("table", { name: "Indicators" });
      expect(within(table).getAllByRole("columnheader").map((h) => h.textContent)).toEqual(["Code", "Baseline", "Target", "Latest", "Progress", "Status", "Path"]);
      const ic = screen.getByTestId("indicator-IC");
      expect(ic.tagName).toBe("TR");
      expect(ic.textContent).toContain("more than 414 bn yuan (2025, derived)");
    } finally {
      window.matchMedia = narrow;
    }
  });

  it("opens an indicator's chart and facts with their quotes, and goes back to where it was", async () => {
    render(<App store={newStore()} host={standaloneHost()} />);
    await userEvent.click(screen.getByRole("button", { name: /^NEV: New-energy vehicle output/ }));
    const detail = await screen.findByLabelText("Facts behind NEV", {}, LAZY);
    expect(detail.textContent).toContain("churned out 238,600 new energy vehicles in 2020");
    expect(detail.textContent).toContain("Shanghai plan: at least 100 high-level industrial projects");
    expect(document.activeElement!.textContent).toContain("NEV — New-energy vehicle output");
    // the full-size chart, its figures as a table beside it
    const chart = within(detail).getByRole("img");
    expect(chart.getAttribute("aria-label")).toContain("Path from 238,600 vehicles (2020) to more than 1.2 m vehicles (2025)");
    expect(chart.querySelectorAll("text").length).toBeGreaterThan(5); // axis labels
    const figures = within(detail).getByRole("table", { name: "Figures of NEV" });
    expect(within(figures).getAllByRole("row").map((r) => r.textContent)).toEqual(["PointFigure", "Baseline238,600 vehicles (2020)", "Targetmore than 1.2 m vehicles (2025)"]);
    await userEvent.click(within(detail).getByRole("button", { name: "Back to the overview" }));
    expect(document.activeElement).toBe(screen.getByRole("button", { name: /^NEV: New-energy vehicle output/ }));
  });

  it("shows a part-year figure with its months, apart from the whole-year actuals", async () => {
    const store = newStore();
    render(<App store={store} host={standaloneHost()} />);
    React.act(() =>
      store.setWorkbookFacts([{ doc: "workbook:Actuals", region: "Shanghai", indicator: "NEV", subject: "NEV", kind: "actual", measure: "level", year: 2024, value: 700000, unit: "vehicles", comparator: "=", relative: null, period: { from: 1, to: 9 }, quote: "row", start: 0, end: 3 }]),
    );
    expect(screen.getByTestId("indicator-NEV").textContent).toContain("Latest: —");
    await userEvent.click(screen.getByRole("button", { name: /^NEV: New-energy vehicle output/ }));
    const detail = await screen.findByLabelText("Facts behind NEV", {}, LAZY);
    expect(within(detail).getByRole("table", { name: "Figures of NEV" }).textContent).toContain("Part year700,000 vehicles (Jan-Sep 2024)");
    expect(detail.textContent).toContain("actual Jan-Sep 2024 (part of the year): 700,000 vehicles");
  });

  it("follows the store: an analyst's later actual changes the status, and the method switch re-rates it", async () => {
    const store = newStore();
    render(<App store={store} host={standaloneHost()} />);
    React.act(() =>
      store.setWorkbookFacts([{ doc: "workbook:Actuals", region: "Shanghai", indicator: "IC", subject: "IC", kind: "actual", measure: "level", year: 2023, value: 210e9, unit: "CNY", comparator: "=", relative: null, period: null, quote: "row", start: 0, end: 3 }]),
    );
    const ic = screen.getByTestId("indicator-IC");
    expect(within(ic).getByLabelText("Status: Limited progress")).toBeTruthy();
    await userEvent.click(screen.getByLabelText("Projection (UNSD)"));
    expect(within(screen.getByTestId("indicator-IC")).getByLabelText("Status: Stagnation or regression")).toBeTruthy();
  });
});

describe("adding a document", () => {
  const text = "Shanghai's artificial intelligence industry reached 300 billion yuan in 2023. The city aims to lift it to more than 600 billion yuan by 2027. Sequoia Capital has invested 2 billion yuan there.";

  async function readFigures() {
    const store = newStore();
    render(<App store={store} host={standaloneHost()} />);
    await userEvent.click(screen.getByRole("tab", { name: "Add a document" }));
    const box = await screen.findByLabelText("Document text", {}, LAZY);
    fireEvent.change(box, { target: { value: text } });
    fireEvent.change(screen.getByLabelText("Publication date"), { target: { value: "2024-03-01" } });
    fireEvent.change(screen.getByLabelText("Region"), { target: { value: "Shanghai" } });
    await userEvent.click(screen.getByRole("button", { name: "Read figures" }));
    return store;
  }

  it("lists the extracted facts for review with the quote highlighted in context", async () => {
    await readFigures();
    const list = screen.getByRole("list", { name: "Facts to review" });
    const items = within(list).getAllByRole("listitem");
    expect(items).toHaveLength(3);
    expect(items[0].textContent).toContain("actual · AI · 2023 · 300 bn yuan");
    expect(items[1].textContent).toContain("target · AI · 2027 · more than 600 bn yuan");
    expect(items[2].textContent).toContain("unlinked (Sequoia Capital)");
    expect(items[0].querySelector("mark")!.textContent).toBe("Shanghai's artificial intelligence industry reached 300 billion yuan in 2023.");
  });

  it("accepts, edits and rejects facts, and adds only the accepted ones to the tracker", async () => {
    const store = await readFigures();
    const items = () => within(screen.getByRole("list", { name: "Facts to review" })).getAllByRole("listitem");
    await userEvent.click(within(items()[0]).getByRole("button", { name: "Accept" }));
    await userEvent.click(within(items()[1]).getByRole("button", { name: "Edit" }));
    const year = within(items()[1]).getByLabelText("Year");
    await userEvent.clear(year);
    await userEvent.type(year, "2028");
    await userEvent.click(within(items()[1]).getByRole("button", { name: "Save" }));
    await userEvent.click(within(items()[2]).getByRole("button", { name: "Reject" }));
    await userEvent.click(screen.getByRole("button", { name: "Add 2 accepted facts" }));
    await screen.findByText(/Added 2 facts/);
    const added = store.addedDocuments()[0].facts;
    expect(added.map((f) => [f.indicator, f.kind, f.year, f.value, f.region])).toEqual([
      ["AI", "actual", 2023, 300e9, "Shanghai"],
      ["AI", "target", 2028, 600e9, "Shanghai"],
    ]);
    await userEvent.click(screen.getByRole("tab", { name: "Overview" }));
    // a 2028 target belongs to the 15th plan (2026-30), whose baseline falls back to the 2023 figure
    const ai = screen.getByTestId("indicator-AI").textContent;
    expect(ai).toContain("Target: more than 600 bn yuan (2028)");
    expect(ai).toContain("Baseline: 300 bn yuan (2023)");
  });

  it("says what is wrong with empty text, a bad date or a binary file, and keeps what was typed", async () => {
    render(<App store={newStore()} host={standaloneHost()} />);
    await userEvent.click(screen.getByRole("tab", { name: "Add a document" }));
    await userEvent.click(await screen.findByRole("button", { name: "Read figures" }, LAZY));
    expect(screen.getByRole("alert").textContent).toContain("Paste a document or open a file first.");
    const input = screen.getByLabelText("Open a file") as HTMLInputElement;
    const binary = new File([new Uint8Array([0x89, 0x50, 0x00, 0x01])], "scan.txt", { type: "text/plain" });
    Object.defineProperty(binary, "text", { value: async () => "\u0089P\u0000\u0001" });
    fireEvent.change(input, { target: { files: [binary] } });
    await waitFor(() => expect(screen.getByRole("alert").textContent).toContain("scan.txt: looks binary"));
    const word = new File(["PK"], "plan.docx");
    fireEvent.change(input, { target: { files: [word] } });
    await waitFor(() => expect(screen.getByRole("alert").textContent).toContain("open a .txt, .md, .html or .pdf file"));
    fireEvent.change(screen.getByLabelText("Document text"), { target: { value: "No figures here at all." } });
    await userEvent.click(screen.getByRole("button", { name: "Read figures" }));
    expect(await screen.findByText("No figures found in this text.")).toBeTruthy();
    expect((screen.getByLabelText("Document text") as HTMLTextAreaElement).value).toBe("No figures here at all.");
  });
});

describe("the scorecard", () => {
  it("gives every indicator of the plan its outcome, status, small chart and one sentence, and prints stand-alone", async () => {
    const print = jest.fn();
    window.print = print;
    const store = newStore();
    render(<App store={store} host={standaloneHost()} />);
    await userEvent.click(screen.getByRole("tab", { name: "Scorecard" }));
    const card = await screen.findByTestId("scorecard", {}, LAZY);
    const dataset = store.dataset();
    const plan = defaultScorecardPlan(dataset, "Shanghai")!;
    const expected = scorecard(dataset, plan.id, "Shanghai");
    expect(card.querySelector("h2")!.textContent).toBe(`Scorecard: ${plan.name}`);
    const withTarget = expected.rows.filter((r) => r.outcome !== "Target not published");
    expect(card.querySelectorAll("li")).toHaveLength(withTarget.length);
    expect(withTarget.length).toBeGreaterThan(10);
    const untargeted = expected.rows.filter((r) => r.outcome === "Target not published").map((r) => r.code);
    if (untargeted.length) expect(screen.getByTestId("score-untargeted").textContent).toBe(`Tracked without a published target (${untargeted.length}): ${untargeted.join(", ")}.`);
    const ic = screen.getByTestId("score-IC");
    const icRow = expected.rows.find((r) => r.code === "IC")!;
    expect(within(ic).getByLabelText(`Outcome: ${icRow.outcome}`)).toBeTruthy();
    expect(ic.querySelector('svg[role="img"]')!.getAttribute("aria-label")).toMatch(/^IC: Path from 207 bn yuan \(2020\)/);
    expect(ic.textContent).toContain(`IC: ${icRow.result}.`);
    await userEvent.click(within(card).getByRole("button", { name: "Print / Save as PDF" }));
    expect(print).toHaveBeenCalledTimes(1);
  });

  it("in Excel has no print button (Excel prints the Briefing sheet)", async () => {
    render(<App store={newStore()} host={{ kind: "excel" }} />);
    await userEvent.click(screen.getByRole("tab", { name: "Scorecard" }));
    await screen.findByTestId("scorecard", {}, LAZY);
    expect(screen.queryByRole("button", { name: "Print / Save as PDF" })).toBeNull();
  });
});

describe("themes", () => {
  it("follows the URL, then Office's theme inside Excel, then the system", () => {
    expect(themeKind("?theme=dark")).toBe("dark");
    expect(themeKind("?theme=high-contrast")).toBe("high-contrast");
    expect(themeKind("")).toBe("light");
    (globalThis as { Office?: unknown }).Office = { context: { officeTheme: { bodyBackgroundColor: "#262626" } } };
    expect(themeKind("")).toBe("dark");
    (globalThis as { Office?: unknown }).Office = { context: { officeTheme: { bodyBackgroundColor: "#FFFFFF" } } };
    expect(themeKind("")).toBe("light");
    delete (globalThis as { Office?: unknown }).Office;
  });

  it("renders the pane in the theme it is given", () => {
    const { container } = render(<App store={newStore()} host={standaloneHost()} theme="dark" />);
    expect(container.querySelector("[data-theme]")!.getAttribute("data-theme")).toBe("dark");
  });
});

describe("checks and sheets", () => {
  it("shows the conflicts and cross-checks with the figures behind them", () => {
    render(<ChecksView dataset={seeds} />);
    expect(screen.getByText(/489.8 bn yuan .* vs 490 bn yuan .* agree within rounding/)).toBeTruthy();
    expect(screen.getAllByTestId("check-mismatch")).toHaveLength(2);
    expect(screen.getAllByTestId("check-ok").length).toBeGreaterThan(15);
  });

  it("stand-alone: downloads the tracking workbook built from the same plan", async () => {
    const saved: { name: string; data: Uint8Array }[] = [];
    const host = standaloneHost((name, data) => saved.push({ name, data }));
    render(<SheetsView host={host} store={newStore()} dataset={seeds} method="cagr" />);
    await userEvent.click(screen.getByRole("button", { name: "Download tracking workbook (.xlsx)" }));
    await screen.findByText(/Downloaded plan-tracker-/);
    expect(saved).toHaveLength(1);
    expect(Buffer.from(saved[0].data.slice(0, 2)).toString()).toBe("PK");
  });

  it("in Excel: shows a progress indicator, then the summary; Excel's errors in words", async () => {
    let finish!: () => void;
    const host: Host = {
      kind: "excel",
      refresh: () =>
        new Promise((resolve) => {
          finish = () => resolve({ sheets: [{ name: "Targets", table: "tblTargets", rows: 13 }], analystRows: 2, notesKept: 1, workbookFacts: [], messages: [], syncs: 3 });
        }),
      freeze: async () => {
        throw Object.assign(new Error("The sheet is protected."), { code: "AccessDenied" });
      },
    };
    render(<SheetsView host={host} store={newStore()} dataset={seeds} method="cagr" />);
    await userEvent.click(screen.getByRole("button", { name: "Refresh tracking sheets" }));
    expect(screen.getByRole("progressbar")).toBeTruthy();
    React.act(() => finish());
    const done = await screen.findByRole("status");
    expect(done.textContent).toContain("Wrote 1 sheets");
    expect(done.textContent).toContain("2 rows you added kept, 1 notes kept, 1 conflicts found.");
    await userEvent.click(screen.getByRole("button", { name: "Freeze SH formulas" }));
    expect((await screen.findByText(/Freeze for sharing failed/)).parentElement!.textContent).toContain("protected, so nothing was written");
  });
});

describe("where the pane runs", () => {
  it("is stand-alone when office.js is not there, and when Office never answers", async () => {
    expect((await detectHost()).kind).toBe("standalone");
    (globalThis as { Office?: unknown }).Office = { onReady: () => new Promise(() => undefined), HostType: { Excel: "Excel" } };
    expect((await detectHost(50)).kind).toBe("standalone");
    (globalThis as { Office?: unknown }).Office = { onReady: async () => ({ host: "Excel" }), HostType: { Excel: "Excel" } };
    expect((await detectHost(50)).kind).toBe("excel");
    delete (globalThis as { Office?: unknown }).Office;
  });
});
