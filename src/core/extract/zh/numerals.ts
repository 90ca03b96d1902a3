/** Numbers as Chinese writes them: 2070, 1,200, 23.86, 四十二, 一百二十, 两千, 三点五, 二〇二五. */

const DIGITS: Record<string, number> = {
  零: 0,
  〇: 0,
  一: 1,
  二: 2,
  两: 2,
  三: 3,
  四: 4,
  五: 5,
  六: 6,
  七: 7,
  八: 8,
  九: 9,
};
const SMALL_UNITS: Record<string, number> = { 十: 10, 百: 100, 千: 1000 };
const LARGE_UNITS: Record<string, number> = { 万: 1e4, 亿: 1e8 };

/** Characters a Chinese numeral is written with. */
export const NUMERAL_CHARS = "零〇一二两三四五六七八九十百千万亿";

/** The value of a Chinese numeral (四十二 -> 42, 一百二十万 -> 1200000, 三点五 -> 3.5), or null. */
export function chineseNumeral(written: string): number | null {
  if (!written) return null;
  const point = written.indexOf("点");
  if (point >= 0) {
    const whole = chineseNumeral(written.slice(0, point));
    const decimals = written.slice(point + 1);
    if (whole === null || !decimals || [...decimals].some((c) => !(c in DIGITS))) return null;
    return Number(`${whole}.${[...decimals].map((c) => DIGITS[c]).join("")}`);
  }
  // (a lone digit, the commonest case: 一是, 三大)
  if (written.length === 1 && written in DIGITS) return DIGITS[written];
  // digit by digit, as years and codes are written: 二〇二五
  if ([...written].every((c) => c in DIGITS)) {
    return written.length === 1 ? DIGITS[written] : Number([...written].map((c) => DIGITS[c]).join(""));
  }
  let total = 0;
  let section = 0;
  let digit: number | null = null;
  for (const c of written) {
    if (c in DIGITS) {
      digit = DIGITS[c];
    } else if (c in SMALL_UNITS) {
      section += (digit ?? 1) * SMALL_UNITS[c];
      digit = null;
    } else if (c in LARGE_UNITS) {
      const unit = LARGE_UNITS[c];
      const value = section + (digit ?? 0);
      // 万亿: the 万 already multiplied the section; 亿 lifts everything so far
      total = unit === 1e8 ? (total + value || 1) * unit : total + (value || 1) * unit;
      section = 0;
      digit = null;
    } else {
      return null;
    }
  }
  return total + section + (digit ?? 0);
}

/** A number written with Arabic digits, thousands separators allowed: "1,200" -> 1200, "23.86" -> 23.86. */
export function arabicNumber(written: string): number {
  // (most numbers are digits and a point alone, with nothing to take out)
  for (let i = 0; i < written.length; i++) {
    const code = written.charCodeAt(i);
    if ((code < 48 || code > 57) && code !== 46) return Number(written.replace(/[,，\s]/g, ""));
  }
  return Number(written);
}

/** Scale words after a number: 万 1e4, 亿 1e8, 万亿 and 兆 1e12, and the 千亿 / 百亿 / 十亿 / 千万 / 百万 / 十万 compounds. */
export function scaleOf(written: string): number {
  let scale = 1;
  for (const c of written) {
    // 兆 is 10^12 where it is written with money (Taiwan and Hong Kong: 五點六七兆元)
    if (c === "兆") scale *= 1e12;
    else if (c in LARGE_UNITS) scale *= LARGE_UNITS[c];
    else if (c in SMALL_UNITS) scale *= SMALL_UNITS[c];
  }
  return scale;
}

// 5兆6708.71億元, 1兆1650.62億元: Taiwan and Hong Kong write trillions as 兆 and go on in 億 for the rest, so the
// digits with 兆 just before an amount in 亿 are its trillions (5 * 10^12 + 6708.71 * 10^8)
const TRILLIONS_BEFORE = /(\d+)兆$/;

/** The trillions (兆) written right before an amount in 亿 at start, and where they begin, or null. */
export function trillionsBefore(text: string, start: number, from: number): { start: number; value: number } | null {
  if (text[start - 1] !== "兆") return null;
  const m = TRILLIONS_BEFORE.exec(text.slice(Math.max(from, start - 8), start));
  return m ? { start: start - m[0].length, value: Number(m[1]) * 1e12 } : null;
}
