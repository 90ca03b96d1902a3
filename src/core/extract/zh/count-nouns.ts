/**
 * The nouns a Chinese count counts and the units they give: the noun after the classifier (1200家企业, 9款创新药)
 * or before the number (项目84个, 创新医疗器械45个), and the classifiers and measure words that say what is counted
 * by themselves (93篇 papers, 243亩, 20万平方米).
 */

/** Counted nouns a classifier may be followed (or, in 项目84个, preceded) by, and the unit they give. */
const NOUNS: [RegExp, string][] = [
  [/项目|工程/, "projects"],
  [/企业|公司|厂商|工厂/, "enterprises"],
  // (PARKS ARE COUNTED AS PARKS: 公园总数达120座, 新建口袋公园30个, a city's green parks as its industrial ones)
  [/园区|产业园|公园/, "parks"],
  [/基站/, "base stations"],
  [/机构/, "institutions"],
  [/研发中心|总部/, "headquarters and R&D centres"],
  // what a city's innovation and consumption reports count, in the English gold's words: drugs and medical devices
  // approved (9款创新药, 第三类创新医疗器械45个), products, large models filed, scenarios built, stores, papers,
  // patent applications and patents, water-quality monitoring sections
  [/药/, "drugs"],
  [/器械/, "devices"],
  [/产品/, "products"],
  [/模型/, "models"],
  [/场景/, "scenarios"],
  [/商店|门店/, "stores"],
  [/论文/, "papers"],
  [/专利申请/, "patent applications"],
  [/专利/, "patents"],
  [/断面/, "monitoring sections"],
  // 贸易伙伴超过200个: trade and other partners counted (an English report's 'partners')
  [/伙伴/, "partners"],
];
export const HQ = "headquarters and R&D centres";
// (investment and financial institutions counted with 家 are firms; hospitals and other bodies stay institutions)
export const INVESTORS = /(?:投资|创投|风投|基金|金融|资本)[\u4e00-\u9fff]{0,3}机构$/;
// the nouns of the reports' counts (drugs, devices, models …), each only as the head of its phrase: a noun before
// another head (大模型企业, 医疗器械产业园, 创新药研发中心) qualifies it and counts nothing of its own; 医药 is no drug
const HEAD_AFTER = "(?!企业|公司|厂商|工厂|园区|产业|机构|中心|平台|项目|基地|研发|总部|集群|领域|赛道|行业)";
const REPORT_NOUNS = `(?:创新药|新药|药品|药物|医疗器械|器械|产品|模型|场景|商店|门店|论文|专利申请|专利(?!技术)|断面)${HEAD_AFTER}`;
// (not across a verb: 有17家将中国总部设在上海 counts companies, not headquarters; 设施 and 设备 are nouns)
// (116项重点工程, 10个重大工程: works are projects; 工程技术研究中心 is no work)
export const NOUN_AFTER = new RegExp(
  String.raw`^(?:(?!设(?!施|备|计))[^\d，。、；,;:：的"()（）将把被]){0,14}?(项目|工程(?!技术|师|院|中心|实验室|研究|学|化)|企业|公司|厂商|工厂|园区|产业园|公园|基站|机构|研发中心|总部|${REPORT_NOUNS})`,
);
// the last noun: 民营企业项目68个 counts projects; 新建5G基站3万个 base stations
// (the spaces a dropped pinyin annotation left: 重大項(xiàng)目741個)
// (重大工程安排100项: works before the count and its verb are projects; not 工程技术研究中心)
export const NOUN_BEFORE = new RegExp(
  String.raw`.*(项目|企业|公司|总部|研发中心|园区|公园|机构|基站|伙伴|工程(?!技术|师|院|中心|实验室|研究|学|化)|${REPORT_NOUNS})[^\d，。、；,;:：]{0,6}?\s*$`,
);

// 30家跨国公司地区总部, 10家外资研发中心, 区域总部9家, 全球研发中心19家: headquarters and R&D centres are counted in
// the English extractor's words (regional headquarters, R&D centers); a firm's word going on into 总部 or 研发中心
// (跨国公司地区总部) names them, not the firms; one count of both (40家地区总部和研发中心, 总部和研发中心分别达到…)
// counts firms
const HQ_AFTER_FIRM = /^(?:地区|区域|亚太区?|亚洲区?|中国区?|全球|功能性)?(?:总部|研发中心)/;
const BOTH = /(?:总部|研发中心)\s?[和及与、]\s?[^\d，。；,;]{0,8}?(?:总部|研发中心)/;

/**
 * The unit of a count of headquarters or R&D centres, from the noun phrase counted (ending on its noun) and the words
 * after it; undefined when the phrase counts neither.
 */
export function headquartersUnit(phrase: string, after: string): string | undefined {
  const further = /(?:公司|企业)$/.test(phrase) ? HQ_AFTER_FIRM.exec(after) : null;
  const noun = further ? phrase + further[0] : phrase;
  const rest = further ? after.slice(further[0].length) : after;
  if (!/(?:总部|研发中心)$/.test(noun)) return undefined;
  if (BOTH.test(noun) || /^\s?[和及与、]\s?[^\d，。；,;]{0,8}?(?:总部|研发中心)/.test(rest)) return "enterprises";
  if (noun.endsWith("研发中心")) return "R&D centers";
  return /地区|区域|区/.test(noun) ? "regional headquarters" : "headquarters";
}

export function unitOfNoun(noun: string): string | undefined {
  return NOUNS.find(([pattern]) => pattern.test(noun))?.[1];
}

/** Classifiers and measure words that name what they count by themselves, and their units. */
export const SELF_COUNTING =
  "款|篇|亩|平方米|平方公尺|平方公里|微克/立方米|微克每立方米|微克/|国际标准箱|标准箱|千瓦时|笔(?![\u4e00-\u9fff])";
// 篇 counts written pieces (发文量达93篇), 亩 and 平方米 are areas (盘活用地243亩, 完成20万平方米改造); 款 counts
// models of a product and says nothing without the noun after it (9款创新药 above; 3款游戏 is no figure); 微克 per
// volume is the air's concentration (PM2.5年均浓度为26微克/立方米, also where a page cuts it after the slash)
const SELF_UNITS: Record<string, string> = {
  篇: "papers",
  亩: "mu",
  平方米: "square metres",
  平方公尺: "square metres", // Taiwan's word for the square metre (住宅銷售面積1234.5萬平方公尺)
  平方公里: "square kilometres",
  "微克/立方米": "micrograms per cubic metre",
  微克每立方米: "micrograms per cubic metre",
  "微克/": "micrograms per cubic metre",
  // a port's containers in twenty-foot units (吞吐量1226万国际标准箱), electricity used (用电625亿千瓦时), and the
  // deals a financing or lending report counts (融资37笔; 一笔资金, a noun after it, counts nothing), in the English
  // extractor's words
  国际标准箱: "TEUs",
  标准箱: "TEUs",
  千瓦时: "kWh",
  笔: "deals",
};

/** The unit a self-counting classifier gives alone, or undefined. */
export function selfCountUnit(classifier: string): string | undefined {
  return SELF_UNITS[classifier];
}

/** The distinct units of counted nouns (what a bare 个 may go on counting). */
export const COUNTED = new Set(NOUNS.map(([, unit]) => unit));
