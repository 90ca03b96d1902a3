/**
 * Groups of catalog industries named by their members and a count word: 集成电路、生物医药、人工智能三大产业,
 * 人工智能、集成电路和生物医药这三大重点产业, 以…为代表的三个先导产业. The group word is the group's series wherever the
 * catalog has no alias for it (三大先导产业 is one); members in brackets after a group's name (三大先导产业（集成电路、
 * …）) only say what the group is, so they are no subject of its figures.
 */
import type { Measure } from "../../types";
import type { ZhDocument, ZhGroups, ZhIndicator } from "./document";
import type { ZhName } from "./names";

/** The catalog's groups of industries: its entries with members (LEAD3: IC, BIO, AI). */
export function groupsOf(indicators: readonly ZhIndicator[]): ZhGroups {
  const entries = indicators.filter((entry) => entry.members?.length);
  const parts = new Set(entries.flatMap((group) => group.members ?? []));
  return { entries, parts, codes: new Set([...entries.map((group) => group.code), ...parts]) };
}

/**
 * 三大先导产业制造业产值增长…, 集成电路制造业增长…, 其中人工智能产业产值增长…: the growth of a group's or a member's
 * manufacturing output is the group's or the member's growth (the statistics bureau measures them so); the output's
 * level stays no industry scale, and other segments (设计业, 服务业) stay no member.
 */
export function leadingGrowth(groups: ZhGroups, entry: ZhIndicator, measure: Measure): boolean {
  return measure === "growth" && groups.codes.has(entry.code);
}

// (三大先导产业制造业产值, …工业总产值: the group's figure is of its manufacturing output; OUTPUT VALUE IS MADE
// OUTPUT: 三大先导产业产值 / 总产值, an industry's output value (产值), is the value of the goods it made, as 工业产值 is,
// a service's takings being its revenue, 营业收入)
const GROUP_MAKING =
  /(?:[两二三四五六七八九十\d]\s?大[\u4e00-\u9fff]{0,4}?产业|整体|总体)\s?(?:制造业|工业总产值|工业产值|总?产值)/;

/**
 * MEMBER_MANUFACTURING: in a list of the group's manufacturing output growth (三大先导产业制造业产值增长9.1%，其中集成电路、
 * 人工智能、生物医药分别增长…), a member whose manufacturing the catalog holds as a series of its own is that series
 * (生物医药制造业: BIO_MFG), the figure being of manufacturing output; IC and AI, with no such series, stay the member,
 * as does a member's figure of its industry's scale (规模, 产业规模).
 */
export function memberManufacturing(
  doc: ZhDocument,
  name: ZhName<ZhIndicator>,
  measure: Measure,
  figureStart: number,
): ZhIndicator | undefined {
  if (measure !== "growth" || !doc.groups.parts.has(name.entry.code) || name.text.includes("制造")) return undefined;
  // (the group's figure in the paragraph's 100 characters before the name)
  const from = Math.max(doc.folded.lastIndexOf("\n", name.start) + 1, name.start - 100);
  if (
    !GROUP_MAKING.test(doc.folded.slice(from, name.start)) ||
    doc.folded.slice(name.start, figureStart).includes("规模")
  )
    return undefined;
  for (const alias of [name.text, ...(name.entry.aliasesZh ?? name.entry.aliases)]) {
    const making = doc.names.indicatorNamed(`${alias}制造业`);
    if (making && making.code !== name.entry.code) return making;
  }
  return undefined;
}

// (一是, 三个, 3大: the count written as a numeral or a digit)
const COUNT = "[两二三四五六七八九十]|\\d";
/** A name of a group of industries: 三大先导产业, 三大产业, 3个重点产业, or the members' 整体 (集成电路、…和人工智能整体). */
export const GROUP_NAME = new RegExp(`^(?:(?:${COUNT})\\s?(?:大|个)|(?:整体|总体)$)`);
// (…和人工智能整体制造业产值, …人工智能总体规模: all the members together)
const WHOLE_WORD = /^(?:整体|总体)$/;
// between the last member and the count word: 等, 这, 这些, 为代表的, 为主的
const TO_GROUP = new RegExp(
  `^\\s?(?:以?为(?:代表|主|重点|核心)的|等|这|这些)?\\s?((?:${COUNT})\\s?(?:大|个)[\\u4e00-\\u9fff]{0,4}?(?:产业|行业|领域|板块|赛道)|整体|总体)`,
);
const LIST_GAP = /^[、和与及,，\s]*$/;
const OPEN_BRACKET = /^\s?[(（]/;
const CLOSE_BRACKET = /^[^()（）]{0,40}?[)）]/;

/** The sentence's names with each group named by its members added, and members in brackets after a group left out. */
export function withGroupNames(
  text: string,
  sentenceEnd: number,
  names: ZhName<ZhIndicator>[],
  groups: ZhGroups,
  indicator: (code: string) => ZhIndicator | undefined,
): ZhName<ZhIndicator>[] {
  if (names.length < 2 || !names.some((n) => groups.parts.has(n.entry.code))) return names;
  const added: ZhName<ZhIndicator>[] = [];
  const dropped = new Set<ZhName<ZhIndicator>>();
  for (let i = 0; i < names.length; i++) {
    const first = names[i];
    const group = groups.entries.find((g) => g.code === first.entry.code);
    // 三大先导产业（集成电路、生物医药、人工智能）: the members in brackets right after the group's name
    const open = group ? OPEN_BRACKET.exec(text.slice(first.end, first.end + 2)) : null;
    if (group && open) {
      const inside = CLOSE_BRACKET.exec(text.slice(first.end + open[0].length, first.end + open[0].length + 42));
      const close = inside ? first.end + open[0].length + inside[0].length : first.end;
      for (const n of names)
        if (n.start > first.end && n.end <= close && group.members?.includes(n.entry.code)) dropped.add(n);
      continue;
    }
    if (!groups.parts.has(first.entry.code)) continue;
    // a run of members joined by 、 和 及
    let j = i;
    while (j + 1 < names.length && LIST_GAP.test(text.slice(names[j].end, names[j + 1].start))) j++;
    const run = names.slice(i, j + 1);
    const codes = new Set(run.map((n) => n.entry.code));
    const last = run[run.length - 1];
    const word = TO_GROUP.exec(text.slice(last.end, last.end + 16));
    i = j;
    if (!word) continue;
    const start = last.end + word[0].length - word[1].length;
    const end = last.end + word[0].length;
    // (a catalog name of the group already there, or a name starting inside the group word)
    if (names.some((n) => n.start < end && n.end > start)) continue;
    const named = groups.entries.find((g) => g.members?.length === codes.size && g.members.every((c) => codes.has(c)));
    const entry = named ? indicator(named.code) : undefined;
    if (!entry) continue;
    added.push({ start, end, text: word[1], entry });
    // (…三大产业的总体规模约1万亿元，五年后，三大产业的总体规模…: the same group word again names the same group)
    if (WHOLE_WORD.test(word[1])) continue;
    for (let at = text.indexOf(word[1], end); at >= 0 && at < sentenceEnd; at = text.indexOf(word[1], at + 1))
      if (!names.some((n) => n.start < at + word[1].length && n.end > at))
        added.push({ start: at, end: at + word[1].length, text: word[1], entry });
  }
  if (!added.length && !dropped.size) return names;
  return [...names.filter((n) => !dropped.has(n)), ...added].sort((a, b) => a.start - b.start);
}
