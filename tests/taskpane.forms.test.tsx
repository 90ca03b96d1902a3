/**
 * @jest-environment jsdom
 * @jest-environment-options {"customExportConditions": ["node", "node-addons"]}
 */
import { fireEvent, render, screen, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { Store } from "../src/functions/store";
import seedData from "../src/generated/seed-data.json";
import { App } from "../src/taskpane/App";
import { standaloneHost } from "../src/taskpane/host";

const LAZY = { timeout: 15000 };
const embedded = seedData as unknown as ConstructorParameters<typeof Store>[0];
// the seed documents alone, without the reported-figures table, so the figures below are the only later ones
const newStore = () => new Store({ documents: embedded.documents, facts: embedded.facts.filter((f) => !f.source) });

beforeAll(async () => {
  await Promise.all(["ImportFigures", "AddIndicator", "IndicatorDetail"].map((name) => import(`../src/taskpane/components/${name}`)));
  window.matchMedia = window.matchMedia ?? ((() => ({ matches: false, addEventListener() {}, removeEventListener() {} })) as never);
});

// invented figures for the test, at an example address
const CSV = `region,indicator,kind,year,period,value,unit,comparator,measure,subject,url,publisher,published,note
Shanghai,IC,actual,2023,,280,CNY bn,,,,https://stats.example.org/ic,Example Statistics Bureau,2024-02-20,industry scale
Shanghai,IC,actual,2024,1-9,240,CNY bn,,,,https://news.example.org/ic-q3,Example Daily,2024-10-18,
Shanghai,IC,actual,20x4,,250,CNY bn,,,,https://news.example.org/ic,Example Daily,2024-10-18,
`;

describe("importing figures", () => {
  it("reviews each good row, names each bad one, and adds the accepted figures with their sources", async () => {
    const store = newStore();
    render(<App store={store} host={standaloneHost()} />);
    await userEvent.click(screen.getByRole("tab", { name: "Import figures" }));
    fireEvent.change(await screen.findByLabelText("Figures as CSV", {}, LAZY), { target: { value: CSV } });
    await userEvent.click(screen.getByRole("button", { name: "Read the table" }));
    expect(within(screen.getByRole("list", { name: "Rows not read" })).getAllByRole("listitem").map((li) => li.textContent)).toEqual([
      expect.stringMatching(/^Row 4: .*year/),
    ]);
    const items = () => within(screen.getByRole("list", { name: "Figures to review" })).getAllByRole("listitem");
    expect(items().map((li) => li.querySelector("span")!.textContent)).toEqual([
      "actual · IC · 2023 · 280 bn yuan",
      "actual · IC · Jan-Sep 2024 · 240 bn yuan",
    ]);
    expect(items()[0].textContent).toContain("Example Statistics Bureau, 2024-02-20 — industry scale");
    await userEvent.click(within(items()[0]).getByRole("button", { name: "Edit" }));
    const value = within(items()[0]).getByLabelText("Value (CNY bn)");
    expect(document.activeElement).toBe(within(items()[0]).getByLabelText("Year"));
    await userEvent.clear(value);
    await userEvent.type(value, "285");
    await userEvent.click(within(items()[0]).getByRole("button", { name: "Save" }));
    await userEvent.click(within(items()[1]).getByRole("button", { name: "Accept" }));
    await userEvent.click(screen.getByRole("button", { name: "Add 2 accepted figures" }));
    expect(await screen.findByText("Added 2 figures from pasted-figures.csv to the tracker.")).toBeTruthy();
    const added = store.addedDocuments()[0].facts;
    expect(added.map((f) => [f.indicator, f.year, f.period, f.value, f.source?.publisher])).toEqual([
      ["IC", 2023, null, 285e9, "Example Statistics Bureau"],
      ["IC", 2024, { from: 1, to: 9 }, 240e9, "Example Daily"],
    ]);
    // the overview: the whole-year figure is the latest; the part-year one is not
    await userEvent.click(screen.getByRole("tab", { name: "Overview" }));
    expect(screen.getByTestId("indicator-IC").textContent).toContain("Latest: 285 bn yuan (2023)");
  });

  it("says what kind of file it reads", async () => {
    render(<App store={newStore()} host={standaloneHost()} />);
    await userEvent.click(screen.getByRole("tab", { name: "Import figures" }));
    const input = (await screen.findByLabelText("Open a .csv or .xlsx file", {}, LAZY)) as HTMLInputElement;
    fireEvent.change(input, { target: { files: [new File(["x"], "figures.ods")] } });
    expect((await screen.findByRole("alert")).textContent).toBe("figures.ods: open a .csv or .xlsx file in the figures table format.");
  });
});

describe("adding an indicator", () => {
  it("names each field the catalog refuses, then adds the series so SH functions and new documents know it", async () => {
    const store = newStore();
    render(<App store={store} host={standaloneHost()} />);
    await userEvent.click(screen.getByRole("tab", { name: "Add an indicator" }));
    const form = await screen.findByRole("form", { name: "Add an indicator" }, LAZY);
    const type = (label: string, text: string) => fireEvent.change(within(form).getByLabelText(label, { exact: false }), { target: { value: text } });
    type("Code", "IC");
    type("Name", "Integrated circuits again");
    type("Aliases", "chip output");
    await userEvent.click(within(form).getByRole("button", { name: "Add the indicator" }));
    expect((await within(form).findByText(/^Not added: /)).textContent).toContain("code: IC is already defined for Shanghai");
    // and beside the field itself
    const code = within(form).getByLabelText("Code", { exact: false });
    expect(document.getElementById(code.getAttribute("aria-describedby")!.split(" ")[0])!.textContent).toContain("IC is already defined for Shanghai");
    type("Code", "ROBOT_PARKS");
    type("Name", "Robotics innovation parks");
    type("Aliases", "robotics innovation parks");
    type("Unit", "parks");
    fireEvent.change(within(form).getByLabelText("Plan"), { target: { value: "14FYP" } });
    await userEvent.click(within(form).getByRole("button", { name: "Add the indicator" }));
    expect((await within(form).findByRole("status")).textContent).toContain("Added ROBOT_PARKS — Robotics innovation parks (Shanghai).");
    expect(store.catalog().getIndicator("ROBOT_PARKS").periodEnd).toBe(2025);
    expect(store.dataset().indicators.some((r) => r.code === "ROBOT_PARKS")).toBe(true);
  });
});
