/** A number that is neither money nor a percentage: a count of the noun after it, a magnitude, or a bare number. */
import type { Figure } from "./figures";
import { counted } from "./units";

export function countedFigure(text: string, start: number, end: number, value: number, magnitude: boolean): Figure {
  // "906km": a length with its unit glued on (not "km2", an area)
  if (text.startsWith("km", end) && !/^km[\w²]/.test(text.slice(end, end + 3)))
    return { start, end: end + 2, value, cls: "count", unit: "km" };
  const noun = counted(text, end, value === 1);
  if (noun) {
    if (noun.noun === "automobiles" || noun.noun === "autos") noun.noun = "vehicles";
    if (/^hqs$/i.test(noun.noun)) noun.noun = "headquarters";
    // "600 square kilometres" is an area, not a length
    if (/^(?:km|kilomet(?:re|er)s)$/.test(noun.noun) && /^square\s/i.test(noun.text)) noun.noun = `square ${noun.noun}`;
    return {
      start,
      end: noun.end,
      value,
      cls: "count",
      unit: noun.noun,
      nounPhrase: { start: noun.start, end: noun.start + noun.text.length, text: noun.text },
    };
  }
  const currency = magnitude && value >= 1e6 ? comparedMoney(text, start) : undefined;
  if (currency) return { start, end, value, cls: "money", unit: currency };
  return { start, end, value, cls: magnitude ? "count" : "bare", unit: "count" };
}

// "... 700 billion yuan, up from 600 billion", "compared with 1.2 trillion": the amount compared with is in the
// currency of the money just before it
const COMPARED_WITH = /\b(?:from|with|against|versus|than)\s+(?:about\s+|around\s+|nearly\s+|some\s+)?$/i;
const MONEY_BEFORE =
  /(?:\d\s*(?:(?:b|m|tr)illion|bn|trn)\s*(yuan|RMB|U\.?S\.? dollars|dollars)|(RMB|CNY|US\$|¥)\s?\d[\d,.]*\s*(?:(?:b|m|tr)illion|bn|trn))[^.;\d]{0,60}$/i;

function comparedMoney(text: string, start: number): string | undefined {
  const before = text.slice(Math.max(0, start - 120), start);
  if (!COMPARED_WITH.test(before)) return undefined;
  // ("850 billion yuan in 2023, up from 780 billion": a year between is no other figure)
  const money = MONEY_BEFORE.exec(before.replace(/\b(?:19|20)\d\d\b/g, "year"));
  if (!money) return undefined;
  const word = (money[1] ?? money[2]).toLowerCase();
  return /yuan|rmb|cny|¥/.test(word) ? "CNY" : "USD";
}
