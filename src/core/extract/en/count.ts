/** A number that is neither money nor a percentage: a count of the noun after it, a magnitude, or a bare number. */
import type { Figure } from "./figures";
import { counted } from "./units";

export function countedFigure(text: string, start: number, end: number, value: number, magnitude: boolean): Figure {
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
  return { start, end, value, cls: magnitude ? "count" : "bare", unit: "count" };
}
