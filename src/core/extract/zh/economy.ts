/**
 * The economy as a whole named by the word 经济: 上海经济同比增长12.7%, 全市经济增速达到5.3%, 经济比上年增长5.1%
 * (GDP growth, the words between cutting the catalog's 经济增长 in two) and 经济总量突破2万亿元, 城市经济规模达到5万亿元
 * (GDP). A kind of economy written before the word (民营经济, 数字经济, 海洋经济) or a verb (对经济增长的贡献) is not the
 * whole economy's, so the catalog's 经济增长 inside it names nothing.
 */
import { startingPlace } from "./cues";
import type { ZhIndicator } from "./document";
import type { ZhName } from "./names";
import type { Span } from "./segments";

// (经济规模, the economy's size, is its total as 经济总量 is: ECONOMY'S SIZE IS GDP)
const ECONOMY = /经济(?:总量|规模)?/g;
// what may come between the economy and its rate: 同比, 比上年同期, 实现, 运行…
const TO_RATE =
  /^(?:运行|发展)?(?:实现了?|保持)?(?:同比|比上年同期|比上年|较上年同期|较上年|比去年同期|较去年同期|较去年)?(?=增长|增速|增幅|增\s?\d)/;
// (上海经济6.1%的增速, 全市经济4.8%增长: the rate written between the economy and its word of growth)
const RATE_THEN_WORD = /^\s?\d+(?:\.\d+)?\s?%\s?的?(?:增速|增长)/;
// the words that leave the economy the whole one's, read from the clause's start: times, the whole place or a named
// one (上海, 江苏省, 浦东新区), 的, goals and estimates (从各地经济总量看, 再从经济增速看: the view a ranking of places takes)
// (数据｜上海经济…: a headline's column label, closed by a bar, also)
const WHOLE_WORD =
  /^(?:[\u4e00-\u9fff]{1,6}\s?[|｜]|全市|城市|全省|全区|全县|全国|我国|我市|我省|我区|本市|本区|本省|各地|各省份|各省|各城市|宏观|国民|整体|总体|的|再从|从|就|论|今年|去年|全年|上半年|下半年|前三季度|[一二三四1-4]季度|\d{1,2}(?:\s?-\s?\d{1,2})?月份?|(?:19|20)\d{2}\s?年|年内|当前|目前|预计|初步核算|目标|预期|力争|争取|确保|计划|实现|保持|[省市区县]|[\u4e00-\u9fff]{2,4}?(?:新区|市|省|县|区)|[^\u4e00-\u9fff])/;

/** Is the economy written after `before` (its clause's words before it) the whole economy of a place? */
function wholeEconomy(before: string): boolean {
  let rest = before;
  for (let guard = 0; rest && guard < 12; guard++) {
    const length = startingPlace(rest) || (WHOLE_WORD.exec(rest)?.[0].length ?? 0);
    if (!length) break;
    rest = rest.slice(length);
  }
  return rest === "";
}

/** The sentence's names with the whole economy's added and the catalog's 经济增长 inside a kind of economy left out. */
export function withEconomyNames(
  text: string,
  sentence: Span & { clauses: Span[] },
  names: ZhName<ZhIndicator>[],
  indicator: (code: string) => ZhIndicator | undefined,
): ZhName<ZhIndicator>[] {
  const slice = text.slice(sentence.start, sentence.end);
  if (!slice.includes("经济")) return names;
  const gdp = indicator("GDP");
  const growth = indicator("GDP_GROWTH");
  if (!gdp || !growth) return names;
  const added: ZhName<ZhIndicator>[] = [];
  const dropped = new Set<ZhName<ZhIndicator>>();
  ECONOMY.lastIndex = 0;
  for (let m = ECONOMY.exec(slice); m; m = ECONOMY.exec(slice)) {
    const start = sentence.start + m.index;
    const end = start + m[0].length;
    const clause = sentence.clauses.find((c) => start >= c.start && start < c.end) ?? sentence;
    const catalog = names.find((n) => n.start === start && n.entry === growth);
    if (!wholeEconomy(text.slice(clause.start, start))) {
      if (catalog) dropped.add(catalog);
      continue;
    }
    if (names.some((n) => n.start < end && n.end > start)) continue;
    const total = m[0].length > 2;
    if (total) added.push({ start, end, text: m[0], entry: gdp });
    else if (TO_RATE.test(text.slice(end, Math.min(clause.end, end + 12))) || RATE_THEN_WORD.test(text.slice(end)))
      added.push({ start, end, text: m[0], entry: growth });
  }
  if (!added.length && !dropped.size) return names;
  return [...names.filter((n) => !dropped.has(n)), ...added].sort((a, b) => a.start - b.start);
}
