/**
 * What a catalog series is defined as, against the words around a figure: an industry's scale is not its
 * manufacturing output value, an output count is not what was sold, a yuan series is not its dollar conversion.
 */
import type { Indicator } from "../../catalog";
import type { Measure } from "../../types";
import type { Lookup } from "../lookup";
import { leadingMember } from "./leading-members";
// "output" series count what is made, not what is registered, sold or promoted
const NOT_MADE =
  /\b(?:registered|registrations?|promot\w*|sold|sales|licen[cs]es?|in use|fleet|ownership|owned|purchased|bought)\b/i;
export const MADE = /\b(?:produc\w*|output|made|built|assembled|manufactur\w*|turned out|churned out|rolled off)\b/i;
// "industry scale" series are not a manufacturing output value (publishers define them apart)
export const OUTPUT_VALUE =
  /\b(?:output value|industrial output|manufacturing|value of (?:industrial )?output|the output of|combined output|production of|(?:rise|increase|growth|jump) in production|industrial production)\b/i;
// an industry's value is not the price of one product or the subsidy on it
const PER_ITEM = /\b(?:costing|priced at|price of|subsid(?:y|ies)|per (?:vehicle|car|unit|item))\b/i;
// nor the money a firm asks investors for ("made a financing request of 3 billion yuan", "seek funds of")
const SOUGHT =
  /\b(?:(?:financing|funding|fundraising|investment) requests?|request(?:ed|s|ing)? (?:for )?(?:financing|funding)|seek(?:s|ing)? (?:funds|funding|financing)|sought (?:funds|funding|financing))\b/i;

/** "CNY", "yuan per person" -> CNY; "USD" -> USD: a yuan series is not its dollar conversion ("(about 590 billion U.S. dollars)") */
export function currencyOf(unit: string): string {
  const first = unit.split(/\s+/)[0];
  return /^(?:CNY|RMB|yuan)$/i.test(first) ? "CNY" : first.toUpperCase();
}

/** "the output value of new energy vehicles increased by 69.8 percent": a value, not a count of what was made */
export function measuresValue(entry: Indicator, words: string): boolean {
  return entry.unitClass === "count" && /\bvalue\b/i.test(words) && !/\bvalue\b/i.test(entry.name);
}

const VALUE_ADDED = /\b(?:production|value[- ]added|added value)\b/i;
const WHOLE_INDUSTRY =
  /\b(?:total|whole|entire|overall)\s+(?:industry|industrial|sector)\s+(?:size|scale)\b|\bindustry as a whole\b/i;
const GDP_WORDS = /\bGDP\b|gross domestic product/i;
const SHARE_OF_GDP =
  /\bof\s+(?:the\s+)?(?:(?:city|region|province|country|nation|municipality)['’]s\s+|its\s+|[A-Z][a-z]+['’]s\s+)?(?:GDP|gross domestic product)\b/;

/** What a series' name and unit say, read once per catalog entry (asked of every candidate of every figure). */
interface NameWords {
  output: boolean;
  combined: boolean;
  scale: boolean;
  perUnit: boolean;
  outputValue: boolean;
  valueAdded: boolean;
  manufacturing: boolean;
  gdp: boolean;
}
const nameWords = new WeakMap<Indicator, NameWords>();

export function nameWordsOf(entry: Indicator): NameWords {
  let read = nameWords.get(entry);
  if (!read) {
    const name = entry.name;
    read = {
      output: /\boutput\b/i.test(name),
      combined: /\bcombined\b/i.test(name),
      scale: /(?<!-)\bscale\b/i.test(name),
      perUnit: /\bper\b/.test(entry.unit),
      outputValue: /\boutput value\b/i.test(name),
      valueAdded: /\bvalue added\b/i.test(name),
      manufacturing: /\bmanufacturing\b/i.test(name),
      gdp: GDP_WORDS.test(name),
    };
    nameWords.set(entry, read);
  }
  return read;
}

/** Whether the words describe the series the catalog defines, not a neighbouring measure of the same industry. */
export function sameDefinition(
  lookup: Lookup,
  entry: Indicator,
  words: string,
  lead: string,
  measure: Measure,
): boolean {
  const named = nameWordsOf(entry);
  if (named.output && entry.unitClass === "count" && NOT_MADE.test(lead) && !MADE.test(words)) return false;
  // "IC sales grew 11 percent while that of biomedicine added 2.6 percent": the measure named earlier in the sentence
  const measured = /^\W*(?:and |while |whereas )?that of\b/i.test(words) ? lead : words;
  // ("above-scale industrial output" in a share's name is no industry scale)
  // (the three leading industries and each member have no output series apart: its output's growth is its growth)
  const groupGrowth = measure === "growth" && (named.combined || leadingMember(lookup, entry, measured));
  if (named.scale && !groupGrowth && OUTPUT_VALUE.test(measured)) return false;
  if (entry.unitClass === "money" && !named.perUnit && (PER_ITEM.test(words) || SOUGHT.test(words))) return false;
  // "machinery production rose 9.4 percent, and automobile manufacturing by 6.2 percent": the growth of
  // production (value added), not of the output value a series counts
  if (named.outputValue && VALUE_ADDED.test(lead) && !/\boutput value\b/i.test(words)) return false;
  // "its total industrial output reached 4.2 trillion yuan": the gross output, not the value added
  if (named.valueAdded && /\bindustrial output\b/i.test(words) && !/\badded\b/i.test(words)) return false;
  // "with the total industry size exceeding 1 trillion yuan": the whole industry, not its manufacturing
  if (named.manufacturing && WHOLE_INDUSTRY.test(words)) return false;
  // "accounted for 23.8 % of Shanghai's GDP" is a share of GDP, not of the industrial output a series divides by
  if (entry.unitClass === "ratio" && !named.gdp && SHARE_OF_GDP.test(words)) return false;
  return true;
}
