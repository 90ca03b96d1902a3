/** Companies named as the actor of a figure: their figures are never a city's indicator. */
import type { Lookup } from "../lookup";
import { REGIONS } from "./regions";

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
  "Monday",
  "Tuesday",
  "Wednesday",
  "Thursday",
  "Friday",
  "Saturday",
  "Sunday",
  "January",
  "February",
  "March",
  "April",
  "May",
  "June",
  "July",
  "August",
  "September",
  "October",
  "November",
  "December",
  ...REGIONS,
]);
const NAME = "((?:[A-Z][\\w&.'’-]*)(?:\\s+(?:[A-Z][\\w&.'’-]*|&))*)";
// "Shenjiang Auto's plants produced": the firm's own plants, lines or units are the firm
const NAME_THEN_VERB = new RegExp(
  `${NAME}(?:['’]s?\\s+(?:[a-z][\\w-]*\\s+)?(?:plants?|factory|factories|bases?|lines?|units?|subsidiary|subsidiaries|arm|division))?(?:,[^,.;]{1,60},)?\\s+(?:has|have|had|will|plans?|planned|proposed|proposes|invested|invests|is investing|signed|agreed|committed|pledged|announced|intends|is to|delivered|produced|sold|shipped|reported|posted|recorded|earned|raised|secured)\\b`,
  "g",
);
const INVESTMENT_BY_NAME = new RegExp(
  `\\b(?:(?:investment|investments|project|plan|deal|contract)s?\\s+(?:plan\\s+)?(?:of|by|from)|(?:committed|pledged|made|announced|proposed|invested|signed|funded|backed) by)\\s+${NAME}`,
  "g",
);

// "Tesla's China-made vehicle sales fell to 61,497 units": what a firm sells, makes or ships is the firm's own
const NAME_SALES = new RegExp(
  `${NAME}['’]s?\\s+(?:[\\w-]+\\s+){0,3}?(?:sales|deliveries|shipments|exports|output|production|revenues?|profits?)\\b(?!\\s+(?:of|in|from)\\s+(?:the\\s+)?(?:city|country|region|province|district)\\b)`,
  "g",
);

// "The U.S. automaker sold 86,700 vehicles": a firm named again by its trade, as the actor of its sales or output
const DEFINITE_ACTOR =
  /\b[Tt]he\s+((?:[\w.'’-]+\s+){0,2}?(?:automaker|carmaker|chipmaker|company|firm|manufacturer|maker|group))\s+(?:has\s+|had\s+)?(?:sold|delivered|produced|shipped|reported|posted|recorded|earned)\b/g;

// "Huawei and ...": the first of two actors
const NAME_AND = new RegExp(`${NAME}\\s+and\\s+$`);

// "A Hong Kong-based investor pledged", "a chipmaker from Wuxi agreed to invest": an unnamed firm is still a firm
const UNNAMED_ACTOR =
  /\b(?:[Aa]n?|[Oo]ne)\s+((?:[\w'’-]+\s+){0,3}?(?:investor|chipmaker|company|firm|manufacturer|developer|maker|automaker|carmaker|enterprise|multinational|conglomerate|startup|start-up|group|bank)(?:\s+from\s+[A-Z][\w'’-]*)?)\s+(?:has\s+|will\s+)?(?:pledged|agreed|signed|committed|plans|planned|announced|invested|will invest|is investing)\b/g;

// "Liangjiang New Area signed 14 projects": a district, zone or park is a place, not a firm
const PLACE_NAME = /\s(?:Area|District|Zone|County|City|Province|Municipality|Town|Region|Park)$/;

// "Shanghai Pharmaceutical Group", "Wuxi Chip Corporation": a place's name before a firm's word is the firm's name
const FIRM_WORD =
  /\s(?:Group|Corporation|Corp|Company|Co|Holdings?|Ltd|Limited|Inc|Pharma|Pharmaceuticals?|Motors?|Semiconductors?|Technolog(?:y|ies)|Electric)\.?$/;
const DETERMINERS = new Set(["The", "A", "An", "This", "These", "Those", "That", "Its", "Their"]);

function isCompanyName(name: string, lookup: Lookup): boolean {
  const words = name.split(/\s+/);
  if (PLACE_NAME.test(name)) return false;
  if (FIRM_WORD.test(name) && !DETERMINERS.has(words[0]) && !lookup.namesEvent(name)) return true;
  // "a total contract investment of RMB33 billion": a currency glued to its amount is no firm
  if (/^(?:RMB|CNY|USD|HKD|EUR|US|HK)\$?\d/.test(name)) return false;
  if (NOT_A_COMPANY.has(words[0])) return false;
  if (words.every((w) => NOT_A_COMPANY.has(w) || REGIONS.includes(w))) return false;
  if (lookup.namesEvent(name)) return false;
  if (lookup.namesIndicator(name)) return false; // "Software revenue", "Biomedicine output" name indicators, not firms
  return /[a-z]/.test(name) || name.length >= 3;
}

/**
 * Companies named as the actor of a figure in this text ("SenseTime", "Ascentage Pharma proposed",
 * "Huawei and NetEase have invested"), in reading order.
 */
export function companiesIn(text: string, lookup: Lookup): { name: string; start: number }[] {
  const found: { name: string; start: number }[] = [];
  const add = (name: string, start: number) => {
    const clean = name.replace(/[.,]+$/, "").replace(/['’]s?$/, "");
    if (isCompanyName(clean, lookup) && !found.some((f) => f.name === clean)) found.push({ name: clean, start });
  };
  NAME_THEN_VERB.lastIndex = 0;
  for (let m = NAME_THEN_VERB.exec(text); m; m = NAME_THEN_VERB.exec(text)) {
    // "Huawei and NetEase have invested": both are actors
    const pair = NAME_AND.exec(text.slice(Math.max(0, m.index - 60), m.index));
    if (pair) add(pair[1], m.index - pair[0].length);
    add(m[1], m.index);
  }
  UNNAMED_ACTOR.lastIndex = 0;
  for (let m = UNNAMED_ACTOR.exec(text); m; m = UNNAMED_ACTOR.exec(text))
    found.push({ name: m[0].slice(0, m[0].indexOf(m[1]) + m[1].length), start: m.index });
  NAME_SALES.lastIndex = 0;
  for (let m = NAME_SALES.exec(text); m; m = NAME_SALES.exec(text)) add(m[1], m.index);
  DEFINITE_ACTOR.lastIndex = 0;
  for (let m = DEFINITE_ACTOR.exec(text); m; m = DEFINITE_ACTOR.exec(text))
    found.push({ name: m[0].slice(0, m[0].indexOf(m[1]) + m[1].length), start: m.index });
  INVESTMENT_BY_NAME.lastIndex = 0;
  for (let m = INVESTMENT_BY_NAME.exec(text); m; m = INVESTMENT_BY_NAME.exec(text))
    add(m[1], m.index + m[0].length - m[1].length);
  return found.sort((a, b) => a.start - b.start);
}

/**
 * Whether a figure may be a named firm's own: an amount or a count (not of projects), or a rate when the firm is named
 * before it in its clause ("Tesla reported a 9.9 percent rise in sales": the firm's rate, no city's).
 */
export function firmsFigure(
  figure: { cls: string; unit: string; start: number },
  companies: { start: number }[],
  sentenceStart: number,
  clauseStart: number,
): boolean {
  if (!companies.length) return false;
  if (figure.cls === "money" || (figure.cls === "count" && figure.unit !== "projects")) return true;
  return (
    figure.cls === "percent" &&
    companies.some((c) => sentenceStart + c.start >= clauseStart && sentenceStart + c.start < figure.start)
  );
}
