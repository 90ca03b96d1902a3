/** The indicator catalog and the signing-event series of DESIGN.md. */

export type UnitClass = "money" | "count" | "ratio";
export type PathKind = "compound" | "linear" | "cumulative";

export interface Indicator {
  code: string;
  name: string;
  /** phrases that name the indicator in text, matched case-insensitively */
  aliases: string[];
  /** acronyms matched case-sensitively in text ("IC", "AI"), so "ic" inside prose never matches */
  acronyms: string[];
  unit: string;
  unitClass: UnitClass;
  region: string;
  plan: string;
  /** plan period; the target year is its last year, the baseline year the one before its first */
  periodStart: number;
  periodEnd: number;
  /** how the on-course path is drawn: compounding levels, linear shares, or cumulative sums */
  path: PathKind;
  /** the indicator a figure of another unit class falls back to (NEV vehicles -> NEV_VALUE yuan) */
  twin?: string;
}

const PLAN = "Shanghai 14th Five-Year Plan for high-end industries (2021-25)";

function indicator(
  code: string,
  name: string,
  unit: string,
  unitClass: UnitClass,
  aliases: string[],
  extra: Partial<Indicator> = {},
): Indicator {
  return {
    code,
    name,
    aliases,
    acronyms: [],
    unit,
    unitClass,
    region: "Shanghai",
    plan: PLAN,
    periodStart: 2021,
    periodEnd: 2025,
    path: unitClass === "ratio" ? "linear" : "compound",
    ...extra,
  };
}

export const INDICATORS: readonly Indicator[] = [
  indicator(
    "IC",
    "Integrated-circuit industry scale",
    "CNY",
    "money",
    ["integrated circuit", "integrated circuits", "integrated-circuit", "chip industry", "semiconductor industry"],
    { acronyms: ["IC", "ICs"] },
  ),
  indicator("BIO", "Biomedicine industry scale", "CNY", "money", [
    "biomedicine",
    "bio-medicine",
    "biomedical",
    "biopharma",
    "biopharmaceutical",
    "biopharmaceuticals",
  ]),
  indicator("AI", "Artificial-intelligence industry scale", "CNY", "money", ["artificial intelligence"], {
    acronyms: ["AI"],
  }),
  indicator("DISPLAY", "New-type display devices and services, industrial value", "CNY", "money", [
    "new-type display",
    "new type display",
    "display devices",
    "display panels",
    "new display",
  ]),
  indicator("SENSOR", "Smart sensors, industrial value", "CNY", "money", [
    "smart sensors",
    "smart sensor",
    "intelligent sensors",
    "intelligent sensor",
  ]),
  indicator("SOFTWARE", "Software and information services sales revenue", "CNY", "money", [
    "software and information services",
    "software and information service",
    "software industry",
    "software revenue",
  ]),
  indicator("MEDDEV", "High-end medical devices, industrial value", "CNY", "money", [
    "high-end medical devices",
    "medical devices",
    "medical device",
    "medical equipment",
  ]),
  indicator(
    "NEV",
    "New-energy vehicle output",
    "vehicles",
    "count",
    ["new energy vehicles", "new-energy vehicles", "new energy vehicle", "new-energy vehicle", "electric vehicles"],
    { acronyms: ["NEV", "NEVs", "EVs"], twin: "NEV_VALUE" },
  ),
  indicator(
    "NEV_VALUE",
    "New-energy vehicle industry value",
    "CNY",
    "money",
    ["new energy vehicle industry", "new-energy vehicle industry", "NEV industry"],
    { twin: "NEV" },
  ),
  indicator(
    "PROJECTS",
    "High-level industrial projects built, 2021-25",
    "projects",
    "count",
    ["high-level industrial projects", "high-level projects"],
    { path: "cumulative" },
  ),
  indicator(
    "INVEST",
    "Industrial investment, cumulative 2021-25",
    "CNY",
    "money",
    ["industrial investment", "investment in industry", "industrial fixed-asset investment"],
    { path: "cumulative" },
  ),
  indicator("KIS_SHARE", "Knowledge-intensive producer services, share of services added value", "ratio", "ratio", [
    "knowledge-intensive services",
    "knowledge-intensive service",
    "knowledge-intensive producer services",
    "knowledge intensive services",
  ]),
  indicator(
    "RD_GDP",
    "R&D expenditure as a share of GDP",
    "ratio",
    "ratio",
    [
      "research and development expenditure",
      "research and development spending",
      "R&D expenditure",
      "R&D spending",
      "R&D intensity",
      "R&D investment",
    ],
    { periodStart: 2021, periodEnd: 2025 },
  ),
];

export interface EventSeries {
  /** code prefix; an event's code is prefix + year (GIPC2022) */
  prefix: string;
  name: string;
  region: string;
  /** phrases that name the event in text */
  aliases: string[];
}

export const EVENT_SERIES: readonly EventSeries[] = [
  {
    prefix: "GIPC",
    name: "Shanghai Global Investment Promotion Conference",
    region: "Shanghai",
    aliases: ["Global Investment Promotion Conference", "investment promotion conference", "GIPC"],
  },
  {
    prefix: "SCE",
    name: "Smart China Expo",
    region: "Chongqing",
    aliases: ["Smart China Expo", "SCE"],
  },
];

export interface SigningEvent {
  code: string;
  series: EventSeries;
  year: number;
  name: string;
}

function normalise(text: string): string {
  return text
    .trim()
    .toLowerCase()
    .replace(/[\s_-]+/g, " ");
}

const byKey = new Map<string, Indicator>();
for (const entry of INDICATORS) {
  byKey.set(normalise(entry.code), entry);
  for (const name of [...entry.aliases, ...entry.acronyms, entry.name]) {
    if (!byKey.has(normalise(name))) byKey.set(normalise(name), entry);
  }
}

/** Finds an indicator by code, name or alias, case-insensitively ("ic", "Integrated circuits"). */
const recent = new Map<string, Indicator | undefined>();

export function findIndicator(codeOrAlias: string): Indicator | undefined {
  if (typeof codeOrAlias !== "string") return undefined;
  if (recent.has(codeOrAlias)) return recent.get(codeOrAlias);
  const found = byKey.get(normalise(codeOrAlias));
  if (recent.size > 1000) recent.clear(); // a small cache: formulas repeat the same few codes
  recent.set(codeOrAlias, found);
  return found;
}

export function getIndicator(code: string): Indicator {
  const found = findIndicator(code);
  if (!found) throw new Error(`unknown indicator "${code}"`);
  return found;
}

/** Finds a signing event by code, case-insensitively ("gipc2022", "SCE 2021"). */
export function findEvent(code: string): SigningEvent | undefined {
  if (typeof code !== "string") return undefined;
  const match = /^([a-z]+)\s*[-_ ]?\s*(\d{4})$/i.exec(code.trim());
  if (!match) return undefined;
  const series = EVENT_SERIES.find((s) => s.prefix === match[1].toUpperCase());
  if (!series) return undefined;
  return eventOf(series, Number(match[2]));
}

export function eventOf(series: EventSeries, year: number): SigningEvent {
  return { code: `${series.prefix}${year}`, series, year, name: `${series.name} ${year}` };
}

export function indicatorsOfRegion(region?: string): Indicator[] {
  if (!region) return [...INDICATORS];
  const wanted = normalise(region);
  return INDICATORS.filter((entry) => normalise(entry.region) === wanted);
}

/** Baseline year of an indicator's plan: the year before the plan period starts. */
export function baselineYear(entry: Indicator): number {
  return entry.periodStart - 1;
}
