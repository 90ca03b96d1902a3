/**
 * An HTML page -> the text a reader of its story sees. A page saved from a browser carries menus, navigation,
 * cookie banners, share bars and footers: those go; when the page marks its story (<main>, role="main", <article>)
 * only the story is kept. Paragraphs become lines (the extractor reads a line as a paragraph); line breaks in the
 * HTML source are spaces, as a browser shows them.
 */
import { isoDate } from "./calendar";

const ENTITIES: Record<string, string> = {
  amp: "&",
  lt: "<",
  gt: ">",
  quot: '"',
  apos: "'",
  nbsp: " ",
  yen: "¥",
  euro: "€",
  pound: "£",
  mdash: "—",
  ndash: "–",
  rsquo: "’",
  lsquo: "‘",
  ldquo: "“",
  rdquo: "”",
  hellip: "…",
  middot: "·",
  times: "×",
  deg: "°",
  shy: "",
};

/** Elements whose content is never text a reader reads. */
const INVISIBLE =
  /<(script|style|noscript|template|svg|head|iframe|button|select|textarea|object)\b[\s\S]*?<\/\1\s*>/gi;
/** Page furniture by name. */
const FURNITURE_TAGS = new Set(["nav", "aside", "menu", "dialog"]);
/** Page header and footer: dropped, except inside the story (an article's own header has its headline and date). */
const PAGE_FRAME_TAGS = new Set(["header", "footer"]);
const FURNITURE_ROLES = /^(navigation|menu|menubar|search|dialog|alertdialog|complementary|banner|contentinfo)$/i;
const FURNITURE_NAMES =
  /(?:^|[\s_-])(cookies?|consent|gdpr|nav|navbar|navigation|menu|breadcrumbs?|share|sharing|social|related|sidebar|newsletter|subscribe|advert|ads|promo|popup|modal|skip|toolbar|masthead)(?=$|[\s_-])/i;
/** A class-named block holding more of the page's text than this is the page itself, not furniture. */
const MAX_FURNITURE_SHARE = 0.4;
const NEVER_DROPPED = new Set(["html", "body", "main", "article"]);
const VOID_TAGS = new Set([
  "area",
  "base",
  "br",
  "col",
  "embed",
  "hr",
  "img",
  "input",
  "link",
  "meta",
  "source",
  "track",
  "wbr",
]);

interface Element {
  tag: string;
  attributes: string;
  /** start of the opening tag, end of the opening tag, start of the closing tag, end of the closing tag */
  open: number;
  inner: number;
  close: number;
  end: number;
}

/** Every element with its span, by matching opening and closing tags (unclosed elements end where their parent does). */
function elementsOf(html: string): Element[] {
  const elements: Element[] = [];
  const stack: Element[] = [];
  const tags = /<(\/?)([a-z][a-z0-9-]*)\b([^>]*)>/gi;
  for (let match = tags.exec(html); match; match = tags.exec(html)) {
    const tag = match[2].toLowerCase();
    if (VOID_TAGS.has(tag)) continue;
    if (!match[1]) {
      if (match[3].endsWith("/")) continue;
      stack.push({ tag, attributes: match[3], open: match.index, inner: tags.lastIndex, close: -1, end: -1 });
      continue;
    }
    const at = stack.map((e) => e.tag).lastIndexOf(tag);
    if (at < 0) continue; // a stray closing tag
    while (stack.length > at) {
      const element = stack.pop()!;
      element.close = match.index;
      element.end = tags.lastIndex;
      elements.push(element);
    }
  }
  for (const element of stack) {
    element.close = element.end = html.length;
    elements.push(element);
  }
  return elements;
}

const ATTRIBUTE_PATTERNS = new Map<string, RegExp>();

function attribute(attributes: string, name: string): string {
  if (!attributes.includes("=")) return "";
  let pattern = ATTRIBUTE_PATTERNS.get(name);
  if (!pattern) {
    pattern = new RegExp(`\\b${name}\\s*=\\s*(?:"([^"]*)"|'([^']*)'|([^\\s>]+))`, "i");
    ATTRIBUTE_PATTERNS.set(name, pattern);
  }
  const match = pattern.exec(attributes);
  return match ? (match[1] ?? match[2] ?? match[3]) : "";
}

function decodeEntities(text: string): string {
  return text.replace(/&(#x?[0-9a-f]+|[a-z]+);/gi, (whole, entity: string) => {
    if (entity[0] === "#") {
      const code = entity[1].toLowerCase() === "x" ? parseInt(entity.slice(2), 16) : parseInt(entity.slice(1), 10);
      return Number.isFinite(code) && code <= 0x10ffff ? String.fromCodePoint(code) : whole;
    }
    return ENTITIES[entity.toLowerCase()] ?? whole;
  });
}

function visibleLength(html: string): number {
  return html.replace(/<[^>]*>/g, "").replace(/\s+/g, " ").length;
}

/** The story's element: <main> or role="main", else the <article> with the most text. */
function storyOf(elements: Element[], html: string): Element | null {
  const main = elements.find((e) => e.tag === "main" || /^main$/i.test(attribute(e.attributes, "role")));
  if (main) return main;
  let best: Element | null = null;
  let bestLength = 0;
  for (const element of elements) {
    if (element.tag !== "article") continue;
    const length = visibleLength(html.slice(element.inner, element.close));
    if (length > bestLength) [best, bestLength] = [element, length];
  }
  return best;
}

function isFurniture(element: Element, inStory: boolean): boolean {
  if (FURNITURE_TAGS.has(element.tag)) return true;
  if (PAGE_FRAME_TAGS.has(element.tag)) return !inStory;
  if (NEVER_DROPPED.has(element.tag)) return false;
  const role = attribute(element.attributes, "role");
  if (FURNITURE_ROLES.test(role)) return !(inStory && /^(banner|contentinfo)$/i.test(role));
  if (/\baria-hidden\s*=\s*["']?true/i.test(element.attributes)) return true;
  return FURNITURE_NAMES.test(`${attribute(element.attributes, "class")} ${attribute(element.attributes, "id")}`);
}

/** The page's story with its furniture cut out, still as HTML. */
function storyHtml(html: string): string {
  const cleaned = html.replace(/<!--[\s\S]*?-->/g, "").replace(INVISIBLE, " ");
  const elements = elementsOf(cleaned);
  const story = storyOf(elements, cleaned);
  const from = story ? story.inner : 0;
  const to = story ? story.close : cleaned.length;
  const total = visibleLength(cleaned.slice(from, to));
  const cuts: [number, number][] = [];
  for (const element of elements) {
    if (element.open < from || element.end > to || element === story) continue;
    if (!isFurniture(element, story !== null)) continue;
    const byName = !FURNITURE_TAGS.has(element.tag) && !PAGE_FRAME_TAGS.has(element.tag);
    if (byName && visibleLength(cleaned.slice(element.inner, element.close)) > MAX_FURNITURE_SHARE * total) continue;
    cuts.push([element.open, element.end]);
  }
  cuts.sort((a, b) => a[0] - b[0]);
  let out = "";
  let at = from;
  for (const [start, end] of cuts) {
    if (end <= at) continue; // inside a cut already made
    out += cleaned.slice(at, Math.max(at, start)) + " ";
    at = end;
  }
  return out + cleaned.slice(at, to);
}

const BLOCK_END =
  /<\/(p|div|h[1-6]|li|dd|dt|tr|table|ul|ol|dl|section|article|main|header|footer|blockquote|figcaption|figure|pre|address|caption)\s*>|<br\s*\/?>|<(p|div|h[1-6]|li|tr|table|section|blockquote|hr)\b[^>]*>/gi;

export function htmlToText(html: string): string {
  return decodeEntities(
    storyHtml(html)
      .replace(/\s+/g, " ") // a line break in the source is a space on the page
      .replace(/<\/t[dh]\s*>/gi, " ")
      .replace(BLOCK_END, "\n")
      .replace(/<[^>]+>/g, ""),
  )
    .replace(/[ \t\u00a0]+/g, " ")
    .replace(/ ?\n ?/g, "\n")
    .replace(/\n{2,}/g, "\n") // one line a paragraph, as the extractor reads them
    .trim();
}

/** A publication date a page states in its markup, and which markup states it. */
export interface PageDate {
  date: string;
  /** "article:published_time", "datePublished", "<time datetime>", ... */
  what: string;
}

const PAGE_DATE_SOURCES: { what: string; pattern: RegExp }[] = [
  {
    what: "article:published_time",
    pattern: /<meta\b[^>]*\bproperty\s*=\s*["']article:published_time["'][^>]*>/i,
  },
  { what: "datePublished", pattern: /<meta\b[^>]*\bitemprop\s*=\s*["']datePublished["'][^>]*>/i },
  { what: "datePublished", pattern: /"datePublished"\s*:\s*"([^"]+)"/ },
  {
    what: "meta publication date",
    pattern:
      /<meta\b[^>]*\bname\s*=\s*["'](?:pubdate|publishdate|publish-date|publication_date|dc\.date\.issued|dcterms\.issued)["'][^>]*>/i,
  },
  { what: "<time datetime>", pattern: /<time\b[^>]*\b(?:pubdate|itemprop\s*=\s*["']datePublished["'])[^>]*>/i },
];

function isoDayOf(value: string): string | null {
  const match = /^\s*(\d{4})-(\d{2})-(\d{2})/.exec(value);
  return match ? isoDate(Number(match[1]), Number(match[2]), Number(match[3])) : null;
}

/** The publication date in a page's metadata (Open Graph, schema.org, Dublin Core, <time pubdate>), or null. */
export function pageDateOf(html: string): PageDate | null {
  for (const { what, pattern } of PAGE_DATE_SOURCES) {
    const match = pattern.exec(html);
    if (!match) continue;
    const value = match[1] ?? attribute(match[0], "content") ?? "";
    const date = isoDayOf(value || attribute(match[0], "datetime"));
    if (date) return { date, what };
  }
  return null;
}
