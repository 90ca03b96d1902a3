/** Company names in a Chinese sentence, which hold catalog names that are not the indicator's. */
import type { ZhSentence } from "./segments";

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
