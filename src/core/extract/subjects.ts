/** What a figure is about: a catalog indicator, a company, or a phrase of the sentence. */
import { EVENT_SERIES, INDICATORS, type Indicator } from "../catalog";
import { REGIONS } from "./cues";

export interface AliasMatch {
  start: number;
  end: number;
  text: string;
  indicator: Indicator;
}

function escape(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&").replace(/[-\s]/g, "[-\\s]");
}

const aliasEntries = INDICATORS.flatMap((entry) => entry.aliases.map((alias) => ({ alias, entry }))).sort(
  (a, b) => b.alias.length - a.alias.length,
);
const ALIASES = new RegExp(`\\b(${aliasEntries.map(({ alias }) => escape(alias)).join("|")})\\b`, "gi");
const acronymEntries = INDICATORS.flatMap((entry) => entry.acronyms.map((acronym) => ({ acronym, entry }))).sort(
  (a, b) => b.acronym.length - a.acronym.length,
);
const ACRONYMS = new RegExp(`\\b(${acronymEntries.map(({ acronym }) => escape(acronym)).join("|")})\\b`, "g");

const aliasLookup = new Map<string, Indicator>();
for (const { alias, entry } of aliasEntries) aliasLookup.set(alias.toLowerCase().replace(/[-\s]+/g, " "), entry);
for (const { acronym, entry } of acronymEntries) aliasLookup.set(acronym, entry);

/** Every place in the text where a catalog indicator is named. */
export function findAliases(whole: string, from = 0, to = whole.length): AliasMatch[] {
  const text = from === 0 && to === whole.length ? whole : whole.slice(from, to);
  const found: AliasMatch[] = [];
  ALIASES.lastIndex = 0;
  for (let m = ALIASES.exec(text); m; m = ALIASES.exec(text)) {
    const indicator = aliasLookup.get(m[1].toLowerCase().replace(/[-\s]+/g, " "));
    if (indicator) found.push({ start: from + m.index, end: from + m.index + m[0].length, text: m[0], indicator });
  }
  ACRONYMS.lastIndex = 0;
  for (let m = ACRONYMS.exec(text); m; m = ACRONYMS.exec(text)) {
    const indicator = aliasLookup.get(m[1]);
    const start = from + m.index;
    if (indicator && !found.some((f) => start < f.end && start + m![0].length > f.start)) {
      found.push({ start, end: start + m[0].length, text: m[0], indicator });
    }
  }
  return found.sort((a, b) => a.start - b.start);
}

export interface EventMention {
  start: number;
  prefix: string;
}

const EVENT_ALIASES = EVENT_SERIES.flatMap((series) =>
  series.aliases.map((alias) => ({ alias, prefix: series.prefix })),
).sort((a, b) => b.alias.length - a.alias.length);
const EVENTS = new RegExp(`(${EVENT_ALIASES.map(({ alias }) => `\\b${escape(alias)}(?=\\d|\\b)`).join("|")})`, "gi");

/** Mentions of known signing events (Smart China Expo, SCE2021, the investment promotion conference). */
export function findEvents(text: string): EventMention[] {
  const found: EventMention[] = [];
  EVENTS.lastIndex = 0;
  for (let m = EVENTS.exec(text); m; m = EVENTS.exec(text)) {
    const hit = EVENT_ALIASES.find(
      ({ alias }) => alias.toLowerCase().replace(/[-\s]+/g, " ") === m![1].toLowerCase().replace(/[-\s]+/g, " "),
    );
    // Acronyms (SCE, GIPC) only count when written in capitals.
    if (hit && (hit.alias !== hit.alias.toUpperCase() || m[1] === hit.alias))
      found.push({ start: m.index, prefix: hit.prefix });
  }
  return found;
}

const NOT_A_COMPANY = new Set([
  "The",
  "A",
  "An",
  "This",
  "These",
  "Those",
  "That",
  "It",
  "Its",
  "They",
  "Their",
  "There",
  "Meanwhile",
  "Among",
  "Also",
  "In",
  "For",
  "Both",
  "All",
  "Agreements",
  "Projects",
  "Project",
  "Key",
  "Total",
  "Business",
  "City",
  "Members",
  "Party",
  "Mayor",
  "Secretary",
  "Vice-Mayor",
  "Officials",
  "Government",
  "China",
  "Chinese",
  "Municipal",
  "He",
  "She",
  "We",
  "Shanghai-based",
  "While",
  "However",
  "According",
  "Finally",
  "Additionally",
  "Besides",
  "State",
  "Private",
  "Foreign",
  "Intelligent",
  "Science",
  "Digital",
  "Smart",
  "Expo",
  "Conference",
  "Ceremony",
  ...REGIONS,
]);
const NAME = "((?:[A-Z][\\w&.'’-]*)(?:\\s+(?:[A-Z][\\w&.'’-]*|&))*)";
const NAME_THEN_VERB = new RegExp(
  `${NAME}(?:,[^,.;]{1,60},)?\\s+(?:has|have|had|will|plans?|planned|proposed|proposes|invested|invests|is investing|signed|agreed|committed|pledged|announced|intends|is to|delivered|produced|sold|shipped|reported|posted|recorded|earned|raised|secured)\\b`,
  "g",
);
const INVESTMENT_BY_NAME = new RegExp(
  `\\b(?:(?:investment|investments|project|plan|deal|contract)s?\\s+(?:plan\\s+)?(?:of|by|from)|(?:committed|pledged|made|announced|proposed|invested|signed|funded|backed) by)\\s+${NAME}`,
  "g",
);

function isCompanyName(name: string): boolean {
  const words = name.split(/\s+/);
  if (NOT_A_COMPANY.has(words[0])) return false;
  if (words.every((w) => NOT_A_COMPANY.has(w) || REGIONS.includes(w))) return false;
  if (aliasLookup.has(name) || EVENT_ALIASES.some(({ alias }) => alias === name)) return false;
  if (findAliases(name).length) return false; // "Software revenue", "Biomedicine output" name indicators, not firms
  return /[a-z]/.test(name) || name.length >= 3;
}

/**
 * Companies named as the actor of a figure in this text ("SenseTime", "Ascentage Pharma proposed",
 * "Huawei and NetEase have invested"), in reading order.
 */
export function companiesIn(text: string): { name: string; start: number }[] {
  const found: { name: string; start: number }[] = [];
  const add = (name: string, start: number) => {
    const clean = name.replace(/[.,]+$/, "");
    if (isCompanyName(clean) && !found.some((f) => f.name === clean)) found.push({ name: clean, start });
  };
  NAME_THEN_VERB.lastIndex = 0;
  for (let m = NAME_THEN_VERB.exec(text); m; m = NAME_THEN_VERB.exec(text)) {
    // "Huawei and NetEase have invested": both are actors
    const pair = new RegExp(`${NAME}\\s+and\\s+$`).exec(text.slice(Math.max(0, m.index - 60), m.index));
    if (pair) add(pair[1], m.index - pair[0].length);
    add(m[1], m.index);
  }
  INVESTMENT_BY_NAME.lastIndex = 0;
  for (let m = INVESTMENT_BY_NAME.exec(text); m; m = INVESTMENT_BY_NAME.exec(text))
    add(m[1], m.index + m[0].length - m[1].length);
  return found.sort((a, b) => a.start - b.start);
}
