/**
 * Plain class names for the styles of the pane's first render (frame, tabs, overview, badges, small charts).
 * Written as makeStyles objects with Fluent's tokens (CSS variables, so every theme applies), but turned into one
 * stylesheet when the module loads: no Griffel compilation at run time, which cost the overview 100+ ms on its
 * first render (each slot compiled for left-to-right and right-to-left, then inserted rule by rule).
 * Supported: camelCase properties, nested ":pseudo" / "::pseudo" selectors and "@media" blocks.
 */
type Value = string | number;
export interface StyleRule {
  [key: string]: Value | StyleRule | undefined;
}

let sheet: HTMLStyleElement | null = null;
/** Every stylesheet made so far by name: the build's pre-rendered page (./prerender.tsx) ships those it uses. */
const made = new Map<string, string>();

function kebab(property: string): string {
  return property.startsWith("--") ? property : property.replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`);
}

function declarations(rule: StyleRule): string {
  return Object.entries(rule)
    .filter((entry): entry is [string, Value] => typeof entry[1] === "string" || typeof entry[1] === "number")
    .map(([property, value]) => `${kebab(property)}:${value};`)
    .join("");
}

function css(selector: string, rule: StyleRule): string {
  let text = `${selector}{${declarations(rule)}}`;
  for (const [key, nested] of Object.entries(rule)) {
    if (typeof nested !== "object" || nested === undefined) continue;
    if (key.startsWith("@")) text += `${key}{${css(selector, nested)}}`;
    else text += css(`${selector}${key}`, nested);
  }
  return text;
}

function insert(text: string): void {
  if (typeof document === "undefined") return;
  if (!sheet || !sheet.isConnected) {
    sheet = document.createElement("style");
    sheet.dataset.ptStyles = "";
    // first in <head>: Fluent's own rules (inserted later) win where both style the same element
    document.head.insertBefore(sheet, document.head.firstChild);
  }
  sheet.appendChild(document.createTextNode(text));
}

/** The stylesheets the page's pre-rendered overview shipped in its <head>, by name (none in a page without one). */
function prerendered(name: string): boolean {
  if (typeof document === "undefined") return false;
  const names = document.head.querySelector("style[data-pt-prerendered]")?.getAttribute("data-pt-prerendered");
  return names ? names.split(" ").includes(name) : false;
}

/** The stylesheets made so far, as one `<style>` element's text, and their names. */
export function staticStylesMade(): { names: string[]; css: string } {
  return { names: [...made.keys()], css: [...made.values()].join("") };
}

/** `name`'s slots as classes `pt-name-slot`; returns a hook like makeStyles' so components read the same. */
export function staticStyles<Slots extends string>(
  name: string,
  slots: Record<Slots, StyleRule>,
): () => Record<Slots, string> {
  const classes = {} as Record<Slots, string>;
  let text = "";
  for (const slot of Object.keys(slots) as Slots[]) {
    classes[slot] = `pt-${name}-${slot}`;
    text += css(`.${classes[slot]}`, slots[slot]);
  }
  made.set(name, text);
  if (!prerendered(name)) insert(text);
  return () => classes;
}

/** Joins class names, skipping the false ones. */
export function cx(...names: (string | false | null | undefined)[]): string {
  return names.filter(Boolean).join(" ");
}
