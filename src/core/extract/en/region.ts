/** The region a figure belongs to. */
import type { Context } from "./context";
import { regionIn } from "./regions";

/** The region a stretch of text is about; the document's own region wins when the text names it. */
export function regionOf(ctx: Context, text: string): string | undefined {
  if (ctx.region && text.includes(ctx.region)) return ctx.region;
  // "the Jiangsu city", "the Guangdong provincial capital": the province describes the document's own city
  if (ctx.region && /\b[Tt]he [A-Z][a-z]+ (?:city|municipality|provincial capital)\b/.test(text)) return ctx.region;
  const named = regionIn(text);
  if (named === "China" && /\b(the province|the city|the municipality|provincial|municipal)\b/i.test(text))
    return undefined;
  return named;
}
