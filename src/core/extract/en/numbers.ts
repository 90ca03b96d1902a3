/** Numbers written in words and scale words, as policy news writes them. */

const UNITS: Record<string, number> = {
  zero: 0,
  one: 1,
  two: 2,
  three: 3,
  four: 4,
  five: 5,
  six: 6,
  seven: 7,
  eight: 8,
  nine: 9,
  ten: 10,
  eleven: 11,
  twelve: 12,
  thirteen: 13,
  fourteen: 14,
  fifteen: 15,
  sixteen: 16,
  seventeen: 17,
  eighteen: 18,
  nineteen: 19,
};
const TENS: Record<string, number> = {
  twenty: 20,
  thirty: 30,
  forty: 40,
  fifty: 50,
  sixty: 60,
  seventy: 70,
  eighty: 80,
  ninety: 90,
};

const unitWords = Object.keys(UNITS).join("|");
const tensWords = Object.keys(TENS).join("|");

/** "Forty-two", "ten", "a dozen", "three hundred", "a hundred", "a million" — anchored word-number pattern source. */
export const WORD_NUMBER_SOURCE =
  `(?:(?:${tensWords})(?:[- ](?:${unitWords.replace("zero|", "")}))?|${unitWords}|a dozen|dozens?|` +
  `a(?=[- ](?:hundred|thousand|million|billion|trillion)\\b))` +
  `(?:[- ]hundred)?`;

export function parseWordNumber(words: string): number | undefined {
  const text = words.toLowerCase().trim();
  if (text === "a dozen" || text === "dozen") return 12;
  let total = 0;
  let hundred = false;
  for (const part of text.split(/[- ]+/)) {
    if (part in UNITS) total += UNITS[part];
    else if (part === "a")
      total += 1; // "a hundred", "a million" (the scale word read after it)
    else if (part in TENS) total += TENS[part];
    else if (part === "hundred") hundred = true;
    else return undefined;
  }
  return hundred ? total * 100 : total;
}

export const SCALES: Record<string, number> = {
  thousand: 1e3,
  k: 1e3,
  million: 1e6,
  mln: 1e6,
  mn: 1e6,
  m: 1e6,
  billion: 1e9,
  bln: 1e9,
  bn: 1e9,
  b: 1e9,
  trillion: 1e12,
  tn: 1e12,
  trn: 1e12,
};

/** Fractions written in words, as shares. */
export const FRACTIONS: Record<string, number> = {
  half: 1 / 2,
  "one-half": 1 / 2,
  "a third": 1 / 3,
  "one-third": 1 / 3,
  "one third": 1 / 3,
  "two-thirds": 2 / 3,
  "two thirds": 2 / 3,
  "a quarter": 1 / 4,
  "one-quarter": 1 / 4,
  "one quarter": 1 / 4,
  "three-quarters": 3 / 4,
  "three quarters": 3 / 4,
  "a fifth": 1 / 5,
  "one-fifth": 1 / 5,
  "one fifth": 1 / 5,
  "two-fifths": 2 / 5,
  "three-fifths": 3 / 5,
  "four-fifths": 4 / 5,
  "a tenth": 1 / 10,
  "one-tenth": 1 / 10,
  "one-fourth": 1 / 4,
  "one-sixth": 1 / 6,
  "one-eighth": 1 / 8,
  "an eighth": 1 / 8,
};

/** Multiples for relative targets: "double", "triple", "two-fold". */
export const MULTIPLES: Record<string, number> = {
  double: 2,
  doubled: 2,
  doubling: 2,
  "two-fold": 2,
  twofold: 2,
  triple: 3,
  tripled: 3,
  tripling: 3,
  "three-fold": 3,
  threefold: 3,
  quadruple: 4,
  quadrupled: 4,
  "four-fold": 4,
  fourfold: 4,
  quintuple: 5,
  quintupled: 5,
  quintupling: 5,
  "five-fold": 5,
  fivefold: 5,
};

export function parseDigits(text: string): number {
  return Number(text.replace(/,/g, ""));
}
