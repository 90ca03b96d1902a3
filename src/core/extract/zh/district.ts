import { SHANGHAI_DISTRICTS } from "../common/shanghai-districts";

/**
 * A district's part of a city-wide event: "松江区有25个重大产业项目签约" at the investment conference is what one
 * district signed there, not the conference's total, so it takes no event code. Districts are found by name
 * (Shanghai's and Chongqing's that report signings of their own) or as a short name ending in 区 / 新区 / 县 that is no
 * common noun (地区, 园区, 片区 ...).
 */

// (a district that signs is read by its short name in simplified characters, 黄浦 and 金山 too)
const KNOWN = [
  ...SHANGHAI_DISTRICTS.map(({ zh, fullName }) => (fullName ? `${fullName}|${zh}` : zh)),
  "两江新区|渝中|渝北|江北|沙坪坝|九龙坡|南岸|北碚|巴南|璧山|永川|江津|合川|涪陵|万州",
].join("|");
// X区 that are nouns, not districts: 地区, 园区, 片区, 城区, 社区, 景区, 展区, 市区, 郊区, 校区, 港区, 矿区, 山区, 辖区 ...
const NOT_A_DISTRICT =
  /(?:地|园|片|城|社|景|展|市|郊|校|港|矿|山|街|辖|学|厂|营|功能|示范|开发|试验|保税|自贸|先行|核心|集聚|承载|规划|重点|各|全|本|该|两|三|多|等)$/;
const DISTRICT = new RegExp(`(${KNOWN})|([\\u4e00-\\u9fff]{2,3}?)(?:新区|区|县)`, "g");
// 在闵行举办, 入驻嘉定区, 位于松江: the district is where something is, not who signs
const PLACE_BEFORE = /(?:在|于|进|赴|落户|入驻|位于|来到|走进)$/;
const PLACE_AFTER = /^(?:举行|举办|启动|召开|开幕)/;
// 全市, 各区, 16个区: the whole city or every district, not one district's part
const WHOLE = /全市|各区|[\d两二三四五六七八九十]+个区|全球投资促进大会共|本届大会共|大会共/;
const SIGNED = /签约|签署|签订|签下|簽/;

/** The district a stretch of text names as the one that acts (not as a place where something is held), if any. */
function actingDistrict(text: string): string | undefined {
  DISTRICT.lastIndex = 0;
  let found: string | undefined;
  for (let m = DISTRICT.exec(text); m; m = DISTRICT.exec(text)) {
    if (!m[1] && NOT_A_DISTRICT.test(m[2])) continue;
    const before = text.slice(Math.max(0, m.index - 2), m.index);
    const after = text.slice(m.index + m[0].length, m.index + m[0].length + 2);
    if (PLACE_BEFORE.test(before) || PLACE_AFTER.test(after)) continue;
    found = m[0];
  }
  return found;
}

function districtSigning(leadIn: string): boolean {
  return !WHOLE.test(leadIn) && actingDistrict(leadIn) !== undefined;
}

/**
 * Is a signing one district's part of the event? The words before its figure name the district that signs
 * ("上海松江区有25个重大产业项目签约…"), or the document is a district's story and the sentence names no event and
 * not the whole city. `leadIn` is the sentence up to the figure.
 */
export function districtPart(doc: { folded: string }, leadIn: string, eventNamed: boolean): boolean {
  if (WHOLE.test(leadIn)) return false;
  return actingDistrict(leadIn) !== undefined || (!eventNamed && districtStory(doc));
}

const TITLE_WINDOW = 400;
const TITLE_MAX = 60;
const stories = new WeakMap<object, boolean>();

/**
 * Is the document a district's story of its signings (a short opening line such as "上海松江一批重大产业项目签约及
 * 开工")? Then the signings it reports without naming an event or the whole city are that district's. Read once per
 * document.
 */
function districtStory(doc: { folded: string }): boolean {
  const known = stories.get(doc);
  if (known !== undefined) return known;
  const lines = doc.folded.slice(0, TITLE_WINDOW).split(/\n+/);
  const story = lines.some(
    (line) =>
      line.trim().length <= TITLE_MAX && SIGNED.test(line) && districtSigning(line.slice(0, line.search(SIGNED))),
  );
  stories.set(doc, story);
  return story;
}
