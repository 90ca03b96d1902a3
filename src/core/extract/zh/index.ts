/** The Chinese stages (issue 11), as one `Language` of the extractor (../languages.ts). */
import type { Language } from "../languages";
import { chineseReader } from "./extract";
import { chineseShare } from "./text";

export const chinese: Language = {
  code: "zh",
  detect: (text, paragraph) => chineseShare(text, paragraph.start, paragraph.end),
  reader: (document) => chineseReader(document, document.lookup.catalog),
};

export { extractChinese } from "./extract";
export { chineseShare, isChinese } from "./text";
