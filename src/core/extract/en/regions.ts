/** Place names of English policy news, and the region a stretch of text is about. */
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
const REGION_PATTERN = new RegExp(`\\b(${REGIONS.map((r) => r.replace(/'/g, "['’]")).join("|")})\\b`, "g");
const NATION_PATTERN =
  /\b(China|the country|the nation)(?:'s|’s)\b|\b[Nn]ationwide\b|\b[Aa]cross the country\b|\b(?:the|a) national (?:average|total|growth rate|rate|level|figure|production|output|sales)\b|\bChina\b(?=\s+(?:produced|sold|exported|reached|saw|posted|recorded))/;

/** The region a stretch of text talks about: the last place it names, or China for national figures. */
export function regionIn(text: string): string | undefined {
  let found: string | undefined;
  REGION_PATTERN.lastIndex = 0;
  for (let m = REGION_PATTERN.exec(text); m; m = REGION_PATTERN.exec(text)) found = m[1].replace("’", "'");
  if (found) return found;
  if (NATION_PATTERN.test(text)) return "China";
  return undefined;
}
