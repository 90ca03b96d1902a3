/**
 * @jest-environment jsdom
 * @jest-environment-options {"customExportConditions": ["node", "node-addons"]}
 */
import { fireEvent, render, screen, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import * as React from "react";
import { buildDataset } from "../src/core/dataset/build";
import { Store } from "../src/functions/store";
import { App } from "../src/taskpane/App";
import { standaloneHost } from "../src/taskpane/host";
import { seedDocuments } from "./helpers/seeds";

const seeds = buildDataset(seedDocuments());
const LAZY = { timeout: 15000 };

beforeAll(async () => {
  await import("../src/taskpane/components/AddDocument");
  window.matchMedia =
    window.matchMedia ?? ((() => ({ matches: false, addEventListener() {}, removeEventListener() {} })) as never);
  (globalThis as { ResizeObserver?: unknown }).ResizeObserver ??= class {
    observe() {}
    unobserve() {}
    disconnect() {}
  };
});

describe("Add a document, in Chinese", () => {
  // our own sentences, in the style of a city statistics release
  const text =
    "今年前三季度，上海新能源汽车产量突破59万辆，同比增长1.3倍。到2027年，全市新能源汽车年产量力争达到200万辆以上。";

  it("reads a pasted Chinese text and lists its facts for review, each quote highlighted verbatim", async () => {
    const store = new Store({ documents: seeds.documents, facts: seeds.facts });
    render(<App store={store} host={standaloneHost()} />);
    await userEvent.click(screen.getByRole("tab", { name: "Add a document" }));
    fireEvent.change(await screen.findByLabelText("Document text", {}, LAZY), { target: { value: text } });
    fireEvent.change(screen.getByLabelText("Publication date"), { target: { value: "2024-10-30" } });
    fireEvent.change(screen.getByLabelText("Region"), { target: { value: "Shanghai" } });
    await userEvent.click(screen.getByRole("button", { name: "Read figures" }));
    const items = within(screen.getByRole("list", { name: "Facts to review" })).getAllByRole("listitem");
    expect(items).toHaveLength(3);
    expect(items[0].textContent).toContain("NEV");
    expect(items[2].textContent).toContain("target");
    const marks = items.map((item) => item.querySelector("mark")!.textContent);
    expect(marks[0]).toBe("今年前三季度，上海新能源汽车产量突破59万辆，同比增长1.3倍。");
    expect(marks[2]).toBe("到2027年，全市新能源汽车年产量力争达到200万辆以上。");
    for (const mark of marks) expect(text).toContain(mark!);
  });
});
