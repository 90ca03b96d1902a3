/**
 * @jest-environment jsdom
 * @jest-environment-options {"customExportConditions": ["node", "node-addons"]}
 */
/** The pane's first render from the overview worked out at build time, then from the dataset it builds. */
import { render, screen, waitFor, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import * as fs from "fs";
import * as path from "path";
import * as React from "react";
import { Store, type SeedData } from "../src/functions/store";
import { App } from "../src/taskpane/App";
import { standaloneHost } from "../src/taskpane/host";
import { precomputedModel, type PrecomputedOverview } from "../src/taskpane/overview-model";

const GENERATED = path.join(__dirname, "..", "src", "generated");
const seeds: SeedData = JSON.parse(fs.readFileSync(path.join(GENERATED, "seed-data.json"), "utf8"));
const overview: PrecomputedOverview = JSON.parse(fs.readFileSync(path.join(GENERATED, "overview-data.json"), "utf8"));
const start = () => precomputedModel(overview, new Date().getUTCFullYear())!;

beforeAll(async () => {
  await import("../src/taskpane/components/IndicatorDetail");
});

describe("the pane's first render", () => {
  it("shows the build-time overview without building the dataset, and builds it right after", async () => {
    const store = new Store(seeds);
    const dataset = jest.spyOn(store, "dataset");
    render(<App store={store} host={standaloneHost()} start={start()} />);
    expect(dataset).not.toHaveBeenCalled();
    const ic = screen.getByTestId("indicator-IC");
    expect(ic.textContent).toContain("Baseline: 207 bn yuan (2020)");
    expect(within(ic).getByRole("img").getAttribute("aria-label")).toMatch(/^IC: Path from 207 bn yuan \(2020\)/);
    expect((await screen.findByTestId("event-GIPC2022")).textContent).toContain("322 projects, 565.8 bn yuan");
    expect(screen.getByLabelText("Mode").textContent).toContain(`${seeds.facts.length} facts`);
    await waitFor(() => expect(dataset).toHaveBeenCalled());
    // the same overview, now drawn from the dataset
    expect(screen.getByTestId("indicator-IC").textContent).toBe(ic.textContent);
  });

  it("follows the store once the analyst changes it", async () => {
    const store = new Store(seeds);
    render(<App store={store} host={standaloneHost()} start={start()} />);
    React.act(() =>
      store.setWorkbookFacts([{ doc: "workbook:Actuals", region: "Shanghai", indicator: "IC", subject: "IC", kind: "actual", measure: "level", year: 2023, value: 210e9, unit: "CNY", comparator: "=", relative: null, period: null, quote: "row", start: 0, end: 3 }]),
    );
    expect(screen.getByLabelText("Mode").textContent).toContain(`${seeds.facts.length + 1} facts`);
    await userEvent.click(screen.getByRole("button", { name: /^IC: Integrated-circuit industry scale/ }));
    const detail = await screen.findByLabelText("Facts behind IC", {}, { timeout: 15000 });
    expect(detail.textContent).toContain("210 bn yuan");
  });

  it("opens an indicator's detail at once, building the dataset then if it is not built yet", async () => {
    const store = new Store(seeds);
    render(<App store={store} host={standaloneHost()} start={start()} />);
    await userEvent.click(screen.getByRole("button", { name: /^NEV: New-energy vehicle output/ }));
    const detail = await screen.findByLabelText("Facts behind NEV", {}, { timeout: 15000 });
    expect(detail.textContent).toContain("238,600");
  });
});
