/** What a number is counted in: currencies before or after it, counted nouns, "per 10,000 workers". */
import { parseDigits } from "./numbers";

// each with the characters its currency can end on
const CURRENCY_PREFIX: [RegExp, string, string][] = [
  [/(?:US\$|USD|US dollars?)\s?$/i, "USD", "$DdRrSs"],
  [/(?:HK\$|HKD)\s?$/i, "HKD", "$Dd"],
  [/(?:€|EUR)\s?$/, "EUR", "€R"],
  [/£\s?$/, "GBP", "£"],
  [/(?:¥|RMB|CNY|Rmb)\s?$/, "CNY", "¥BYb"],
  // "yuan 5 billion", as tables and some outlets write it
  [/\byuan\s$/i, "CNY", "Nn"],
  [/\$\s?$/, "USD", "$"],
];
// by the last character of a currency, the patterns above it can be, in their order: words before a number that end
// on another carry none (most do not), and most that do are asked one pattern, not all
const PREFIX_BY_END = new Map<string, [RegExp, string][]>();
for (const [pattern, unit, ends] of CURRENCY_PREFIX)
  for (const end of ends) PREFIX_BY_END.set(end, [...(PREFIX_BY_END.get(end) ?? []), [pattern, unit]]);

/** "CNY761.7 billion", "RMB170 billion": a code glued to its number. */
export const GLUED_CODE = /(?:^|[^A-Za-z])(?:RMB|CNY|Rmb|USD|HKD|EUR)$/;

export const CURRENCY_SUFFIX =
  /^[\s-]?(Chinese yuan|yuan|renminbi|RMB|CNY|CN¥|US dollars|U\.S\. dollars|dollars|USD|euros?|EUR|HK dollars|Hong Kong dollars)(?![A-Za-z])/i;

export function currencyBefore(before: string): { unit: string; length: number } | undefined {
  // (one space may stand between a currency and its number)
  const spaced = before.length > 0 && before[before.length - 1].trim() === "";
  const last = before[before.length - (spaced ? 2 : 1)];
  const patterns = last === undefined ? undefined : PREFIX_BY_END.get(last);
  if (!patterns) return undefined;
  for (const [pattern, unit] of patterns) {
    const match = pattern.exec(before);
    if (match) return { unit, length: match[0].length };
  }
  return undefined;
}

export function currencyCode(word: string): string {
  const lower = word.toLowerCase();
  if (/yuan|renminbi|rmb|cny|cn¥/.test(lower)) return "CNY";
  if (/euro|eur/.test(lower)) return "EUR";
  if (/hk|hong kong/.test(lower)) return "HKD";
  return "USD";
}

/**
 * Statistical tables' money units after a number: "1,250 (100 million yuan)", "3.6 (billion yuan)",
 * "8.5 10,000 yuan" — the number counts that unit.
 */
const UNIT_BLOCK =
  /^\s*(\()?\s*(?:in\s+)?(100 million|10,000|10 thousand|ten thousand|billion|million|trillion)\s+(yuan|RMB|US dollars|dollars)\s*(\))?/i;
const BLOCK_SCALE: Record<string, number> = {
  "100 million": 1e8,
  "10,000": 1e4,
  "10 thousand": 1e4,
  "ten thousand": 1e4,
  million: 1e6,
  billion: 1e9,
  trillion: 1e12,
};

export function unitBlockAfter(after: string): { scale: number; unit: string; length: number } | undefined {
  const block = UNIT_BLOCK.exec(after);
  if (!block) return undefined;
  const scaleWord = block[2].toLowerCase();
  // a bare "billion yuan" after a number is its own scale word (handled before); only brackets or 10^n units here
  const bracketed = Boolean(block[1] && block[4]);
  if (!bracketed && !["100 million", "10,000", "10 thousand", "ten thousand"].includes(scaleWord)) return undefined;
  if (block[1] && !block[4]) return undefined;
  return { scale: BLOCK_SCALE[scaleWord], unit: currencyCode(block[3]), length: block[0].length };
}

/** "per person", "per capita", "per 10,000 workers": the unit of a rate written after its figure. */
const PER_AFTER =
  /^\s?(?:per\s+(capita|person|head|resident)|per\s+((?:\d{1,3}(?:,\d{3})+|\d+|one|ten|a|one hundred|a hundred|a thousand|ten thousand)\s+(?:[a-z-]+\s+)?(?:people|persons|residents|workers|employees|inhabitants|population|manufacturing workers|industrial workers)))\b/i;

export function perUnitAfter(after: string): { per: string; length: number } | undefined {
  const match = PER_AFTER.exec(after);
  if (!match) return undefined;
  return { per: match[1] ? "person" : match[2].replace(/\s+/g, " "), length: match[0].length };
}

// "15.5 billion yuan a day", "generated 12 billion yuan in output daily": an amount per day, no year's total
const DAILY_AFTER = /^\s?(?:in\s+(?:[A-Za-z-]+\s+){1,2}?)?(?:daily|per day|a day|each day|every day)\b/i;

export function perDayAfter(after: string): boolean {
  return DAILY_AFTER.test(after);
}

/** Money per head in the catalog's words: "yuan per person" (GDP per capita, labour productivity), "USD per person". */
export function perHead(currency: string, per: string): string {
  return `${currency === "CNY" && per === "person" ? "yuan" : currency} per ${per}`;
}

const PER_CAPITA = /\bper[\s-](?:capita|head)\b/i;

/** "The per capita GDP reached CNY 89,358", "income per head was 84,834 yuan": money per person, whosever it is. */
export function perCapitaUnit(unit: string, before: string): string {
  return !unit.includes(" per ") && PER_CAPITA.test(before) ? perHead(unit, "person") : unit;
}

/** Nouns whose small counts in words ("two major centers", "Six key industrial clusters") describe, not measure. */
const DESCRIPTIVE_NOUNS =
  "centres|centers|institutions|universities|platforms|clusters|incubators|funds|brands|programmes|programs|" +
  "branches|offices|stores|institutes|schools|colleges|hubs|networks|applications|scenarios|campuses|facilities|" +
  "buildings|venues|delegations|cities|measures|policies|roadshows|sectors|types|kinds|varieties";
export const DESCRIPTIVE = new RegExp(`^(?:${DESCRIPTIVE_NOUNS})$`);

export const COUNTED_NOUNS =
  "projects?|parks?|vehicles?|NEVs|EVs|cars|units|companies|company|enterprises|firms|factories|plants|jobs|patents|" +
  "stations|contracts|deals|agreements|startups|start-ups|tonnes|tons|sets|products|investors|hospitals|" +
  "zones|bases|labs|laboratories|pilots|households|users|subscribers|visitors|tourists|students|" +
  "headquarters|drugs|medicines|vaccines|devices|robots|SMEs|LLMs|GPUs|unicorns|chips|wafers|researchers|scientists|talents|" +
  "professionals|exhibitors|models|EFLOPS|piles|automobiles|autos|HQs|manufacturers|automakers|carmakers|suppliers|" +
  "experts|guests|businesses|passengers|countries|tasks|lines|km|kilometres|kilometers|visits|trips|papers|" +
  "approvals|registrations|partners|posts|beds|forums|TEUs|meters|metres|sq\\.? ?m|sqm|sq\\.? ?km|" +
  // what a city's events and services count: "118 investment promotion activities", "14 symposia", "150 batches"
  "activities|meetings|symposia|symposiums|seminars|conferences|exhibitions|events|campaigns|cases|batches|issues|" +
  "pieces|destinations|developers|" +
  // what a plan for an industry counts: "20 leading service providers", "100 passenger eVTOL aircraft", "500 UAVs"
  "providers|aircraft|UAVs|drones|" +
  // what a transport or data report counts: "1,586 test roads", "100 high-quality industrial datasets"
  "roads|datasets|" +
  // what a technology plan counts: "20 core technological breakthroughs", "100 leading industry players"
  "breakthroughs|players|" +
  DESCRIPTIVE_NOUNS;
// modifiers ("foreign-funded R&D centres", "'little giant' firms", "specialized and sophisticated SMEs")
const MODIFIER = `['‘“"]?(?!(?:and|or|of|in|on|at|to|for|with|by|from|the|a|an|worth|valued|were|was|is|are|that|which|per|each|more|than|signed|new)\\b)[A-Za-z][\\w&'’-]*['’”"]?`;
// a drug's or device's class: "15 Class 1 drugs", "Class III medical devices"
const CLASS_LABEL = "(?:Class|Category|Grade|Type)\\s+(?:[IVX]{1,4}|\\d{1,2}|[A-C])(?![\\w-])";
// up to five modifiers, "and" between any two ("foreign-invested research and development centers"), "5G",
// "20-foot", an acronym in brackets ("research and development (R&D) centers")
const NOUN_AFTER = new RegExp(
  `^((?:\\s+(?:${MODIFIER}|\\d+-?[A-Za-z][\\w-]*|\\([A-Z][A-Za-z&]{0,9}\\)|${CLASS_LABEL})(?:\\s+and(?=\\s))?){0,5}?|(?:\\s+new(?:\\s+[A-Za-z][\\w&-]*){0,2}?)|(?:\\s+new(?:\\s+${MODIFIER}(?:\\s+and(?=\\s))?){3,5}?)|(?:(?:\\s+${MODIFIER}){1,2}\\s+new(?:\\s+[A-Za-z][\\w-]*){0,2}?))\\s+(${COUNTED_NOUNS})\\b`,
  "i",
);

export interface CountedNoun {
  start: number;
  end: number;
  /** the noun with its modifiers, as written */
  text: string;
  /** the unit: the counted noun, lower-cased ("headquarters", "vehicles" for NEVs), with any "per ..." rate */
  noun: string;
}

// plurals with no final s ("14 symposia") and abbreviated areas ("3 million sq m")
const UNMARKED_PLURAL = /^(?:km|symposia|sq\.? ?k?m|sqm|aircraft)$/;
const ABBREVIATED_AREA: Record<string, string> = { m: "square meters", km: "square kilometers" };
// "1,665 new enterprises being set up per day", "100 new startups each year": a count per day or year, no total
// ("200,000 vehicles a year" is a plant's capacity, kept in vehicles)
const PER_PERIOD_AFTER =
  /^(?:\s+(?:being\s+|(?:were|are|was|is|have been|had been)\s+)?(?:set up|established|registered|founded|created|formed|opened|launched|added|started|incorporated|approved))?\s+(?:(?:per|each|every)\s+(day|year)|a\s+(day))\b(?!\s+(?:earlier|ago|before|later|after|on)\b)|^\s+daily\b/i;

const COUNTED_WORD = new RegExp(`^(?:${COUNTED_NOUNS})$`, "i");
// "40,329 enterprise" where an excerpt ends: the noun cut to its singular
const CUT_NOUN = /^\s+([A-Za-z][\w-]*)\s*$/;

export function counted(text: string, at: number, singular: boolean): CountedNoun | undefined {
  const match = NOUN_AFTER.exec(text.slice(at, at + 100));
  if (!match) return text.length - at < 40 ? cutNoun(text, at) : undefined;
  const lead = match[0].length - match[0].trimStart().length;
  // acronyms stay as written (SMEs, EFLOPS); words are lower-cased ("Projects" in a headline)
  let noun =
    /^[A-Z]{2,}s?$/.test(match[2]) && match[2] !== "NEVs" && match[2] !== "EVs" ? match[2] : match[2].toLowerCase();
  if (noun === "nevs" || noun === "evs") noun = "vehicles";
  if (singular && noun === "project") noun = "projects";
  if (!singular && !/s$/i.test(noun) && !UNMARKED_PLURAL.test(noun))
    return text.length - at < 40 ? cutNoun(text, at) : undefined;
  let end = at + match[0].length;
  noun = noun.replace(/^project$/, "projects");
  const area = /^sq\.? ?(k?m)$|^sq(m)$/.exec(noun);
  if (area) noun = ABBREVIATED_AREA[area[1] ?? area[2]];
  const per = perUnitAfter(text.slice(end, end + 60));
  const perPeriod = per ? null : PER_PERIOD_AFTER.exec(text.slice(end, end + 60));
  if (per) {
    noun = `${noun} per ${per.per}`;
    end += per.length;
  } else if (perPeriod) {
    noun = `${noun} per ${(perPeriod[1] ?? perPeriod[2] ?? "day").toLowerCase()}`;
    end += perPeriod[0].length;
  }
  return { start: at + lead, end, text: text.slice(at + lead, at + match[0].length), noun };
}

function cutNoun(text: string, at: number): CountedNoun | undefined {
  const cut = CUT_NOUN.exec(text.slice(at));
  if (!cut || !COUNTED_WORD.test(`${cut[1]}s`)) return undefined;
  const start = at + cut[0].indexOf(cut[1]);
  return { start, end: start + cut[1].length, text: cut[1], noun: `${cut[1]}s`.toLowerCase() };
}

// what a count's phrase or the words after it say it counts, where the golds keep the whole noun as the unit
const UNITS_OF_HOUSING = /^\s+of\s+(?:[\w-]+\s+){0,4}?(?:housing|homes|apartments|flats|dwellings)\b/i;
const UNITS_OF_VEHICLES = /^\s+of\s+(?:[\w-]+\s+){0,3}?(?:vehicles|cars|NEVs)\b/i;
const CONTAINER_UNITS = /\b(?:20|twenty)-foot\b|\bequivalent units\b/i;
const PHRASE_UNITS =
  /^(?:headquarters|centers|centres|tonnes|tons|units|meters|metres|types|kinds|varieties|activities|meetings|campaigns|cases|events|conferences|seminars|exhibitions|developers)$/;
// "80 LLM developers", "30 game developers": developers alone name no kind and keep the one word that classes them
// (no size or novelty word: "20 new developers" stay developers). The project's own gold keeps parks, factories and
// platforms in the head noun ("smart factories" -> factories), so those stay as they are.
const CLASSED_HEADS = /^developers$/;
const NOT_A_CLASS =
  /^(?:new|major|key|more|other|large|big|small|various|several|many|such|further|additional|different|main|important|total|special|leading|top|first|last|recent|successful|related|high|low|joint|open|latest|overall|some|all|these|those|their|its|our|about|around|nearly|over|than|and|of|the|level|class)$|ed$|-/i;
// "118 investment promotion activities", "AI fundraising campaigns": heads that say little alone keep the nouns
// before them (lower-case words that are no adjective); "60 types of equipment" keeps what it is types of
const GENERIC_HEADS = /^(?:activities|meetings|campaigns|cases|events|conferences|seminars|exhibitions)$/;
const NOT_A_NOUN =
  /^(?:new|major|key|more|other|large|big|small|various|several|many|such|further|additional|online|offline|different|main|important|total|special|annual|monthly|weekly|daily|public|global|local|top|first|last|recent|successful|themed|related|high|low|joint|open|free|latest|overall|some|all|these|those|their|its|our|about|around|nearly|over|than)$|(?:ed|al|ic|ive|ous|ful|less|ish|ese|ary|ly)$/;
const KINDS_OF =
  /^\s+of\s+((?:[a-z][\w-]*\s+){0,2}?[a-z][\w-]*)(?=\s*(?:[,.;:)]|$)|\s+(?:and|in|for|with|to|at|from|that|which|was|were|is|are|has|have|had|by|on|of)\b)/;

function compoundHead(unit: string, phrase: string): string {
  const words = phrase.split(/\s+/).slice(0, -1);
  const kept: string[] = [];
  for (let i = words.length - 1; i >= 0 && kept.length < 2; i--) {
    if (!/^[a-z]{3,}$/.test(words[i]) || NOT_A_NOUN.test(words[i])) break;
    kept.unshift(words[i]);
  }
  return [...kept, unit].join(" ");
}

function classedHead(unit: string, phrase: string): string {
  const words = phrase.split(/\s+/);
  const before = words.length > 1 ? words[words.length - 2] : "";
  return /^(?:[a-z]{3,}|[A-Z]{2,5})$/.test(before) && !NOT_A_CLASS.test(before) ? `${before} ${unit}` : unit;
}

/**
 * The unit a count is kept in, from its noun phrase and the words after it: "62 MNC regional headquarters" ->
 * `regional headquarters`, "31 foreign-funded research and development centres" -> `R&D centers`, "650 million
 * tonnes" -> `metric tons`, "7,000 units of public rental housing" -> `housing units`, "2 million square metres" ->
 * `square meters`, "40 million twenty-foot equivalent units" -> `TEUs`. Any other unit is returned as it is.
 */
export function phraseUnit(unit: string, phrase: string, after: string): string {
  if (!PHRASE_UNITS.test(unit)) return unit;
  switch (unit) {
    case "headquarters":
      return /\bregional\b/i.test(phrase) ? "regional headquarters" : unit;
    case "centers":
    case "centres":
      return /\bR&D\b|\bresearch and development\b/i.test(phrase) ? "R&D centers" : unit;
    case "tonnes":
      return "metric tons";
    case "tons":
      return /\bmetric\b/i.test(phrase) ? "metric tons" : unit;
    case "meters":
    case "metres":
      return /\bsquare\b/i.test(phrase) ? "square meters" : unit;
    case "types":
    case "kinds":
    case "varieties": {
      const of = KINDS_OF.exec(after);
      return of ? `${unit} of ${of[1]}` : unit;
    }
    default:
      if (GENERIC_HEADS.test(unit)) return compoundHead(unit, phrase);
      if (CLASSED_HEADS.test(unit)) return classedHead(unit, phrase);
      if (UNITS_OF_HOUSING.test(after)) return "housing units";
      if (UNITS_OF_VEHICLES.test(after)) return "vehicles";
      return CONTAINER_UNITS.test(phrase) ? "TEUs" : unit;
  }
}

export { parseDigits };
