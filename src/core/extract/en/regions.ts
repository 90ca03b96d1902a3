/** Place names of English policy news, and the region a stretch of text is about. */
import { SHANGHAI_DISTRICTS } from "../common/shanghai-districts";

export const REGIONS = [
  "Shanghai",
  "Beijing",
  "Chongqing",
  "Tianjin",
  "Guangdong",
  "Shenzhen",
  "Guangzhou",
  "Jiangsu",
  "Zhejiang",
  "Hangzhou",
  "Suzhou",
  "Nanjing",
  "Wuhan",
  "Hubei",
  "Sichuan",
  "Chengdu",
  "Hefei",
  "Anhui",
  "Shandong",
  "Qingdao",
  "Fujian",
  "Xiamen",
  "Hainan",
  "Hunan",
  "Changsha",
  "Henan",
  "Zhengzhou",
  "Hebei",
  "Shaanxi",
  "Xi'an",
  "Guizhou",
  "Yunnan",
  "Guangxi",
  "Jiangxi",
  "Liaoning",
  "Shenyang",
  "Dalian",
  "Jilin",
  "Heilongjiang",
  "Inner Mongolia",
  "Xinjiang",
  "Tibet",
  "Qinghai",
  "Gansu",
  "Ningxia",
  "Shanxi",
  "Hong Kong",
  "Macao",
  "Ningbo",
  "Wuxi",
  "Dongguan",
];
/**
 * A city's districts and zones that publish figures of their own ("the biomedical industry in Pudong", "the Lin-gang
 * Special Area ... target"): a figure of the part is not the city's series. Shanghai's are those of
 * common/shanghai-districts.ts English news reports on ("Huangpu" is left out: the river).
 */
const ENGLISH_DISTRICTS = SHANGHAI_DISTRICTS.flatMap(({ en, english, namesAfter }) =>
  english ? [{ en, written: english.written ?? en, flags: english.anyCase ? "i" : "", notAfter: namesAfter?.en }] : [],
);
const SUB_AREAS: [RegExp, string][] = [
  ...ENGLISH_DISTRICTS.map(({ en, written, flags, notAfter }): [RegExp, string] => [
    new RegExp(String.raw`\b${written}\b` + (notAfter ? `(?!${notAfter})` : ""), flags),
    en,
  ]),
  [/\bLiangjiang New Area\b/, "Liangjiang New Area"],
];

const LOCATED_IN = /[–—,(]\s*(?:located|based|situated) in [^–—,)]*/g;

/**
 * Whether the words before a figure make it a district's or zone's own ("The biomedicine industry in Pudong is set to
 * reach ..."): a sub-area is named, and the city is not named after it ("Helped by plants in Zhangjiang, Shanghai's
 * industry reached ..."; "– located in Shanghai –" only places the zone).
 */
export function ownedBySubArea(before: string, city: string | null): boolean {
  const part = subAreaIn(before);
  return part !== undefined && (!city || before.replace(LOCATED_IN, " ").lastIndexOf(city) < part.at);
}

/**
 * "Pudong has grown into a hub. In 2024, its GDP reached 1.78 trillion yuan": a sentence that names no place and tells
 * of "its" figures goes on about the place its paragraph named last (in the 400 characters before it), and a
 * district's or zone's figures are its own, none of the city's series.
 */
export function itsSubArea(text: string, sentenceStart: number, lead: string, city: string | null): boolean {
  if (!/\bits\b/i.test(lead) || regionIn(lead) !== undefined || namesSubArea(lead)) return false;
  const paragraph = Math.max(text.lastIndexOf("\n", sentenceStart - 1) + 1, sentenceStart - 400);
  return ownedBySubArea(text.slice(paragraph, sentenceStart), city);
}

/** Whether a text names any district or zone at all (the cheap check before `ownedBySubArea`). */
export const namesSubArea = (text: string) => SUB_AREA_ANY.test(text);
const SUB_AREA_ANY = new RegExp(
  String.raw`\b(?:${[...ENGLISH_DISTRICTS.map(({ written }) => written), "Liangjiang"].join("|")})\b`,
  "i",
);

/** The district or zone a stretch of text names (the last one) and where, if any. */
export function subAreaIn(text: string): { name: string; at: number } | undefined {
  if (!SUB_AREA_ANY.test(text)) return undefined;
  let found: { at: number; name: string } | undefined;
  for (const [pattern, name] of SUB_AREAS) {
    const at = text.search(pattern);
    if (at >= 0 && (!found || at > found.at)) found = { at, name };
  }
  return found;
}

const REGION_PATTERN = new RegExp(`\\b(${REGIONS.map((r) => r.replace(/'/g, "['’]")).join("|")})\\b`, "g");
// ("Nationally, the ratio rose to ...": a clause that opens on the word is about the country; "a resilient economy for
// China, with its economy expanding by 4.6%": a "with" clause tells how the country named before it did)
const NATION_PATTERN =
  /\b(China|the country|the nation)(?:'s|’s)\b|\b[Nn]ationwide\b|\bNationally\b|\b[Aa]cross the country\b|\b(?:[Tt]he|[Aa]) national (?:average|total|growth rate|rate|level|figure|production|output|sales)\b|\bChina\b(?=\s+(?:produced|sold|exported|reached|saw|posted|recorded))|\b(?:for|of) China\b(?=,\s+with\b)/;

/** Every mention of a place in a stretch of English text, in order. */
export function regionMentions(text: string): string[] {
  const found: string[] = [];
  REGION_PATTERN.lastIndex = 0;
  for (let m = REGION_PATTERN.exec(text); m; m = REGION_PATTERN.exec(text)) found.push(m[1].replace("’", "'"));
  return found;
}

/** The region a stretch of text talks about: the last place it names, or China for national figures. */
export function regionIn(text: string): string | undefined {
  let found: string | undefined;
  REGION_PATTERN.lastIndex = 0;
  for (let m = REGION_PATTERN.exec(text); m; m = REGION_PATTERN.exec(text)) found = m[1].replace("’", "'");
  if (found) return found;
  if (NATION_PATTERN.test(text)) return "China";
  return undefined;
}
