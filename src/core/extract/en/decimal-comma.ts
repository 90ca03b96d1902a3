/**
 * Decimal commas in European-style copies: "38,3 billion", "2,5 percent", and "from 3, 31 percent to 4.21 percent"
 * where a translation put a space after the comma. A comma with exactly three digits after it stays a thousands
 * separator ("1,500 million"); one or two digits before a scale word or a percent sign make a decimal.
 */

// one or two digits after the comma, then what makes the number a figure (a scale word, percent, a currency)
const TAIL =
  /^,(\s?)(\d{1,2})(?![\d,.])(?=[\s-]?(?:thousand|million|billion|trillion|mln|bln|mn|bn|trn|%|percent|per cent|pct|yuan|CN¥|RMB|dollars|euros?)(?![A-Za-z]))/i;

/**
 * The number written at text[start, start + written.length) with its decimal comma ("38,3"), or null when the comma
 * after it is none. Only a plain run of digits can have one: "1,500,3" is no decimal.
 */
export function withDecimalComma(text: string, start: number, written: string): string | null {
  const end = start + written.length;
  if (text.charCodeAt(end) !== 44 /* , */ || !/^\d{1,3}$/.test(written)) return null;
  const tail = TAIL.exec(text.slice(end, end + 24));
  if (!tail) return null;
  // "from 3, 31 percent to 4.21 percent": with a space after the comma it could be a list ("3, 5 and 7 percent"),
  // so only a change from one figure to another, which no list can be, reads it as a decimal
  if (tail[1]) {
    const before = text.slice(Math.max(0, start - 6), start);
    const afterUnit = text.slice(end + tail[0].length, end + tail[0].length + 40);
    if (!/\bfrom\s$/i.test(before) || !/^[\s-]?(?:%|percent|per cent|[a-z]+(?:\s+yuan)?)?\s+to\s+\d/i.test(afterUnit))
      return null;
  }
  return `${written}${tail[0]}`;
}

/** The value of digits that may carry a decimal comma ("38,3", "3, 31"); commas elsewhere separate thousands. */
export function parseWritten(written: string): number {
  if (!written.includes(",")) return Number(written);
  const decimal = /^(\d+),\s?(\d{1,2})$/.exec(written);
  return decimal ? Number(`${decimal[1]}.${decimal[2]}`) : Number(written.replace(/,/g, ""));
}
