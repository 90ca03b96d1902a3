/**
 * 谈到集成电路，…，上半年产业规模达到1100亿元: a clause that opens on 产业规模 with no industry of its
 * own is the scale of the one industry its sentence named before it (none when the sentence named several).
 */
import type { ZhDocument, ZhIndicator } from "./document";
import type { ZhName } from "./names";
import type { Span, ZhSentence } from "./segments";

const BARE_SCALE = /^(?:\d{4}年)?(?:上半年|前三季度|一季度|全年)?产业规模(?:达到?|突破|超过|为)?$/;

export function industryOfBareScale(
  doc: ZhDocument,
  sentence: ZhSentence,
  clause: Span,
  leadIn: string,
): ZhName<ZhIndicator>[] {
  if (!BARE_SCALE.test(leadIn)) return [];
  const named = doc.names.indicatorsIn(doc.folded, sentence.start, clause.start);
  return named.length && named.every((n) => n.entry.code === named[0].entry.code) ? [named[named.length - 1]] : [];
}
