/**
 * The nouns that name a round line a figure passed ("the 4 trillion yuan mark", "the milestone of 4 trillion yuan"),
 * one list for every reader of a line passed: the lines passed at no stated time (lines-passed.ts), a bound that
 * restates a milestone (restated.ts) and the comparator cue read past the line's name (cues.ts).
 */

/** The names of a line every reader knows. */
export const LINE_NOUNS = ["milestone", "mark", "threshold", "level", "barrier"] as const;

/**
 * The names a restated bound reads besides: "the 5 trillion yuan benchmark", "the 100,000 yuan line". Only the
 * restated bound's test takes them; the chain of lines passed and the comparator cue never did.
 */
export const RESTATED_LINE_NOUNS = [...LINE_NOUNS, "benchmark", "line"] as const;

/**
 * The names as a regex alternation group, "(?:milestone|mark|...)"; with `plural`, each may take an "s" ("passed the
 * milestones of 3 and 4 trillion yuan").
 */
export function lineNounGroup(nouns: readonly string[], plural = false): string {
  return `(?:${nouns.map((n) => (plural ? `${n}s?` : n)).join("|")})`;
}
