/** Words that tell what a Chinese figure is: target, actual or signing; level, growth or share; its comparator; its place. */
import type { Comparator, FactKind } from "../../types";
import { judgedGoalsAsReport } from "./goals";
import type { Span } from "./segments";

// 到2025年 is a deadline; 从2021年到2024年 and 提高到2021年的… are spans and changes
// (计划单列市: a kind of city, no plan; 新争取 / 累计争取 / 争取到 funds: what was obtained, no plan; 提升至 is no
// plan by itself: 比重提升至40% in a review is its result, a plan says when or 将; A NEW STEP IS A RESULT: 迈上新台阶,
// 迈上了新的台阶 with no figure, as 迈上5万亿元新台阶, says where a series stands, a goal having its own word (推动, 力争))
const TARGET =
  /(?<![年高长加升大止])到\s?(?:19|20)\d{2}\s?年|(?:19|20)\d{2}\s?年前(?![一二两三四\d]|季|个)|力争|(?<![新共计已])争取(?![到了得])|预计|(?<!好于|高于|低于|超出|超过|符合|不及)预期|目标|确保|有望|(?<!(?:超|超过|超出|超额完成|完成|好于|高于|低于)(?:年度|全年)?)计划(?!单列)|(?<=(?:超|超过|超出|超额完成|完成|好于|高于|低于)(?:年度|全年)?)计划(?=\s?[\d.]+\s?(?:万亿|亿|万|千)?\s?(?:元|美元|项|个(?!百分点)|家))|规划(?![^，,。；;:：]{0,12}?(?:发布|出台|印发|颁布))|努力|拟|将(?!近|于\d|在\d)|要(?:实现|达到|突破|超过)|達成目标|迈上(?!了?\s?(?:[\d.]+\s?[万亿千百]*元\s?)?(?:新的?)?台[阶階])/;
// 好于预期 / 符合预期, 超年度计划3个百分点, 完成年度计划的60%: a result judged against its plan (the plan's own
// amount, 完成全年计划1850亿元的107%, stays the plan's)
const ACTUAL =
  /(?:好于|高于|低于|超出|符合|不及)预期|(?:超|超过|超出|超额完成|完成|好于|高于|低于)(?:年度|全年)?计划(?!\s?[\d.]+\s?(?:万亿|亿|万|千)?\s?(?:元|美元|项|个(?!百分点)|家))|同比|比上年|比去年|较上年|较去年|比上年同期|比去年同期|已经|已(?:达|实现|完成|建成|签约|超过|突破)|实现了|完成了|达到了|增长了|初步统计|据统计|统计显示|过去一年|一年来|截至(?!\s?(?:19|20)\d{2})|截止(?!到?\s?(?:19|20)\d{2})|去年|上年|攀升|首次突破|居全国|集中开工/;
const WEAK_ACTUAL =
  /达到|达|实现|完成|增长|增速|增幅|为|突破|超过|增加|提高|下降|减少|共|累计|总计|合计|规模|产量|产值|收入|营收/;
const SIGNING = /签约|签署|签订|签下|簽|合同额|合同投资|合同总投资|协议投资|协议总投资|协议金额|达成合作|达成投资/;
/** In a signing report, figures of work begun or finished on earlier deals are not signings. */
/** Nor are a policy's rewards and subsidies (对…项目最高支持1亿元). */
const NOT_A_SIGNING = /开工|竣工|投产|完成投资|落地转化|实现落地|已落地|到位|开业|引进|奖励|补助|补贴|资助/;

export const targetCue = (text: string): boolean => TARGET.test(text);
export const weakActualCue = (text: string): boolean => WEAK_ACTUAL.test(text);
export const signingCue = (text: string): boolean => SIGNING.test(text);
export const notASigning = (text: string): boolean => NOT_A_SIGNING.test(text);

/** The strong cue of a stretch of text: a target's modality first, then a report's. */
export function strongKind(text: string): FactKind | null {
  // clauses repeat across a sentence's figures: remember the last few answers
  const known = recentKinds.get(text);
  if (known !== undefined) return known;
  // 工业投资实现倍增目标: a goal met is a result, unless a modal still plans it (力争实现…目标)
  // 低于年初预期目标: a goal a result is compared with is no plan either; 超额完成500亿元的目标 is a goal met
  const cued = text.includes("目标") ? judgedGoalsAsReport(text).replace(GOAL_MET, "已实现") : text;
  const kind: FactKind | null = TARGET.test(cued) ? "target" : ACTUAL.test(cued) ? "actual" : null;
  if (recentKinds.size > 256) recentKinds.clear();
  recentKinds.set(text, kind);
  return kind;
}
const recentKinds = new Map<string, FactKind | null>();
const GOAL_MET =
  /(?<!要|将|能|可|以|力争|争取|确保|努力|全力|奋力|推动|为)(?:实现|完成|达到|达成)了?(?:[^，。；,;\d]{0,6}?|\s?[\d.]+\s?[万亿]*元的)目标/g;

/**
 * A word that ends the text before a figure, of plain characters; with `notAfter`, the characters it must not follow
 * (签约 ends in 约 but is no "about").
 */
export type EndWord = string | { word: string; notAfter: string };

const plainWord = (word: EndWord) => (typeof word === "string" ? word : word.word);

/** The pattern (?:word|…)\s?$: one of the words ends the text, before at most one space. */
export function endingWith(words: readonly EndWord[]): RegExp {
  const alternatives = words.map((word) => (typeof word === "string" ? word : `(?<![${word.notAfter}])${word.word}`));
  return new RegExp(`(?:${alternatives.join("|")})\\s?$`);
}

/**
 * The last characters of the words, as `lastWordChar` reads the text before a figure: a text that ends on no such
 * character is not scanned by their patterns.
 */
export function lastChars(words: readonly EndWord[]): Set<string> {
  return new Set(words.map((word) => plainWord(word).slice(-1)));
}

/** The last character of a word that ends `text` before at most one space (where `endingWith` patterns can match). */
export function lastWordChar(text: string): string {
  const last = text.length - 1;
  return last > 0 && /\s/.test(text[last]) ? text[last - 1] : (text[last] ?? "");
}

const CEILING_VERBS = ["支持", "给予", "奖励", "补贴", "补助", "资助"];
const COMPARATOR_WORDS: [EndWord[], Comparator][] = [
  [["不低于", "不少于", "不小于", "至少", "最少", "起码"], ">="],
  // (最高支持1亿元, 给予最高20%: a ceiling of support)
  [
    ["不超过", "不高于", "不多于", "最多", "至多", "控制在", "最高", ...CEILING_VERBS.map((verb) => `最高${verb}`)],
    "<=",
  ],
  [["低于", "少于", "不足", "不到"], "<"],
  [["超过", "超出", "超", "逾", "突破", "破", "高于", "多于", "大于"], ">"],
  // 签约 / 合约 end in 约 but are not "about"
  [["大约", "约为", { word: "约", notAfter: "签合契条节制预履违特" }, "将近", "接近", "近", "几乎", "大概"], "~"],
];
const BEFORE: [RegExp, Comparator][] = COMPARATOR_WORDS.map(([words, comparator]) => [endingWith(words), comparator]);
const COMPARATOR_ENDS = lastChars(COMPARATOR_WORDS.flatMap(([words]) => words));

const LINKING_WORDS: EndWord[] = ["达到", "达", "为", "了", "总额", "总计", "共计", "合计", "累计"];
const LINKING_WORD = endingWith(LINKING_WORDS);
const LINKING_ENDS = lastChars(LINKING_WORDS);

// ABOUT A SHARE: 约占全国25%, 大约占全市的三成: 约 before the share's verb makes the share after it about (not 签约占比)
const ABOUT_SHARE = /(?:大约|(?<![签合契条节制预履违特])约)占[^\d，。；,;%]{0,8}$/;

/** The comparator the words just before a figure give it ("超过850亿元", "不低于", "约4.4%", "约占全国25%"). */
export function comparatorBefore(before: string): Comparator | null {
  let near = before.slice(-8);
  if (LINKING_ENDS.has(lastWordChar(near))) near = near.replace(LINKING_WORD, "");
  if (!COMPARATOR_ENDS.has(lastWordChar(near))) return ABOUT_SHARE.test(before.slice(-12)) ? "~" : null;
  for (const [pattern, comparator] of BEFORE) if (pattern.test(near)) return comparator;
  return null;
}

// 对GDP增长贡献率接近五成: a contribution to growth is a share of it, not a growth rate
// (增长面34.3%, 下降面达79%: the share of the industries or firms that grew or fell, not a rate of change)
const SHARE = /占|比重|比例|占比|份额|强度|渗透率|覆盖率|比率|国产化率|相当于|贡献率|增长面|下降面|亏损面/;
// (上海前三季GDP增5.5%: headlines write 增 alone before the rate; Taiwan's press writes a year's rise and fall
// as 年增 and 年減: 銷售面積年減4.6% is a fall of 4.6 % on the year)
const GROWTH =
  /增长|增速|增幅|涨幅|降幅|跌幅|年增|年减(?=\s?\d)|同比|下降|减少|上涨|上升|回落|降低|扩大|加快|增加(?!到|至)|提高(?!到|至)|年均|增(?=\s?\d)|缩短|缩减|压缩/;
// (累计回落超过三成, 下降近5%: a word of about or more between the fall and its size)
const DECLINE = /(?:下降|减少|降低|回落|下滑|年减)(?:了)?\s?(?:超过|超|逾|近|接近|约|不到|不足)?\s?$/;
// 缩短新产品上市周期达40%, 压缩审批时间50%: what is cut, then by how much (no rise between)
const CUT_BY = /(?:缩短|缩减|压缩)[^\d，。；,;增长升高]{0,10}?(?:达到|达|约|超过|近|了)?\s?$/;
// 能耗降幅超过 3%, 降幅收窄至1.2%, 降幅进一步收窄至0.2%, 降幅比上半年收窄2.3个百分点至1.4%: the size of a fall
const FALL_SIZE =
  /(?:降幅|跌幅)(?:[^\d，。；,;%]{0,6}?(?:收窄|扩大|缩小|收缩)(?:\s?[\d.]+\s?个?百分点)?)?(?:为|达到|达|超过|超|逾|约|近|接近|在|到|至)?\s?$/;

/**
 * level for amounts and counts; for percentages growth or share by the clause's words, and when the clause has
 * neither (增长20.8%、8.5%和5.6%) the measure of the percentage before it in the sentence.
 */
export function measureOf(cls: string, clause: string, previous?: "growth" | "share"): "level" | "growth" | "share" {
  if (cls !== "percent" && cls !== "fraction") return "level";
  if (SHARE.test(clause)) return "share";
  if (cls === "percent" && GROWTH.test(clause)) return "growth";
  return cls === "percent" && previous ? previous : "share";
}

/** "下降3.2%": a fall is a negative rate. */
export function isDecline(before: string): boolean {
  const near = before.slice(-7);
  if (DECLINE.test(near)) return true;
  const wider = before.slice(-22);
  if (CUT_BY.test(wider)) return true;
  return wider.includes("幅") && FALL_SIZE.test(wider);
}

/** Chinese place names and the English names facts carry. */
const REGION_NAMES: [string, string][] = [
  ["上海", "Shanghai"],
  ["沪", "Shanghai"],
  ["申城", "Shanghai"],
  ["北京", "Beijing"],
  ["重庆", "Chongqing"],
  ["渝", "Chongqing"],
  ["天津", "Tianjin"],
  ["广东", "Guangdong"],
  ["深圳", "Shenzhen"],
  ["广州", "Guangzhou"],
  ["江苏", "Jiangsu"],
  ["浙江", "Zhejiang"],
  ["杭州", "Hangzhou"],
  ["苏州", "Suzhou"],
  ["南京", "Nanjing"],
  ["武汉", "Wuhan"],
  ["湖北", "Hubei"],
  ["四川", "Sichuan"],
  ["成都", "Chengdu"],
  ["合肥", "Hefei"],
  ["安徽", "Anhui"],
  ["山东", "Shandong"],
  ["青岛", "Qingdao"],
  ["福建", "Fujian"],
  ["福州", "Fuzhou"],
  ["厦门", "Xiamen"],
  ["海南", "Hainan"],
  ["湖南", "Hunan"],
  ["长沙", "Changsha"],
  ["河南", "Henan"],
  ["郑州", "Zhengzhou"],
  ["河北", "Hebei"],
  ["陕西", "Shaanxi"],
  ["西安", "Xi'an"],
  ["贵州", "Guizhou"],
  ["云南", "Yunnan"],
  ["广西", "Guangxi"],
  ["江西", "Jiangxi"],
  ["辽宁", "Liaoning"],
  ["沈阳", "Shenyang"],
  ["大连", "Dalian"],
  ["吉林", "Jilin"],
  ["黑龙江", "Heilongjiang"],
  ["内蒙古", "Inner Mongolia"],
  ["新疆", "Xinjiang"],
  ["西藏", "Tibet"],
  ["青海", "Qinghai"],
  ["甘肃", "Gansu"],
  ["宁夏", "Ningxia"],
  ["山西", "Shanxi"],
  ["香港", "Hong Kong"],
  ["澳门", "Macao"],
  ["宁波", "Ningbo"],
  ["无锡", "Wuxi"],
  ["东莞", "Dongguan"],
];
const REGION_BY_NAME = new Map(REGION_NAMES);
// 沪 and 渝 only as places (在沪, 来沪, 沪上), not inside names (沪硅产业)
const REGION_PATTERN = new RegExp(
  `(${REGION_NAMES.filter(([zh]) => zh.length > 1)
    .map(([zh]) => zh)
    .join("|")})|(?<=[在来赴抵驻])(沪|渝)`,
  "g",
);
// 全国 / 我国 as the subject, not "全国40%的人才" (a share of the nation's total) or "高于全国" (a comparison)
// (全国首批…示范城市群, 全国首个…: the nation's first of a kind is a rank, as 第 and 首位 are, no owner)
const NATION =
  /(?<![于比较与和占])(?:全国|我国)(?![\d.约近超]|的?\d|的?比重|总量|平均|第|范围|首位|前列|首[批个家座条])/;

/** The region a stretch of Chinese text names last, as its English name, or China for national figures. */
export function regionIn(text: string): string | undefined {
  if (recentRegions.has(text)) return recentRegions.get(text);
  if (recentRegions.size > 256) recentRegions.clear();
  const region = findRegion(text);
  recentRegions.set(text, region);
  return region;
}
const recentRegions = new Map<string, string | undefined>();

/**
 * regionIn(text.slice(from, to)) for stretches of one sentence, as each figure asks for its clause and the words
 * before it: the sentence's place names are found once, and a stretch takes the last one inside it. (A name across
 * either end, or a 沪 / 渝 at its start, which the stretch alone would read otherwise: that stretch is read itself.)
 */
export function regionWithin(text: string, sentence: Span, from: number, to: number): string | undefined {
  // (one sentence object is one text's; the last sentence's places are kept, for its next figure)
  if (placesOf?.sentence !== sentence) placesOf = { sentence, ...placesIn(text.slice(sentence.start, sentence.end)) };
  let found: string | undefined;
  for (const place of placesOf.places) {
    const start = sentence.start + place.start;
    const end = sentence.start + place.end;
    if (end <= from) continue;
    if (start >= to) break;
    if (start < from || end > to || (start === from && place.afterVerb)) return regionIn(text.slice(from, to));
    found = place.region;
  }
  if (found) return found;
  return placesOf.nation && NATION.test(text.slice(from, to)) ? "China" : undefined;
}
let placesOf: ({ sentence: Span } & ReturnType<typeof placesIn>) | null = null;

function placesIn(text: string) {
  const places: { start: number; end: number; region: string | undefined; afterVerb: boolean }[] = [];
  REGION_PATTERN.lastIndex = 0;
  for (let m = REGION_PATTERN.exec(text); m; m = REGION_PATTERN.exec(text))
    places.push({
      start: m.index,
      end: m.index + m[0].length,
      region: REGION_BY_NAME.get(m[1] ?? m[2]),
      afterVerb: m[2] !== undefined,
    });
  return { places, nation: text.includes("全国") || text.includes("我国") };
}

function findRegion(text: string): string | undefined {
  let found: string | undefined;
  REGION_PATTERN.lastIndex = 0;
  for (let m = REGION_PATTERN.exec(text); m; m = REGION_PATTERN.exec(text)) found = REGION_BY_NAME.get(m[1] ?? m[2]);
  if (found) return found;
  return NATION.test(text) ? "China" : undefined;
}

/** Every mention of a region in a stretch of Chinese text, in order (English names). */
export function regionMentions(text: string): string[] {
  const found: string[] = [];
  REGION_PATTERN.lastIndex = 0;
  for (let m = REGION_PATTERN.exec(text); m; m = REGION_PATTERN.exec(text)) {
    const region = REGION_BY_NAME.get(m[1] ?? m[2]);
    if (region) found.push(region);
  }
  return found;
}

/** Every region a stretch of Chinese text names, in order, each once (English names). */
export function regionsIn(text: string): string[] {
  return [...new Set(regionMentions(text))];
}

const PLACE_AT_START = new RegExp(
  `^(?:${REGION_NAMES.filter(([zh]) => zh.length > 1)
    .map(([zh]) => zh)
    .join("|")})`,
);
/** The length of the place name the text starts with (上海, 江苏), or 0. */
export function startingPlace(text: string): number {
  return PLACE_AT_START.exec(text)?.[0].length ?? 0;
}

/** Does the text name this (English) region in Chinese? */
export function namesRegion(text: string, region: string): boolean {
  return REGION_NAMES.some(([zh, en]) => en === region && text.includes(zh));
}

// 8020元/辆的购置补贴, 每辆车补贴1万元, 单车补贴最高2万元: money per unit is a rate, no total's series
// (per person, 元/人, is left to the per-person series)
const PER_UNIT_AFTER = /^\s?(?:\/|每)\s?(?:辆|台|套|件|吨|千瓦时|千瓦|平方米|亩|户|个|家)/;
const PER_UNIT_BEFORE = /(?:每|单)(?:辆|台|套|件|吨|户|车)[^，。；,;\d]{0,8}$/;

/** Is the money figure ending at `end` an amount per unit (元/辆, 每辆…元)? `before` is its clause's lead-in. */
export function perUnitMoney(text: string, end: number, before: string): boolean {
  return PER_UNIT_AFTER.test(text.slice(end, end + 5)) || PER_UNIT_BEFORE.test(before);
}
