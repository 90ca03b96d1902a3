/**
 * Chinese text as the stages read it: full-width forms and traditional characters folded to the simplified,
 * half-width forms the patterns are written in. Every character maps to exactly one character, so an offset in
 * the folded text is the same offset in the original, and quotes are cut from the original.
 */

/** Ideographs (CJK Unified, Extension A, Compatibility). */
export const CJK = /[\u3400-\u9fff\uf900-\ufaff]/;
const CJK_GLOBAL = /[\u3400-\u9fff\uf900-\ufaff]/g;

// Traditional forms of the characters the cues, units and names use (億元, 萬輛, 簽約, 重慶, 預計, 達到, ...).
const TRADITIONAL =
  "億萬兩簽約項輛個資產業總達實現長預計標確規劃區會慶額將為與佔於際億內倍幣團機構園區數據廣東蘇蘭陽東門廈臺灣澤濟億";
const SIMPLIFIED =
  "亿万两签约项辆个资产业总达实现长预计标确规划区会庆额将为与占于际亿内倍币团机构园区数据广东苏兰阳东门厦台湾泽济亿";
const FOLD = new Map<string, string>();
for (let i = 0; i < TRADITIONAL.length; i++) FOLD.set(TRADITIONAL[i], SIMPLIFIED[i]);
for (const [from, to] of [
  ["\u3000", " "],
  ["\u3001", "、"],
  ["\u2014", "-"], // 1—9月
  ["\u2013", "-"],
  ["\uff5e", "~"],
  ["\u301c", "~"],
  ["\uff05", "%"],
]) {
  FOLD.set(from, to);
}

/** Folds full-width ASCII (２０２５年, ４．４％, （）), dashes and traditional characters; same length. */
export function fold(text: string): string {
  let out = "";
  let changedFrom = 0;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    let replacement: string | undefined;
    if (code >= 0xff01 && code <= 0xff5e && code !== 0xff0c && code !== 0xff1b && code !== 0xff1a) {
      // full-width ASCII, except the Chinese comma, colon and semicolon, which the clause splitter reads as such
      replacement = String.fromCharCode(code - 0xfee0);
    } else if (code >= 0x2013 || code === 0x3000) {
      replacement = FOLD.get(text[i]);
    }
    if (replacement !== undefined) {
      out += text.slice(changedFrom, i) + replacement;
      changedFrom = i + 1;
    }
  }
  return changedFrom === 0 ? text : out + text.slice(changedFrom);
}

const SAMPLE = 2000;

/** Share of ideographs among the letters of text[start, end): 1 for pure Chinese, 0 for pure English. */
export function chineseShare(text: string, start = 0, end = text.length): number {
  const sample = text.slice(start, Math.min(end, start + SAMPLE));
  const cjk = sample.match(CJK_GLOBAL)?.length ?? 0;
  const latin = sample.match(/[A-Za-z]/g)?.length ?? 0;
  // a Chinese word carries as much as an English word of ~4 letters: weigh ideographs up so "R&D占GDP比重" is Chinese
  return cjk + latin === 0 ? 0 : (cjk * 3) / (cjk * 3 + latin);
}

/** Is this paragraph written in Chinese? (More than half of its letter weight is ideographs.) */
export function isChinese(paragraph: string): boolean {
  return chineseShare(paragraph) > 0.5;
}
