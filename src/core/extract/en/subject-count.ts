/**
 * Bare numbers whose counted noun is the sentence's subject, before a verb of change: "High-tech enterprises are
 * projected to increase by 300 to over 1,000", "The number of listed firms will rise by 50 to no less than 150",
 * "Regional headquarters and R&D centres grew by 40 and 18 respectively".
 */
import { COUNTED_NOUNS } from "./figures";
import { WORD_NUMBER_SOURCE } from "./numbers";

const NUMBER = `(?:\\d[\\d,.]*|${WORD_NUMBER_SOURCE})`;
const SUBJECT_CHANGE = new RegExp(
  `(?:^\\W*|\\band\\s+|,\\s+)(?:(?:Furthermore|Moreover|Meanwhile|In addition|Besides|Also),\\s+)?` +
    `(?:(?:the\\s+)?number\\s+of\\s+)?((?:[\\w'’"“”&-]+\\s+){0,4}?(${COUNTED_NOUNS}))\\b` +
    `(?:\\s+and\\s+((?:[\\w'’&-]+\\s+){0,4}?(${COUNTED_NOUNS}))\\b)?` +
    `[^.;,\\d]{0,90}?\\b(?:increase[sd]?|increasing|rise|rises|rose|grow|grows|grew|expand(?:s|ed)?)\\s+by\\s+` +
    `(?:${NUMBER}\\s+(?:and\\s+${NUMBER}\\s+)?(?:respectively\\s+)?to\\s+)?` +
    `(?:${NUMBER}\\s+and\\s+)?(?:no less than|not less than|over|more than|at least|about|nearly|around|some)?\\s*$`,
  "i",
);

// "Foreign visitor arrivals jumped about 35 percent to 7.8 million": a rate of change, then the level it reached
const SUBJECT_RATE_TO = new RegExp(
  `(?:^\\W*|\\band\\s+|,\\s+)((?:[\\w'’"“”&-]+\\s+){0,4}?(${COUNTED_NOUNS}))\\b[^.;,\\d]{0,40}?` +
    `\\b(?:increased|rose|grew|surged|jumped|climbed|soared|expanded|fell|dropped|declined|decreased)\\s+(?:by\\s+)?` +
    `(?:about\\s+|nearly\\s+|around\\s+|almost\\s+|over\\s+|more than\\s+|some\\s+)?\\d[\\d.]*\\s*(?:percent|per cent|%)\\s+to\\s+` +
    `(?:about\\s+|nearly\\s+|around\\s+|almost\\s+|over\\s+|more than\\s+|some\\s+)?$`,
  "i",
);

// "Regional headquarters and foreign R&D centres in the city reached 771 and 481 respectively": a pair of counted
// nouns as the subject of a level reached, the first number the first noun's, the second the second's
const REACHED = /\b(?:reached|totall?ed|numbered|stood at|came to)\s/i;
const SUBJECT_REACHED = new RegExp(
  `(?:^\\W*|,\\s+)(?:the\\s+)?((?:[\\w'’"“”&-]+\\s+){0,4}?(${COUNTED_NOUNS}))\\b` +
    `\\s+and\\s+((?:the\\s+)?(?:[\\w'’&-]+\\s+){0,4}?(${COUNTED_NOUNS}))\\b` +
    `[^.;,\\d]{0,90}?\\b(?:reached|totall?ed|numbered|stood at|came to)\\s+` +
    `(?:${NUMBER}\\s+and\\s+)?(?:over|more than|about|nearly|around|some)?\\s*$`,
  "i",
);

// "Passenger throughput at the airports topped 120 million": the passengers a throughput or traffic counts, named before the
// level it reached
const PASSENGERS_REACHED =
  /\b(passenger\s+(?:throughput|traffic|flows?|trips|volume))\b[^.;,\d]{0,40}?\b(?:exceeded|reached|hit|topped|surpassed|totall?ed|stood at|came to|rose to|grew to|was)\s+(?:over|more than|about|nearly|around|some|almost)?\s*$/i;

const unitOf = (noun: string) =>
  /^(?:NEVs|EVs|cars|automobiles|autos)$/i.test(noun)
    ? "vehicles"
    : noun.toLowerCase().replace(/^project$/, "projects");

/**
 * The noun a bare number counts when its sentence opens on the counted things and a change: the first noun, or the
 * second of two for the second number of a pair ("by 40 and 18").
 */
export function subjectCount(before: string): { noun: string; subject: string } | undefined {
  const match = /\bby\b/.test(before) ? SUBJECT_CHANGE.exec(before) : null;
  if (!match) {
    const passengers = /passenger/i.test(before) ? PASSENGERS_REACHED.exec(before) : null;
    if (passengers) return { noun: "passengers", subject: passengers[1] };
    const rate = / to\s+(?:\w+\s+)?$/.test(before) ? SUBJECT_RATE_TO.exec(before) : null;
    if (rate) return { noun: unitOf(rate[2]), subject: rate[1].trim() };
    const pair = REACHED.test(before) ? SUBJECT_REACHED.exec(before) : null;
    if (!pair) return undefined;
    return /\d\s+and\s+$/.test(before)
      ? { noun: unitOf(pair[4]), subject: pair[3].trim() }
      : { noun: unitOf(pair[2]), subject: pair[1].trim() };
  }
  const second =
    match[3] && /\d\s+and\s+$|\b(?:one|two|three|four|five|six|seven|eight|nine|ten)\s+and\s+$/i.test(before);
  return second
    ? { noun: unitOf(match[4]), subject: match[3].trim() }
    : { noun: unitOf(match[2]), subject: match[1].trim() };
}
