/**
 * Figures as Chinese writes them, found in folded text (see text.ts): amounts with scale words (2070亿元, 1.2万亿元,
 * 160.6亿美元), counts with their classifier and noun (23.86万辆, 四十二个项目, 1200家企业, 十项), percentages
 * (4.4%, 百分之四十), fractions (三分之二, 近一半, 过半), multiples (翻一番, 增长一倍, 倍增, 增长1.3倍) and percentage points.
 */
import type { Comparator } from "../../types";
import {
  COUNTED,
  headquartersUnit,
  INVESTORS,
  NOUN_AFTER,
  NOUN_BEFORE,
  SELF_COUNTING,
  selfCountUnit,
  unitOfNoun,
} from "./count-nouns";
import { arabicNumber, chineseNumeral, NUMERAL_CHARS, scaleOf, trillionsBefore } from "./numerals";

export type FigureClass = "money" | "count" | "percent" | "fraction" | "multiple" | "points";

export interface ZhFigure {
  start: number;
  end: number;
  cls: FigureClass;
  /** base units: yuan, dollars, counts; percentages and fractions as fractions; multiples as the factor */
  value: number;
  unit: string;
  /** a comparator written inside the figure: 2500多亿元 (>), 120万辆以上 (>=), 8500亿元左右 (~) */
  comparator: Comparator | null;
  /** the counted noun as written (重大产业项目), when the classifier is followed by one */
  noun?: string;
  /** 增长一倍 / 增长1.3倍: the multiple is written as an increase, not as a factor */
  increase?: boolean;
}

const ARABIC = String.raw`\d+(?:,\d{3})*(?:\.\d+)?`;
const CN = `[${NUMERAL_CHARS}]+(?:点[零〇一二三四五六七八九]+)?`;
const SCALE = "万亿|千亿|百亿|十亿|亿|千万|百万|十万|万|千|兆";
const SCALES = new Map(SCALE.split("|").map((word) => [word, scaleOf(word)]));
const CURRENCY: Record<string, string> = {
  元: "CNY",
  人民币: "CNY",
  美元: "USD",
  欧元: "EUR",
  港元: "HKD",
  日元: "JPY",
};
const CLASSIFIERS = `个百分点|百分点|个|家|项|辆|台|件|座|${SELF_COUNTING}`;

const AMOUNT = new RegExp(
  String.raw`(${ARABIC}|${CN})\s?(多|余)?\s?(${SCALE})?\s?(多|余)?\s?(元人民币|人民币|元|美元|欧元|港元|日元|%|成|${CLASSIFIERS})?`,
  "g",
);
const FRACTION = new RegExp(`(${ARABIC}|${CN})分之(${ARABIC}|${CN})`, "g");
// 占全国的1/4, 1/4到1/3: a proper fraction with a slash (not a date 2021/3/15, not 24/7)
const SLASH_FRACTION = /(?<![\d/.])(\d{1,2})\/(\d{1,3})(?![\d/.]|\s?[日月号])/g;
const MULTIPLE = new RegExp(
  `翻(?:了)?([一两二三四])番|翻番|翻倍|倍增|是[^，。；,;\\d]{0,10}的(${ARABIC}|[两二三四五六七八九十]+)倍|(?:(?:增长|增加|提高|扩大|上涨|上升)(?:了)?|(?<=(?:增速|增幅)(?:分别)?(?:达到|达|为)))\\s?(?:近|接近|约|超过|超|逾)?\\s?(${ARABIC}|[一两二三四五六七八九十]+(?:点[一二三四五六七八九]+)?)\\s?倍`,
  "g",
);
// 近一半, 超过半数, 过半, 占…的大半: half, a share (not 上半年, 半导体, 超过半导体, 大半年, 半壁江山)
const HALF = /(?<![上下前后])(?:一半|半数|(?<!超)过半|(?<=[占的])大半)(?![导年月岛径场山程个天日夜壁])/g;
const TIME_HALF = /时间$|时间过半[、，,\s]*[\u4e00-\u9fff]{0,4}$/;
// (增速分别达到1.8倍: a growth rate written as a multiple is an increase too)
// 分别增长1.2倍和1.1倍, 增长 1.4 倍、0.8 倍: the next multiple of a list, its verb left out
const NEXT_MULTIPLE = new RegExp(`^\\s?[和、及与]\\s?(${ARABIC})\\s?倍`);
const AFTER = /^\s?(及以上|以上|左右|上下|以内|以下)/;
// (千亿级, 千亿产业, 万亿GDP城市, 千亿、万亿级 are no amounts: only punctuation or a comparator may follow)
// (a headline's " - 网站名" or " | 来源" after it is punctuation too)
// (突破千亿规模: 规模 closing the phrase names the amount's size, so it is one; 百亿规模企业 is a size class)
const BARE_SCALE_END = /^(?:$|\s|以上|左右|多|规模(?![\u4e00-\u9fff])|[，。；,;:：！!？?)）"“”|-])/;

const SIBLING_COUNT = /^[\u4e00-\u9fff]{1,4}[、和及与]\s?\d+(?:\.\d+)?\s?(?:个|家|项|座)/;
const DESCRIBED_NOUN = /^(?:以上|左右)?[^\d。；;，,]{2,40}?的[^\d，。、；,;的]{0,16}?(项目|企业)/;
// 由1176件增至1457件: a verb of change after the classifier is no noun of its own; the count goes on counting the
// noun before it, and so does the count it changed to (also with its unit left out: 由1176件增至1457)
const CHANGE_WORDS =
  "增至|增长至|增长到|增加到|增加至|提高到|提高至|提升至|提升到|上升到|上升至|升至|跃升至|攀升至|扩大到|扩大至|降至|下降到|下降至|减少到|减少至|减至";
const CHANGE_TO = new RegExp(`^(?:${CHANGE_WORDS})`);
const CHANGED_TO_BEFORE = new RegExp(`^\\s?(?:${CHANGE_WORDS})\\s?$`);
// 建成项目35个的数量: the count's own measure after it, no noun of its own
const COUNT_MEASURE_AFTER = /^的?(?:数量|总数|个数)/;
// 在建69项, 计划新开工8项: a verb of building before the number
const BUILDING_BEFORE = /(?:在建|续建|新建|新开工|开工|竣工|建成|投产)\s?$/;

/** Does the text hold an Arabic digit (as /\d/ tests, without a pattern run for a few characters)? */
function hasDigit(written: string): boolean {
  for (let i = 0; i < written.length; i++) {
    const code = written.charCodeAt(i);
    if (code >= 48 && code <= 57) return true;
  }
  return false;
}

function numberOf(written: string): number | null {
  return hasDigit(written) ? arabicNumber(written) : chineseNumeral(written);
}

function comparatorOf(more: string | undefined, after: string | undefined): Comparator | null {
  if (after === "以上" || after === "及以上") return ">=";
  if (after === "以内" || after === "以下") return "<=";
  if (after === "左右" || after === "上下") return "~";
  if (more) return ">";
  return null;
}

// money named right before a bare 亿 (特别国债, 专项资金约) and a verb of its use right after (支持, 用于, 投向)
const MONEY_BEFORE = /(?:国债|债券|专项债|资金|基金|补贴|补助|预算|拨款|贷款|经费)[^\d，。；,;]{0,3}$/;
const MONEY_USE_AFTER = /^(?:支持|用于|用来|投向|投入|安排|补贴|补助|撬动|带动|保障)/;

/** What one amount match counts, or null when it is not a figure of the fact model (dates, ordinals, people). */
function classify(
  text: string,
  scale: string,
  unit: string | undefined,
  start: number,
  end: number,
  limit: number,
  /** where the sentence starts: words before the figure are read from there */
  from = 0,
): (Omit<ZhFigure, "start" | "end" | "comparator" | "value"> & { base: number }) | null {
  if (unit === undefined) {
    // 突破3000亿, 超2万亿: a scale word with no unit is yuan in this press, unless a noun follows (1.2亿人)
    // (国债1300亿支持…, 资金500亿用于…: money named before and a verb of its use after are yuan too)
    if (!/亿/.test(scale)) return null;
    const next = text.slice(end, end + 1).replace(/[的左以规]/, "");
    const spent =
      MONEY_USE_AFTER.test(text.slice(end, end + 2)) && MONEY_BEFORE.test(text.slice(Math.max(from, start - 8), start));
    if (/^[\u4e00-\u9fff]/.test(next) && !spent) return null;
    return { cls: "money", unit: "CNY", base: 1 };
  }
  if (unit in CURRENCY || unit === "元人民币") return { cls: "money", unit: CURRENCY[unit] ?? "CNY", base: 1 };
  if (unit === "%") return { cls: "percent", unit: "ratio", base: 0.01 };
  // 六成, 逾一成: tenths, in Chinese numerals only (3成 is rare, 建成 / 形成 have no numeral)
  if (unit === "成") return /[\d]/.test(text.slice(start, end)) ? null : { cls: "percent", unit: "ratio", base: 0.1 };
  if (unit === "个百分点" || unit === "百分点") return { cls: "points", unit: "points", base: 0.01 };
  if (unit === "辆") return { cls: "count", unit: "vehicles", base: 1 };
  // (连跨双千亿台阶, 迈上新台阶: 台阶 is a step, no machines counted)
  if (unit === "台") return text[end] === "阶" ? null : { cls: "count", unit: "units", base: 1 };
  // 发文量达93篇, 盘活用地243亩, 20万平方米: papers and areas, whatever follows
  const self = selfCountUnit(unit);
  if (self) return { cls: "count", unit: self, base: 1 };
  const following = NOUN_AFTER.exec(text.slice(end, Math.min(limit, end + 20)));
  const noun = following ? text.slice(end, end + following[0].length) : undefined;
  const nounUnit = following ? unitOfNoun(following[1]) : undefined;
  // (30家地区总部和10家研发中心: headquarters and R&D centres counted with 家 are firms; so are 100余家投资机构)
  const hq = noun !== undefined ? headquartersUnit(noun, text.slice(end + noun.length, limit)) : undefined;
  const firms = unit === "家" && nounUnit === "institutions" && INVESTORS.test(noun ?? "");
  if (nounUnit) return { cls: "count", unit: hq ?? (firms ? "enterprises" : nounUnit), base: 1, noun };
  // 18个市级、14个区级特色产业园: two counts share the noun after the second
  const sibling = SIBLING_COUNT.exec(text.slice(end, Math.min(limit, end + 12)));
  const shared = sibling ? NOUN_AFTER.exec(text.slice(end + sibling[0].length, Math.min(limit, end + 28))) : null;
  if (sibling && shared && unitOfNoun(shared[1]))
    return {
      cls: "count",
      unit: unitOfNoun(shared[1])!,
      base: 1,
      noun: text.slice(end, end + sibling[0].length + shared[0].length),
    };
  // 100个以上产业能级高、带动性强的重大项目: the noun closes a 的-phrase after the classifier
  const described = DESCRIBED_NOUN.exec(text.slice(end, Math.min(limit, end + 48)));
  if (described)
    return { cls: "count", unit: unitOfNoun(described[1])!, base: 1, noun: text.slice(end, end + described[0].length) };
  // 在建69项, 续建42项和竣工15项: a verb of building right before a bare 项 counts projects
  // (已开工226个，…: a bare 个 after the verb too)
  if (
    (unit === "项" || unit === "个") &&
    !/^(?![和及与])[\u4e00-\u9fff]/.test(text.slice(end, end + 1)) &&
    BUILDING_BEFORE.test(text.slice(Math.max(from, start - 4), start))
  )
    return { cls: "count", unit: "projects", base: 1 };
  if (
    /^[\u4e00-\u9fff]/.test(text.slice(end, end + 1)) &&
    !/^(?:左右|以上|及以上|多|余)/.test(text.slice(end)) &&
    !COUNT_MEASURE_AFTER.test(text.slice(end, end + 3)) &&
    !CHANGE_TO.test(text.slice(end, end + 3))
  ) {
    // 个 / 家 / 项 followed by a noun we do not count (39个国家, 两届, 十项重点任务 stays "items" below)
    if (unit === "项") return { cls: "count", unit: "items", base: 1 };
    if (unit === "家") return { cls: "count", unit: "enterprises", base: 1 };
    return null;
  }
  // 项目84个, 签约项目512项: the noun stands before the number
  const before = NOUN_BEFORE.exec(text.slice(Math.max(0, start - 16), start));
  // (境外企业和机构6039家: a list of firms and other bodies counted with 家 counts firms)
  if (before && unit === "家" && before[1] === "机构" && /企业\s?[和及与、]\s?机构/.test(before[0]))
    return { cls: "count", unit: "enterprises", base: 1 };
  const hqBefore =
    before && headquartersUnit(before[0].slice(0, before[0].lastIndexOf(before[1]) + before[1].length), "");
  if (before) return { cls: "count", unit: hqBefore ?? unitOfNoun(before[1])!, base: 1 };
  if (unit === "家") return { cls: "count", unit: "enterprises", base: 1 };
  if (unit === "项" || unit === "件") return { cls: "count", unit: "items", base: 1 };
  return null;
}

// (after the bare 个: punctuation, 和, or a verb of change, not a noun: 39个国家)
// (before it a list's or a comparison's word, not a noun of its own: 优秀场景111个)
const BARE_COUNT_BEFORE = /^(?:[的、和及与或,，\s多少]|)$/;
const BARE_COUNT_AFTER = /^(?:[^\u4e00-\u9fff\d]|[和及与、]|有|均|分别|增|减|明显|大幅|以上|左右|$)/;

/** The kind of the last count before `start` that counts a noun (projects, enterprises, …), if any. */
function lastCountOf(found: ZhFigure[], start: number) {
  const last = found.filter((f) => f.end <= start && f.cls !== "percent").pop();
  return last && last.cls === "count" && COUNTED.has(last.unit)
    ? { cls: "count" as const, unit: last.unit, base: 1 }
    : null;
}

// 16.5亿元/平方公里, 300万元/亩: money per unit of land is a density, in the English gold's words
const PER_AREA_AFTER = /^\s?(?:\/|每)\s?(平方公里|平方米|亩)/;
const AREA_WORDS: Record<string, string> = { 平方公里: "square kilometre", 平方米: "square metre", 亩: "mu" };
function perAreaUnit(unit: string, after: string): string {
  const per = PER_AREA_AFTER.exec(after);
  return per ? `${unit === "CNY" ? "yuan" : unit} per ${AREA_WORDS[per[1]]}` : unit;
}

const BASE_AFTER = /^的[^，,。；;\d]{0,8}?(?:基础上|体量上|规模上|总量上)/;

// 每万人口高价值发明专利拥有量达到63件: a count per 10,000 people is a rate, in the English gold's words
const PER_10K_BEFORE = /每万(?:人口|人|常住人口)[^，,。；;\d]{0,16}$/;
function perPopulationUnit(unit: string, before: string): string {
  return PER_10K_BEFORE.test(before) ? `${unit} per 10,000 residents` : unit;
}

const RANGE_TO = /^\s?(?:至|到|~|-)\s?/;
const AMOUNT_AT = new RegExp(AMOUNT.source, "y");

/** 2至3家: the upper end of a range whose lower end (ending at `at`) has no unit, when it is a count, amount or rate. */
function upperEnd(text: string, at: number, to: number, from: number) {
  const to_ = RANGE_TO.exec(text.slice(at, Math.min(to, at + 3)));
  if (!to_) return null;
  AMOUNT_AT.lastIndex = at + to_[0].length;
  const m = AMOUNT_AT.exec(text);
  if (!m || m.index + m[0].length > to || !(m[3] || m[5])) return null;
  const kind = classify(text, m[3] ?? "", m[5], m.index, m.index + m[0].length, to, from);
  return kind && (kind.cls === "count" || kind.cls === "money" || kind.cls === "percent")
    ? { kind, scale: m[3], start: m.index }
    : null;
}

/** Every figure in text[from, to) of folded text, in order. */
export function findFigures(text: string, from: number, to: number): ZhFigure[] {
  const slice = text.slice(from, to);
  const found: ZhFigure[] = [];
  const overlaps = (start: number, end: number) => found.some((f) => start < f.end && end > f.start);

  // (every multiple holds 翻 or 倍, every fraction 分之, every half 半: a sentence without them skips that scan)
  MULTIPLE.lastIndex = 0;
  const mayMultiply = slice.includes("倍") || slice.includes("翻");
  for (let m = mayMultiply ? MULTIPLE.exec(slice) : null; m; m = MULTIPLE.exec(slice)) {
    const start = from + m.index;
    const end = start + m[0].length;
    // 翻两番 is 4x; 是五年前的三倍 is 3x; 增长1.3倍 is +130 %
    const factor = m[1] ? 2 ** (chineseNumeral(m[1]) ?? 1) : m[2] ? numberOf(m[2]) : m[3] ? numberOf(m[3]) : 2;
    if (factor === null) continue;
    // 增长1.3倍 is an increase of 130 %; 增长一倍 doubles; 增长一倍以上, 翻了一番多 say more
    const after = /^(?:以上|多)/.exec(text.slice(end, to));
    // 增长近3倍, 增长超2倍: a word of about or more before the multiple's number is its comparator
    const lead = m[3] ? m[0].slice(0, m[0].lastIndexOf(m[3])) : "";
    const about = /(?:近|接近|约)\s?$/.test(lead) ? "~" : /(?:超过|超|逾)\s?$/.test(lead) ? ">" : null;
    found.push({
      start,
      end: end + (after ? after[0].length : 0),
      cls: "multiple",
      value: factor,
      unit: "multiple",
      comparator: after ? (after[0] === "多" ? ">" : ">=") : about,
      increase: Boolean(m[3]),
    });
    for (let at = end, next = m[3] ? NEXT_MULTIPLE.exec(text.slice(at, to)) : null; next;) {
      found.push({
        start: at + next[0].indexOf(next[1]),
        end: at + next[0].length,
        cls: "multiple",
        value: arabicNumber(next[1]),
        unit: "multiple",
        comparator: null,
        increase: true,
      });
      at += next[0].length;
      next = NEXT_MULTIPLE.exec(text.slice(at, to));
    }
  }
  FRACTION.lastIndex = 0;
  for (let m = slice.includes("分之") ? FRACTION.exec(slice) : null; m; m = FRACTION.exec(slice)) {
    const start = from + m.index;
    const end = start + m[0].length;
    const denominator = numberOf(m[1]);
    const numerator = numberOf(m[2]);
    if (!denominator || numerator === null || overlaps(start, end)) continue;
    const after = AFTER.exec(text.slice(end, to));
    const isPercent = denominator === 100;
    found.push({
      start,
      end: end + (after ? after[0].length : 0),
      cls: isPercent ? "percent" : "fraction",
      value: numerator / denominator,
      unit: "ratio",
      comparator: comparatorOf(undefined, after?.[1]),
    });
  }
  HALF.lastIndex = 0;
  for (let m = slice.includes("半") ? HALF.exec(slice) : null; m; m = HALF.exec(slice)) {
    const start = from + m.index;
    const end = start + m[0].length;
    if (overlaps(start, end)) continue;
    // "时间过半、任务过半": the saying of a schedule kept (time half gone, and the tasks done with it) is no share
    if (TIME_HALF.test(text.slice(Math.max(from, start - 10), start))) continue;
    const after = AFTER.exec(text.slice(end, to));
    found.push({
      start,
      end: end + (after ? after[0].length : 0),
      cls: "fraction",
      value: 0.5,
      unit: "ratio",
      comparator: comparatorOf(m[0] === "过半" || m[0] === "大半" ? "more" : undefined, after?.[1]),
    });
  }
  SLASH_FRACTION.lastIndex = 0;
  for (let m = slice.includes("/") ? SLASH_FRACTION.exec(slice) : null; m; m = SLASH_FRACTION.exec(slice)) {
    const [numerator, denominator] = [Number(m[1]), Number(m[2])];
    const start = from + m.index;
    const end = start + m[0].length;
    if (!(numerator >= 1 && numerator < denominator) || overlaps(start, end)) continue;
    found.push({ start, end, cls: "fraction", value: numerator / denominator, unit: "ratio", comparator: null });
  }
  let ceilingAt = -1;
  AMOUNT.lastIndex = 0;
  for (let m = AMOUNT.exec(slice); m; m = AMOUNT.exec(slice)) {
    const start = from + m.index;
    const matchEnd = start + m[0].length;
    if (overlaps(start, matchEnd)) continue;
    const number = numberOf(m[1]);
    if (number === null) continue;
    const isCn = !hasDigit(m[1]);
    // 一是, 一批, 三大: a lone Chinese digit is a word, not a figure; 十四五 has no unit and never gets here
    if (isCn && number < 2 && m[5] !== "%" && m[5] !== "成") continue;
    // 突破千亿, 逼近万亿: a scale word alone, with no digit and no 元, is an amount in yuan when nothing follows it
    const bareScale =
      isCn && !m[3] && !m[5] && m[1].includes("亿") && BARE_SCALE_END.test(text.slice(matchEnd, matchEnd + 3));
    let kind = classify(text, m[3] ?? (bareScale ? "亿" : ""), m[5], start, matchEnd, to, from);
    let scaleWord = m[3];
    // 2至3家, 5-8%: the lower end of a range takes the upper end's unit and scale and is a floor, the upper a ceiling
    const range = !kind && !m[3] && !m[5] ? upperEnd(text, matchEnd, to, from) : null;
    if (range) [kind, scaleWord, ceilingAt] = [range.kind, range.scale, range.start];
    // 新开工项目21个、建成项目35个，分别较年初目标的10个、25个: a bare 个 goes on counting what the counts before it did
    if (
      !kind &&
      m[5] === "个" &&
      !m[3] &&
      BARE_COUNT_BEFORE.test(text.slice(Math.max(from, start - 1), start)) &&
      BARE_COUNT_AFTER.test(text.slice(matchEnd, matchEnd + 2))
    )
      kind = lastCountOf(found, start);
    const changedFrom = found
      .filter((f) => f.end <= start)
      .sort((a, b) => a.end - b.end)
      .pop();
    if (
      changedFrom?.cls === "count" &&
      (!kind || kind.cls === "count") &&
      !m[3] &&
      CHANGED_TO_BEFORE.test(text.slice(changedFrom.end, start))
    )
      kind = { cls: "count", unit: changedFrom.unit, base: 1 };
    if (!kind) continue;
    // 百亿元级产业园区, 千亿元级: a size class, not an amount
    if (kind.cls === "money" && text[matchEnd] === "级") continue;
    // 第90届, 2025年: ordinals and years have no unit; 12英寸 and 5G neither. A number glued to a Latin letter is a code.
    // An acronym before an amount or a rate names it (人均GDP10万元); 5G, C919 and PM2.5 stay codes.
    const latinBefore = /[A-Za-z]+$/.exec(text.slice(Math.max(0, start - 6), start));
    if (latinBefore && !(/^[A-Z]{2,}$/.test(latinBefore[0]) && (kind.cls === "money" || kind.cls === "percent")))
      continue;
    if (isCn && kind.cls !== "count" && kind.cls !== "money" && kind.cls !== "percent") continue;
    // 在5万亿元的超大经济体量上, 在千亿元的基础上: an amount a statement stands on restates a size, no figure of its own
    if (
      kind.cls === "money" &&
      /在[^，,。；;\d]{0,4}$/.test(text.slice(Math.max(from, start - 5), start)) &&
      BASE_AFTER.test(text.slice(matchEnd, Math.min(to, matchEnd + 14)))
    )
      continue;
    const after = AFTER.exec(text.slice(matchEnd, to));
    const scale = scaleWord ? (SCALES.get(scaleWord) ?? scaleOf(scaleWord)) : 1;
    const comparator = range ? ">=" : comparatorOf(m[2] ?? m[4], after?.[1]);
    const trillions = kind.cls === "money" && scaleWord === "亿" ? trillionsBefore(text, start, from) : null;
    found.push({
      start: trillions?.start ?? start,
      end: matchEnd + (after ? after[0].length : 0),
      cls: kind.cls,
      value: (trillions?.value ?? 0) + number * scale * kind.base,
      unit:
        kind.cls === "money"
          ? perAreaUnit(kind.unit, text.slice(matchEnd, matchEnd + 6))
          : perPopulationUnit(kind.unit, text.slice(Math.max(from, start - 24), start)),
      comparator: comparator ?? (start === ceilingAt ? "<=" : null),
      ...(kind.noun ? { noun: kind.noun } : {}),
    });
  }
  return found.sort((a, b) => a.start - b.start);
}
