/**
 * The place a sentence that names none goes on about. A story about several places (Beijing's results, then
 * Shanghai's) names each one where its figures start: "The Beijing bureau said GDP expanded 5.6 percent ... The output
 * of batteries surged by 160 percent" are both Beijing's. A sentence that names no place is about the place the story
 * named last, over paragraphs, in a story of the whole country or of no one region. A city's story names other places
 * mostly to compare them and goes back to the city: there only the country's own plan carries on, within its paragraph
 * ("Eight Chinese government departments have rolled out a plan ... The plan includes ..." are national goals).
 */
import type { Context } from "./context";
import { regionOf } from "./region";
import { regionIn } from "./regions";
import type { Sentence } from "./segments";

// the country's government and its ministries: "Chinese government departments", "the State Council", "the Ministry
// of Industry and Information Technology", "the central authorities"
const NATIONAL_BODY =
  /\b(?:Chinese|China's|China’s|the central|national)\s+(?:government|authorities|ministries|departments|regulators)\b|\bthe State Council\b|\bthe Ministry of [A-Z]/;

/** Whether the story's places carry over paragraphs: a story of the whole country, or of no one region. */
export function carriesOverParagraphs(ctx: Context): boolean {
  return ctx.region === null || ctx.region === "China";
}

/**
 * The place the story named last, for a sentence that names none (else undefined); notes the place this sentence's
 * opening (its words before its first figure, or all of it) names for the sentences after it.
 */
export function followPlace(ctx: Context, sentence: Sentence, firstFigure: number | undefined): string | undefined {
  const names = regionIn(sentence.text) !== undefined || NATIONAL_BODY.test(sentence.text);
  const carried = names ? undefined : (ctx.lastPlace ?? undefined);
  if (names) {
    const opening = ctx.text.slice(sentence.start, firstFigure ?? sentence.end);
    const place = regionOf(ctx, opening) ?? (NATIONAL_BODY.test(opening) ? "China" : undefined);
    if (place && (place === "China" || carriesOverParagraphs(ctx))) ctx.lastPlace = place;
    // (in a city's story, another place named as a subject ends what the country's plan said)
    else if (place) ctx.lastPlace = null;
  }
  return carried;
}
