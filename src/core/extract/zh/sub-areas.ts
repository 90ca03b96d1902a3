/**
 * A city's districts and zones, whose own figures are none of the city's series (the catalog's series are the whole
 * city's): 闵行地区生产总值达4119亿元 is Minhang's output, not Shanghai's GDP, and in a district's own story (the
 * document's region is the district) a figure is the district's unless its sentence names the city as the owner. As
 * the English side reads "the biomedicine industry in Pudong" (en/regions.ts SUB_AREAS).
 */
import { bothScripts, SHANGHAI_DISTRICTS, type ShanghaiDistrict } from "../common/shanghai-districts";

/** A district as a figure's owner is written: 浦东新区|浦东(?!机场…), 徐[汇匯], 黄浦区 (not 黄浦江). */
function ownerName(district: ShanghaiDistrict): string {
  const name = bothScripts(district) + (district.shortNameAlsoNames ? "区" : "");
  const named = district.namesAfter ? `${name}(?!${district.namesAfter.zh})` : name;
  return district.fullName ? `${district.fullName}|${named}` : named;
}
/** Districts and zones as written (simplified or traditional) and by their English names, with their city. */
const SUB_AREAS: { zh: string; en: string; city: string }[] = [
  ...SHANGHAI_DISTRICTS.map((district) => ({ zh: ownerName(district), en: district.en, city: "Shanghai" })),
  { zh: "两江新区", en: "Liangjiang New Area", city: "Chongqing" },
];
const CITY_OF = new Map(SUB_AREAS.map((a) => [a.en.toLowerCase(), a.city]));
// (在闵行举办, 位于松江, 落户临港: where something is, not whose figure it is)
const PLACED = "(?<!在|于|落户|入驻|来到|走进)";
const SUB_AREA = new RegExp(`${PLACED}(?:${SUB_AREAS.map((a) => a.zh).join("|")})`, "g");
// the whole city written as the owner: its name, 全市, 本市, 我市 (上海闵行区: a city before the district only places it),
// not a city a rank or a comparison is taken in (位居全市第二, 高于全市, 占全市, 上海中心城区首位)
const CITY =
  /(?<!居|于|比|占|较|超过|领跑)(?:上海|沪|重庆|渝|全市|本市|我市)(?![^，,；;。]{0,8}(?:第[一二三四五六七八九十\d]|首位|前列|平均))/g;

// 全市, 本市, 我市 as the owner of a figure (not 高于全市, 占全市, 全市第二)
const WHOLE_CITY =
  /(?<!居|于|比|占|较|超过|领跑)(?:全市|本市|我市)(?![^，,；;。]{0,8}(?:第[一二三四五六七八九十\d]|首位|前列|平均))/;

/** Does a clause's lead-in name the whole city (全市, 本市, 我市) as its figure's owner? */
export function namesWholeCity(lead: string): boolean {
  return WHOLE_CITY.test(lead);
}

/** The city a region (an English name, as documents and facts give it) is a district or zone of, if it is one. */
export function cityOfSubArea(region: string | null): string | undefined {
  return region ? CITY_OF.get(region.toLowerCase()) : undefined;
}

// each area's own name pattern, whole, to tell which area a SUB_AREA match is
const SUB_AREA_NAMES = SUB_AREAS.map((a) => ({ en: a.en, whole: new RegExp(`^(?:${a.zh})$`) }));

/** The districts and zones a Chinese text names as owners, each mention in order (English names). */
export function subAreaMentions(text: string): string[] {
  const found: string[] = [];
  SUB_AREA.lastIndex = 0;
  for (let m = SUB_AREA.exec(text); m; m = SUB_AREA.exec(text)) {
    const name = m[0];
    const area = SUB_AREA_NAMES.find((a) => a.whole.test(name));
    if (area) found.push(area.en);
  }
  return found;
}

/** Where the last match of a global pattern starts in a text (-1: none). */
function lastAt(pattern: RegExp, text: string): number {
  let at = -1;
  pattern.lastIndex = 0;
  for (let m = pattern.exec(text); m; m = pattern.exec(text)) at = m.index;
  return at;
}

/**
 * Is a figure a district's or zone's own? `sentenceLead` is its sentence up to it, `docRegion` the document's region:
 * a district named before the figure in its sentence with no city named after it as the owner, or, in a district's
 * own document, a sentence that does not name the city after any district.
 */
export function subAreaOwns(sentenceLead: string, docRegion: string | null): boolean {
  const subArea = lastAt(SUB_AREA, sentenceLead);
  const city = lastAt(CITY, sentenceLead);
  return cityOfSubArea(docRegion) ? city <= subArea : subArea >= 0 && subArea > city;
}
