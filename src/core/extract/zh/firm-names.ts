/**
 * A catalog series written through the firms that make it: 规模以上工业企业增加值 is the industrial value added
 * (工业增加值), also when the firms' count comes between (规上工业企业达3.2万家、增加值增长6%; 工业企业有…家，实现
 * 增加值…). The name is placed on the measure word, so a count of the firms before it stays a count.
 */
import { aboveScale } from "./above-scale";
import type { ZhDocument, ZhIndicator } from "./document";
import type { ZhName } from "./names";
import type { ZhSentence } from "./segments";

// 工业企业 [达 / 有 / 共 … 家] [、，] [实现 / 完成] 增加值; the stem is read back from 企业 (2 to 8 characters)
const FIRMS_MEASURE =
  /([\u4e00-\u9fff]{2,8})企业(?:(?:数量)?(?:达到|达|有|共有|共|超过|超)?[\d.万千百余多近约\s]{1,12}家)?\s?[、，,]?\s?(?:实现|完成|累计实现)?(增加值|总产值|产值|营业收入)/g;
const MIN_STEM = 2;
// 大型工业企业增加值, 国有控股工业企业, 重点工业企业: the firms of one size or ownership are a part, not the whole series
const KIND_OF_FIRM =
  /(?:大型|中型|小型|微型|大中型|中小|小微|国有|国有控股|国企|民营|私营|外商投资|外资|港澳台|股份制|集体|重点|龙头|高新技术)$/;

/** The names with those written through firms added (where no catalog name already covers the measure word). */
export function withFirmNames(
  doc: ZhDocument,
  sentence: ZhSentence,
  names: ZhName<ZhIndicator>[],
): ZhName<ZhIndicator>[] {
  const text = doc.folded;
  const slice = text.slice(sentence.start, sentence.end);
  if (!slice.includes("企业")) return names;
  const added: ZhName<ZhIndicator>[] = [];
  FIRMS_MEASURE.lastIndex = 0;
  for (let m = FIRMS_MEASURE.exec(slice); m; m = FIRMS_MEASURE.exec(slice)) {
    const measure = m[2];
    const end = sentence.start + m.index + m[0].length;
    const start = end - measure.length;
    if (names.some((n) => n.start < end && n.end > start)) continue;
    // (全省规模以上工业企业: try 省规模以上工业, …, 工业 until the catalog knows the name)
    const run = m[1];
    for (let from = 0; from + MIN_STEM <= run.length; from++) {
      const entry = doc.names.indicatorNamed(run.slice(from) + measure);
      // (规模以上工业企业增加值: the firms above designated size are a part too, above-scale.ts)
      if (entry && (KIND_OF_FIRM.test(run.slice(0, from)) || aboveScale(entry, run.slice(0, from)))) break;
      if (entry) {
        added.push({ start, end, text: run.slice(from) + measure, entry });
        break;
      }
    }
  }
  return added.length ? [...names, ...added].sort((a, b) => a.start - b.start) : names;
}
