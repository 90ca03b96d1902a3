/**
 * @jest-environment jsdom
 * @jest-environment-options {"customExportConditions": ["node", "node-addons"]}
 */
/**
 * The pane follows the theme while it is open: Office's (OfficeThemeChanged, where the host raises it) and, stand-alone,
 * the system's colour scheme. Office is faked here the way office.js presents itself after Office.onReady.
 */
import { act } from "@testing-library/react";
import { webDarkTheme, webLightTheme } from "@fluentui/react-components";
import { buildDataset } from "../src/core/dataset/build";
import { Store } from "../src/functions/store";
import { mountPane } from "../src/taskpane/mount";
import { seedDocuments } from "./helpers/seeds";

const seeds = buildDataset(seedDocuments());
const newStore = () => new Store({ documents: seeds.documents, facts: seeds.facts });

type Handler = (event: { type: string; officeTheme: { bodyBackgroundColor: string } }) => void;

/** office.js in Excel as the pane sees it: the theme now, and the document's addHandlerAsync. */
function fakeOffice(bodyBackgroundColor: string, addHandlerAsync: (type: string, handler: Handler, done: (r: unknown) => void) => void) {
  const office = {
    onReady: async () => ({ host: "Excel" }),
    HostType: { Excel: "Excel" },
    EventType: { OfficeThemeChanged: "officeThemeChanged" },
    AsyncResultStatus: { Succeeded: "succeeded", Failed: "failed" },
    context: { officeTheme: { bodyBackgroundColor }, document: { addHandlerAsync } },
  };
  (globalThis as { Office?: unknown }).Office = office;
  return office;
}

/** A matchMedia whose prefers-color-scheme the test switches, telling the listeners like a browser does. */
function fakeSystemScheme(dark: boolean) {
  const listeners = new Set<() => void>();
  const state = { dark };
  window.matchMedia = ((query: string) => ({
    get matches() {
      return query === "(prefers-color-scheme: dark)" ? state.dark : false;
    },
    media: query,
    addEventListener: (_: string, listener: () => void) => listeners.add(listener),
    removeEventListener: (_: string, listener: () => void) => listeners.delete(listener),
  })) as never;
  return {
    switchTo(next: boolean) {
      state.dark = next;
      listeners.forEach((listener) => listener());
    },
  };
}

/** The theme the pane wears, and the background colour its Fluent provider's CSS variables give it. */
function paneTheme(container: HTMLElement): { kind: string | null; background: string | undefined } {
  const provider = container.querySelector<HTMLElement>("[data-theme]")!;
  const css = Array.from(document.querySelectorAll("style"))
    .map((s) => (s.textContent ?? "") + Array.from(s.sheet?.cssRules ?? []).map((r) => r.cssText).join("\n"))
    .join("\n");
  const background = Array.from(provider.classList)
    .map((cls) => new RegExp(`\\.${cls}\\s*\\{[^}]*--colorNeutralBackground1:\\s*([^;]+);`).exec(css)?.[1].trim())
    .find(Boolean);
  return { kind: provider.getAttribute("data-theme"), background };
}

const matchMedia = window.matchMedia;
let container: HTMLElement;
beforeEach(() => {
  container = document.createElement("div");
  document.body.appendChild(container);
  window.history.replaceState(null, "", "/taskpane.html");
});
afterEach(() => {
  delete (globalThis as { Office?: unknown }).Office;
  window.matchMedia = matchMedia;
  container.remove();
});

describe("the pane's theme while it is open", () => {
  it("switches to Office's dark theme, and back, when Excel says the theme changed", async () => {
    fakeSystemScheme(false);
    let onThemeChanged: Handler | undefined;
    const office = fakeOffice("#FFFFFF", (type, handler, done) => {
      if (type === "officeThemeChanged") onThemeChanged = handler;
      done({ status: "succeeded" });
    });
    await act(async () => {
      expect((await mountPane(container, newStore())).kind).toBe("excel");
    });
    expect(paneTheme(container)).toEqual({ kind: "light", background: webLightTheme.colorNeutralBackground1 });
    expect(onThemeChanged).toBeDefined();

    // the analyst picks Black in File > Options > Office Theme; office.js passes the new theme with the event
    office.context.officeTheme.bodyBackgroundColor = "#262626";
    act(() => onThemeChanged!({ type: "officeThemeChanged", officeTheme: { bodyBackgroundColor: "#262626" } }));
    expect(paneTheme(container)).toEqual({ kind: "dark", background: webDarkTheme.colorNeutralBackground1 });
    expect(container.textContent).toContain("In Excel");

    act(() => onThemeChanged!({ type: "officeThemeChanged", officeTheme: { bodyBackgroundColor: "#F3F3F3" } }));
    expect(paneTheme(container)).toEqual({ kind: "light", background: webLightTheme.colorNeutralBackground1 });
  });

  it("keeps working in Office's theme from the start where the host does not raise the event", async () => {
    fakeSystemScheme(false);
    // a host that refuses the event through its callback, and one that throws for it
    const refusing = (_: string, __: Handler, done: (r: unknown) => void) => done({ status: "failed", error: { message: "not supported" } });
    const throwing = () => {
      throw new Error("Invalid event type");
    };
    for (const addHandlerAsync of [refusing, throwing]) {
      fakeOffice("#262626", addHandlerAsync);
      const pane = document.createElement("div");
      document.body.appendChild(pane);
      await act(async () => {
        await mountPane(pane, newStore());
      });
      expect(paneTheme(pane)).toEqual({ kind: "dark", background: webDarkTheme.colorNeutralBackground1 });
      expect(pane.querySelector('[data-testid="indicator-RD_GDP"]')).not.toBeNull();
      pane.remove();
    }
  });

  it("follows the system's colour scheme when it runs stand-alone", async () => {
    const system = fakeSystemScheme(false);
    await act(async () => {
      expect((await mountPane(container, newStore())).kind).toBe("standalone");
    });
    expect(paneTheme(container)).toEqual({ kind: "light", background: webLightTheme.colorNeutralBackground1 });
    act(() => system.switchTo(true));
    expect(paneTheme(container)).toEqual({ kind: "dark", background: webDarkTheme.colorNeutralBackground1 });
    act(() => system.switchTo(false));
    expect(paneTheme(container).kind).toBe("light");
  });
});
