/** What a figure is about when no catalog name claims it: the phrase of its clause, or a signing's segment. */
import type { Context, Placed } from "./context";
import type { Figure } from "./figures";
import { lastWord, lastWords } from "./last-word";
import { REGIONS } from "./regions";
import type { Sentence, Span } from "./segments";

const REGION_NAMES = new Set(REGIONS.flatMap((r) => [r, r.toUpperCase()]));
const CONNECTOR =
  /^(?:and|while|with|but|whereas|meanwhile|in addition|additionally|finally|also|including|of which|among these were|among them|there were also|there were)\b[\s,]*/i;

const MEASURE_NOUN =
  /((?:[a-z-]+\s+)?(?:investment|investments|revenue|revenues|output|value|turnover|sales|exports|imports|GDP|profit|profits|spending|expenditure|income|funding|capital|financing|consumption|trade|scale))\s+(?:of|worth|totaling|totalling|tallying|valued at|reaching|hitting)\s+(?:(?:about|around|nearly|almost|over|more than|at least|no less than|not less than|in excess of|upwards of|up to|some|a total of|a combined)\s+)*$/i;

const MEASURE_LAST = lastWords(
  ["of", "worth", "totaling", "totalling", "tallying", "valued at", "reaching", "hitting", "about", "around", "nearly"]
    .concat(["almost", "over", "more than", "at least", "no less than", "not less than", "in excess of", "upwards of"])
    .concat(["up to", "some", "a total of", "a combined"]),
);

/** What an unlinked figure is about: "investment of $5 billion", "two-thirds of the projects", else the clause's opening phrase. */
export function plainSubject(ctx: Context, clause: Span, figure: Figure): string {
  const leadIn = ctx.text.slice(clause.start, figure.start);
  const measured = MEASURE_LAST.has(lastWord(leadIn)) ? MEASURE_NOUN.exec(leadIn) : null;
  if (measured)
    return measured[1]
      .replace(/^(?:attract|attracted|raise|raised|lift|boost|total|a|an|the)\s+/i, (w) => (/^total/i.test(w) ? w : ""))
      .trim();
  const lead = clauseLead(ctx, clause, figure.start);
  if (lead.hasVerb && lead.subject) return lead.subject;
  if (figure.cls === "percent" || figure.cls === "fraction") {
    const of =
      /^\s+of\s+((?:the|its|their|all)\s+)?([\w'’-]+(?:\s+[\w'’-]+){0,3}?)(?=\s+(?:were|was|is|are|in|by|from|came|went|had|have)\b|[,.;]|$)/i.exec(
        ctx.text.slice(figure.end, clause.end),
      );
    if (of) return `${of[1] ?? ""}${of[2]}`.trim();
  }
  return lead.subject || figure.unit;
}

export function clauseSubject(ctx: Context, clause: Span, upTo: number): string {
  return clauseLead(ctx, clause, upTo).subject;
}

const FILLER =
  /\b(?:about|around|approximately|nearly|almost|roughly|some|over|more than|less than|at least|at most|up to|in excess of|a total of|a combined|the|of|to)\s*$/i;
const FILLER_LAST = lastWords(
  ["about", "around", "approximately", "nearly", "almost", "roughly", "some", "over", "more than", "less than"].concat([
    "at least",
    "at most",
    "up to",
    "in excess of",
    "a total of",
    "a combined",
    "the",
    "of",
    "to",
  ]),
);

/** The noun phrase that opens a clause, and whether a verb follows it ("X accounted for"). */
export function clauseLead(ctx: Context, clause: Span, upTo: number): { subject: string; hasVerb: boolean } {
  let text = ctx.text.slice(clause.start, upTo);
  text = text.replace(CONNECTOR, "");
  const verb =
    /\s+(?:worth|valued|totaling|totalling|covered|delivered|produced|sold|reported|posted|recorded|generated|attracted|registered|achieved|contributed|received|expanded|increased|decreased|fell|dropped|declined|climbed|jumped|soared|amounted|can|could|may|might|would|accounted|account|was|were|is|are|has|have|had|will|shall|should|saw|reached|surged|rose|grew|boast|boasts|include|included|included|totaled|represented|numbered|stands|exceeded|topped|hit|churned|made|took|involved|signed|seals|sealed|smash|smashes)\b/i.exec(
      text,
    );
  if (verb) text = text.slice(0, verb.index);
  if (FILLER_LAST.has(lastWord(text))) text = text.replace(FILLER, "");
  return {
    subject: text
      .replace(/\s+/g, " ")
      .replace(/[\s,:–—-]+$/, "")
      .trim(),
    hasVerb: Boolean(verb),
  };
}

/** The segment phrase of a signing figure: "offline projects", "state enterprises", "the biomedicine sector". */
export function signingSubject(
  ctx: Context,
  sentence: Sentence,
  placed: Placed,
  previous: { subject: string; clause: number } | undefined,
): string {
  const { figure, clauseIndex } = placed;
  const clause = sentence.clauses[clauseIndex];
  if (placed.inferredSubject) return placed.inferredSubject;
  const rest = ctx.text.slice(figure.end, clause.end);
  const phrase =
    /\b(?:signed with|were in|was in|under|from)\s+((?:[\w'’&-]+(?:,\s*|\s+(?:and\s+)?)){0,6}?[\w'’&-]+)(?=\s+(?:sector|industry|were|was|\(|with|worth|valued)|\s*[,(.]|$)/i.exec(
      rest,
    );
  // "in the first half", "from last year" are times, not segments
  const isTime = (text: string) =>
    /^(?:the\s+)?(?:first|second|third|fourth|last|past|next|same|previous|current)\b|\b(?:half|quarters?|years?|months?|period)$/i.test(
      text,
    );
  if (figure.cls === "count" && phrase && !isTime(phrase[1])) return phrase[1];
  if (figure.cls === "count" && figure.nounPhrase && figure.nounPhrase.text.split(/\s+/).length > 1)
    return figure.nounPhrase.text;
  const lead = clauseLead(ctx, clause, figure.start);
  const ownLead =
    lead.hasVerb &&
    lead.subject &&
    !/^(?:a total|the total|total|these|they|it)$/i.test(lead.subject) &&
    !REGION_NAMES.has(lead.subject);
  // Money and shares belong to the count beside them, unless their clause names its own subject.
  if (previous && (previous.clause === clauseIndex || !ownLead || figure.cls === "count")) return previous.subject;
  const fromPhrase = /\b(?:from)\s+((?:[\w'’&-]+(?:,\s*|\s+(?:and\s+)?)){0,6}?[\w'’&-]+)(?=\s+(?:were|was))/i.exec(
    sentence.text,
  );
  if (fromPhrase) return fromPhrase[1];
  if (ownLead && figure.cls !== "count") return lead.subject;
  const leadIn = ctx.text.slice(clause.start, figure.start);
  if (
    clauseIndex > 0 &&
    /(?:[–—]\s*\w+|\b(?:boast|boasts|include|includes|included|cover|covers|comprise|comprises))\s*$/i.test(leadIn)
  ) {
    const opener = clauseSubject(ctx, sentence.clauses[0], sentence.clauses[0].end);
    if (opener) return opener.split(/\s+[–—]\s+/)[0];
  }
  const noun = /\b(projects|deals|contracts|agreements)\s+(?:worth|valued|with)\b/i.exec(leadIn);
  if (noun) return noun[1];
  if (lead.subject && !REGION_NAMES.has(lead.subject) && figure.cls !== "count") return lead.subject;
  return figure.nounPhrase?.text ?? (figure.cls === "money" ? "projects" : figure.unit);
}
