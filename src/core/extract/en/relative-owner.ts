/** The place a relative clause is about ("ahead of Shanghai, which made ..."): its figures are that place's. */
import type { Context } from "./context";
import { REGIONS } from "./regions";
import { question, says } from "./said";
import type { Sentence, Span } from "./segments";

// "ahead of Shanghai, which made 1.02 million NEVs", "after Shanghai, whose industry reached ...": the place the
// relative clause is about
const RELATIVE_PRONOUN = question(/^(?:which|whose|where)\b/i);
const RELATIVE_OWNER = new RegExp(`\\b(${REGIONS.map((r) => r.replace(/'/g, "['’]")).join("|")}),\\s*$`);

export function ownerOfRelativeClause(ctx: Context, sentence: Sentence, clause: Span): string | undefined {
  if (clause.start <= sentence.start || !says(clause, RELATIVE_PRONOUN)) return undefined;
  return RELATIVE_OWNER.exec(ctx.text.slice(Math.max(sentence.start, clause.start - 40), clause.start))?.[1];
}
