/** Stand-alone in Chromium, the open pane follows the system's colour scheme when it changes. */
import { webDarkTheme, webLightTheme } from "@fluentui/react-components";
import { browserSuite } from "./browser";

const suite = browserSuite();

/** "#292929" -> "rgb(41, 41, 41)", as getComputedStyle reports it. */
function rgb(hex: string): string {
  const [r, g, b] = [1, 3, 5].map((i) => parseInt(hex.slice(i, i + 2), 16));
  return `rgb(${r}, ${g}, ${b})`;
}

describe("the pane's theme in Chromium", () => {
  it("switches between light and dark as the system's colour scheme changes, without a reload", async () => {
    const page = await suite.openPane({ width: 350, height: 800, colorScheme: "light", ready: "indicator-RD_GDP" });
    const pane = page.locator("[data-theme]");
    const background = () => pane.evaluate((e) => getComputedStyle(e).backgroundColor);
    expect(await pane.getAttribute("data-theme")).toBe("light");
    expect(await background()).toBe(rgb(webLightTheme.colorNeutralBackground1));

    await page.emulateMedia({ colorScheme: "dark" });
    await page.locator('[data-theme="dark"]').waitFor();
    expect(await background()).toBe(rgb(webDarkTheme.colorNeutralBackground1));
    // the same page: what it showed is still there
    expect(await page.getByTestId("indicator-RD_GDP").isVisible()).toBe(true);

    await page.emulateMedia({ colorScheme: "light" });
    await page.locator('[data-theme="light"]').waitFor();
    expect(await background()).toBe(rgb(webLightTheme.colorNeutralBackground1));
    await page.context().close();
  });
});
