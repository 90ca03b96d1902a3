/* global Office */
/**
 * Which Fluent theme the pane wears: high contrast when the system forces colours, else Office's own theme
 * inside Excel (its body background says light or dark), else the system's preference. `?theme=` in the URL
 * overrides all three (screenshots, tests, or an analyst who wants the other one). Both Office's theme and the
 * system's are followed while the pane is open.
 */
export type ThemeKind = "light" | "dark" | "high-contrast";

/** The part of Office.OfficeTheme the pane reads. */
export type OfficeColours = Pick<Office.OfficeTheme, "bodyBackgroundColor">;

const KINDS: ThemeKind[] = ["light", "dark", "high-contrast"];

function media(query: string): boolean {
  return typeof window !== "undefined" && typeof window.matchMedia === "function" && window.matchMedia(query).matches;
}

/** Dark when the colour's luminance is under the middle grey ("#262626" dark, "#ffffff" light). */
export function isDarkColour(hex: string): boolean {
  const digits = hex.replace("#", "");
  if (!/^[0-9a-f]{6}$/i.test(digits)) return false;
  const [r, g, b] = [0, 2, 4].map((i) => parseInt(digits.slice(i, i + 2), 16));
  return 0.299 * r + 0.587 * g + 0.114 * b < 128;
}

function officeGlobal(): typeof Office | undefined {
  return (globalThis as { Office?: typeof Office }).Office;
}

/** Office's theme as office.js reports it now (none outside Office). */
export function currentOfficeTheme(): OfficeColours | undefined {
  try {
    return officeGlobal()?.context?.officeTheme ?? undefined;
  } catch {
    return undefined; // office.js before Office.onReady: no context yet
  }
}

export function themeKind(
  search = typeof location !== "undefined" ? location.search : "",
  officeTheme: OfficeColours | undefined = currentOfficeTheme(),
): ThemeKind {
  const asked = new URLSearchParams(search).get("theme") as ThemeKind | null;
  if (asked && KINDS.includes(asked)) return asked;
  if (media("(forced-colors: active)")) return "high-contrast";
  const body = officeTheme?.bodyBackgroundColor;
  if (body) return isDarkColour(body) ? "dark" : "light";
  return media("(prefers-color-scheme: dark)") ? "dark" : "light";
}

/** Calls back when the system's colour scheme or forced colours change. */
export function watchTheme(onChange: () => void): () => void {
  if (typeof window === "undefined" || typeof window.matchMedia !== "function") return () => undefined;
  const lists = ["(prefers-color-scheme: dark)", "(forced-colors: active)"].map((q) => window.matchMedia(q));
  lists.forEach((l) => l.addEventListener?.("change", onChange));
  return () => lists.forEach((l) => l.removeEventListener?.("change", onChange));
}

/**
 * Calls back with Office's new theme when the analyst switches it while the pane is open. Hosts raise
 * OfficeThemeChanged through the document's addHandlerAsync; where a host does not (its callback reports a
 * failure, or it throws for an event it does not know) the pane keeps the theme it started with, silently.
 */
export function watchOfficeTheme(onChange: (theme: OfficeColours) => void): void {
  const office = officeGlobal();
  const type = office?.EventType?.OfficeThemeChanged;
  const document = office?.context?.document;
  if (!type || typeof document?.addHandlerAsync !== "function") return;
  const handler = (event: { officeTheme?: OfficeColours }) => {
    const theme = event?.officeTheme ?? currentOfficeTheme();
    if (theme?.bodyBackgroundColor) onChange(theme);
  };
  try {
    document.addHandlerAsync(type, handler, () => undefined);
  } catch {
    // not supported in this host: the theme read at start stays
  }
}
