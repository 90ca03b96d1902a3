/** The region a figure belongs to. */
import type { Context } from "./context";
import { REGIONS, regionIn } from "./regions";
import { isSpaceCode } from "./segments";

// "12 percent of China's output", "9 percent of the national total": the whole a share is of, not its owner ("the top
// among the nation's major cities": the places it is ranked among)
const DENOMINATOR =
  /\b(?:of|to|among)\s+(?:(?:China|the country|the nation|the whole country)(?:'s|’s)|the national|national|all of China(?:'s|’s)?)\b[^,;]*/gi;
// "ranking third after Shanghai and Shenzhen", "second only to Beijing", "ahead of Suzhou": places compared with
const COMPARED =
  /\b(?:after|behind|than|ahead of|compared (?:with|to)|versus|vs\.?|trailing|only to|followed by)\s+(?:[A-Z][\w'’-]*(?:\s+(?:province|city|and|,)\s*|\s+|,\s*)?)+/g;

// a word each of COMPARED holds (one pass for all)
const COMPARED_WORDS = /after|behind|than|ahead|compared|versus|vs|trailing|only|followed/;

// "A Hong Kong-listed equipment maker", "a Shenzhen-based investor": where a firm is listed or based, not whose figure
const FIRM_ORIGIN = /\b[A-Z][\w'’]*(?:\s[A-Z][\w'’]*)?-(?:listed|based|headquartered|registered|owned|funded)\b/g;

// "the metropolis in east China", "a port city of southern China": where a place lies, not the country's figure
const LOCATED_IN =
  /\b(?:in|of)\s+(?:(?:north|south)?(?:east|west)(?:ern)?|north(?:ern)?|south(?:ern)?|central)\s+China\b(?!['’])/gi;

// the words DENOMINATOR and LOCATED_IN need, in any case
const NATIONAL_WORD = /china|countr|nation/i;
const CHINA_WORD = /china/i;

// a word every way below of naming a region holds (a place's name, China, the country or nation, a city): a stretch
// with none names none, and is not scanned (most of a sentence's stretches)
const MAY_NAME = new RegExp(
  [...new Set(REGIONS.flatMap((r) => r.split(/\s+/).map((word) => word.replace(/['’].*$/, ""))))]
    .concat(["China", "countr", "ation", "city", "municipality", "provincial capital"])
    .join("|"),
);

// "Both Shanghai and Beijing set targets of ...": a figure said of two places at once is recorded once, as the place
// whose series the catalog keeps
const BOTH = /\b[Bb]oth ([A-Z][\w'’-]*) and ([A-Z][\w'’-]*)\b/;
const trackedRegions = new WeakMap<object, Set<string>>();

function tracked(ctx: Context, place: string): boolean {
  const catalog = ctx.lookup.catalog;
  let regions = trackedRegions.get(catalog);
  if (!regions) trackedRegions.set(catalog, (regions = new Set(catalog.indicators.map((i) => i.region))));
  return regions.has(place);
}

function bothOf(ctx: Context, text: string): string | undefined {
  const both = BOTH.exec(text);
  if (!both) return undefined;
  return [both[1], both[2]].find((place) => REGIONS.includes(place) && tracked(ctx, place));
}

const hasSpace = (text: string) => {
  for (let i = 0; i < text.length; i++) if (isSpaceCode(text.charCodeAt(i))) return true;
  return false;
};

/** The region a stretch of text is about; the document's own region wins when the text names it. */
export function regionOf(ctx: Context, written: string): string | undefined {
  const own = ctx.region && (hasSpace(ctx.region) || written.includes(ctx.region));
  if (!own && !MAY_NAME.test(written)) return undefined;
  // each cut below needs a word of its own (replacing words by spaces makes no new word): a text without it is kept
  // (patterns, not a lower-cased copy: lower-casing a text with curly quotes or dashes is slow)
  const national = NATIONAL_WORD.test(written);
  let text = national ? written.replace(DENOMINATOR, " ") : written;
  if (COMPARED_WORDS.test(written)) text = text.replace(COMPARED, " ");
  if (written.includes("-")) text = text.replace(FIRM_ORIGIN, " ");
  if (national && CHINA_WORD.test(written)) text = text.replace(LOCATED_IN, " ");
  if (ctx.region && text.includes(ctx.region)) return ctx.region;
  const both = text.includes("oth ") ? bothOf(ctx, text) : undefined;
  if (both) return both;
  // "the Jiangsu city", "the Guangdong provincial capital": the province describes the document's own city
  if (ctx.region && /\b[Tt]he [A-Z][a-z]+ (?:city|municipality|provincial capital)\b/.test(text)) return ctx.region;
  const named = regionIn(text);
  if (named === "China" && /\b(the province|the city|the municipality|provincial|municipal)\b/i.test(text))
    return undefined;
  return named;
}
