/** The catalog names a Chinese sentence holds, with those written in ways no alias can say safely. */
import { withGroupNames } from "./collective";
import type { ZhDocument, ZhIndicator } from "./document";
import { withEconomyNames } from "./economy";
import type { ZhName } from "./names";
import type { ZhSentence } from "./segments";
import { withShareNames } from "./share-names";

/** The sentence's names: the catalog's, groups named by their members (LEAD3), the whole economy (GDP growth). */
export function sentenceNames(doc: ZhDocument, sentence: ZhSentence): ZhName<ZhIndicator>[] {
  const text = doc.folded;
  const names = doc.names.indicatorsIn(text, sentence.start, sentence.end);
  const grouped = withGroupNames(text, sentence.end, names, doc.indicator);
  // (全社会研发经费支出相当于上海地区生产总值的4.3%: R&D intensity written around a place)
  return withShareNames(text, sentence, withEconomyNames(text, sentence, grouped, doc.indicator), doc.indicator);
}
