/**
 * Shanghai's districts and the zones that report figures of their own, listed once for both languages. Chinese
 * stories read them as the owners of figures (zh/sub-areas.ts) and as the district that signs at a city-wide event
 * (zh/district.ts); English stories as the owners of figures (en/regions.ts). Where those readings differ, a field
 * says how and why.
 */
export interface ShanghaiDistrict {
  /** The English name documents and facts give it. */
  en: string;
  /** The Chinese name, in simplified characters, without 区. */
  zh: string;
  /** Its traditional characters where they differ (Hong Kong's and Taiwan's copies: 徐匯, 楊浦), read for an owner. */
  traditional?: string;
  /** The full name written before the short one (浦东新区, 临港新片区). */
  fullName?: string;
  /**
   * The short name also names something that is no district (黄浦江 the river, 普陀山 the island): as a figure's owner
   * the district is read only as X区. A district that signs at an event is read by its short name still.
   */
  shortNameAlsoNames?: string;
  /** What is named after the district without being it, written right after its name: its airport, its roads. */
  namesAfter?: { zh: string; en: string };
  /**
   * Read in English stories, as the districts and zones English news has reported figures of: how English writes
   * it when not only by `en` (Lin-gang), and whether in any case. Huangpu is not read (the river).
   */
  english?: { written?: string; anyCase?: boolean };
}

export const SHANGHAI_DISTRICTS: ShanghaiDistrict[] = [
  {
    en: "Pudong",
    zh: "浦东",
    fullName: "浦东新区",
    namesAfter: { zh: "机场|国际机场|大道|南路", en: String.raw`\s+(?:International\s+)?Airport` },
    english: {},
  },
  { en: "Huangpu", zh: "黄浦", shortNameAlsoNames: "the Huangpu River (黄浦江)" },
  { en: "Xuhui", zh: "徐汇", traditional: "徐匯" },
  { en: "Changning", zh: "长宁", shortNameAlsoNames: "a county of Sichuan (长宁县) and roads (长宁路)" },
  { en: "Jing'an", zh: "静安" },
  { en: "Putuo", zh: "普陀", shortNameAlsoNames: "Zhejiang's island (普陀山)" },
  { en: "Hongkou", zh: "虹口", shortNameAlsoNames: "a stadium and a park (虹口足球场, 虹口公园)" },
  { en: "Yangpu", zh: "杨浦", traditional: "楊浦" },
  { en: "Minhang", zh: "闵行", traditional: "閔行", english: {} },
  { en: "Baoshan", zh: "宝山", traditional: "寶山" },
  { en: "Jiading", zh: "嘉定", english: {} },
  { en: "Jinshan", zh: "金山", shortNameAlsoNames: "a firm and places elsewhere (金山软件, 金山岭)" },
  { en: "Songjiang", zh: "松江", english: {} },
  { en: "Qingpu", zh: "青浦", english: {} },
  { en: "Fengxian", zh: "奉贤", traditional: "奉賢" },
  { en: "Chongming", zh: "崇明" },
  { en: "Lingang", zh: "临港", fullName: "临港新片区", english: { written: "Lin-?gang", anyCase: true } },
  { en: "Zhangjiang", zh: "张江", traditional: "張江", english: {} },
];

/** The simplified and the traditional name as one pattern: 徐[汇匯], [杨楊]浦. */
export function bothScripts(district: ShanghaiDistrict): string {
  const { zh, traditional } = district;
  if (!traditional) return zh;
  return [...zh].map((char, i) => (traditional[i] === char ? char : `[${char}${traditional[i]}]`)).join("");
}
