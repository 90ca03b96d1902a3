/* global Office */
/**
 * Which Fluent theme the pane wears: high contrast when the system forces colours, else Office's own theme
 * inside Excel (its body background says light or dark), else the system's preference. `?theme=` in the URL
 * overrides all three (screenshots, tests, or an analyst who wants the other one).
 */
export type ThemeKind = "light" | "dark" | "high-contrast";

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

export function themeKind(search = typeof location !== "undefined" ? location.search : ""): ThemeKind {
  const asked = new URLSearchParams(search).get("theme") as ThemeKind | null;
  if (asked && KINDS.includes(asked)) return asked;
  if (media("(forced-colors: active)")) return "high-contrast";
  const office = (globalThis as { Office?: typeof Office }).Office;
  const body = office?.context?.officeTheme?.bodyBackgroundColor;
  if (body) return isDarkColour(body) ? "dark" : "light";
  return media("(prefers-color-scheme: dark)") ? "dark" : "light";
}

/** Calls back when the system's colour scheme or forced colours change (Office's theme is read at start). */
export function watchTheme(onChange: () => void): () => void {
  if (typeof window === "undefined" || typeof window.matchMedia !== "function") return () => undefined;
  const lists = ["(prefers-color-scheme: dark)", "(forced-colors: active)"].map((q) => window.matchMedia(q));
  lists.forEach((l) => l.addEventListener?.("change", onChange));
  return () => lists.forEach((l) => l.removeEventListener?.("change", onChange));
}
