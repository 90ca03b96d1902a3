/** Company names in a Chinese sentence, which hold catalog names that are not the indicator's. */
import type { Span, ZhSentence } from "./segments";

export const COMPANY_WORD = /公司|集团|药业/;
export const COMPANY = /([\u4e00-\u9fffA-Za-z()（）]{2,14}?(?:股份有限公司|有限公司|集团|公司|药业))/;

/** Company names in a sentence: a catalog name inside one (上海某集成电路集团) is the company's, not the indicator. */
export function companiesIn(text: string, sentence: ZhSentence): { start: number; end: number }[] {
  const found: { start: number; end: number }[] = [];
  const pattern = new RegExp(COMPANY.source, "g");
  const slice = text.slice(sentence.start, sentence.end);
  for (let m = pattern.exec(slice); m; m = pattern.exec(slice))
    found.push({ start: sentence.start + m.index, end: sentence.start + m.index + m[0].length });
  return found;
}

/**
 * Whether a sentence has a company word, and its companies' spans, as each of its figures asks: read once per
 * sentence (one sentence object is one text's; the last sentence's are kept, for its next figure).
 */
export function sentenceCompanies(text: string, sentence: ZhSentence): { hasCompany: boolean; spans: Span[] } {
  if (companiesOf?.sentence !== sentence) {
    const hasCompany = COMPANY_WORD.test(text.slice(sentence.start, sentence.end));
    companiesOf = { sentence, hasCompany, spans: hasCompany ? companiesIn(text, sentence) : [] };
  }
  return companiesOf;
}
let companiesOf: { sentence: ZhSentence; hasCompany: boolean; spans: Span[] } | null = null;

// 长安汽车前11个月累计产销…, 某某汽车今年生产…: a carmaker written by its brand and 汽车 as a clause's subject, a span
// of time or a verb of its own output right after (not a place's 汽车产量, nor 全市汽车累计…)
const CAR_MAKER =
  /(?:^|[，,。；;:：\s])([\u4e00-\u9fff]{2,3})汽车(?=前\d|前[一二三四五六七八九十]|累计|今年|全年|上半年|\d{1,2}\s?[-月]|产销|生产|销售|交付)/;
const NO_MAKER =
  /^(?:中国|我国|全市|全省|全区|全国|本市|我市|本省|我省|本区|我区|新能源|燃油|乘用|商用|智能|整车|全年)$/;

/** The carmaker a lead-in opens with (长安汽车), given a test for place names; undefined when there is none. */
export function carMakerIn(leadIn: string, isPlace: (words: string) => boolean): string | undefined {
  if (!leadIn.includes("汽车")) return undefined;
  const m = CAR_MAKER.exec(leadIn);
  if (!m || NO_MAKER.test(m[1]) || isPlace(m[1])) return undefined;
  return m[1] + "汽车";
}
