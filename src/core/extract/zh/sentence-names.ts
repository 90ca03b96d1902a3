/** The catalog names a Chinese sentence holds, with those written in ways no alias can say safely. */
import { withoutAboveScale } from "./above-scale";
import { withGroupNames } from "./collective";
import type { ZhDocument, ZhIndicator } from "./document";
import { withEconomyNames } from "./economy";
import { withFirmNames } from "./firm-names";
import type { ZhName } from "./names";
import type { ZhSentence } from "./segments";
import { withoutWiderSectors } from "./wider-sectors";

/** The sentence's names: the catalog's, groups named by their members (LEAD3), the whole economy (GDP growth). */
export function sentenceNames(doc: ZhDocument, sentence: ZhSentence): ZhName<ZhIndicator>[] {
  const text = doc.folded;
  // (规上工业增加值: the firms above designated size, not the whole industry)
  const catalogNames = withoutAboveScale(
    text,
    withoutWiderSectors(text, doc.names.indicatorsIn(text, sentence.start, sentence.end)),
  );
  // (规模以上工业企业增加值: industrial value added written through its firms)
  const names = withFirmNames(doc, sentence, catalogNames);
  const grouped = withGroupNames(text, sentence.end, names, doc.groups, doc.indicator);
  return withEconomyNames(text, sentence, grouped, doc.indicator);
}
