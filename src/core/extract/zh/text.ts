/**
 * Chinese text as the stages read it: full-width forms and traditional characters folded to the simplified,
 * half-width forms the patterns are written in. Every character maps to exactly one character, so an offset in
 * the folded text is the same offset in the original, and quotes are cut from the original. The one exception,
 * pinyin a converter wrote inside words (工業(yè)投資), keeps every offset outside the word (see dropPinyin).
 */

/** Ideographs (CJK Unified, Extension A, Compatibility). */
export const CJK = /[\u3400-\u9fff\uf900-\ufaff]/;

// Traditional forms of the characters the cues, units and names use, as pairs: 億亿 萬万 簽签 慶庆 預预 ...
// (and those of provinces' names: 雲南, 遼寧, 黑龍江, 陝西, 甘肅, 貴州)
const TRADITIONAL_PAIRS =
  "雲云遼辽寧宁龍龙陝陕肅肃貴贵邁迈過过爭争據据紹绍億亿萬万兩两簽签約约項项輛辆個个資资產产業业總总達达實实現现長长預预計计標标確确規规劃划區区會会慶庆額额將将為为與与佔占於于際际億亿內内倍倍幣币團团機机構构園园區区數数據据廣广東东蘇苏蘭兰陽阳東东門门廈厦臺台灣湾澤泽濟济億亿進进開开發发動动時时間间經经務务術术電电醫医藥药導导體体車车線线專专質质勢势環环銷销場场營营舉举獲获現现從从帶带強强鏈链細细賽赛擬拟儲储裝装備备領领製制啟启灘滩廳厅網网產产較较歲岁營营額额億亿單单屆届續续擴扩點点費费調调鎮镇價价漲涨運运穩稳報报議议綜综統统幾几財财稅税貿贸號号協协訂订擁拥創创級级員员優优設设監监廠厂聯联軟软訊讯療疗傳传顯显島岛鄉乡縣县農农糧粮節节齊齐後后來来這这對对還还並并準准論论壇坛週周試试驗验礎础絡络絕绝維维積积別别國国餘余戰战興兴徑径";

// and the common characters of any text, so a cue or a name's words in traditional script read as written in the
// simplified (相當於…的比例, 規模歷史性突破, 發電量、用電量, and 産 as 產 is written on the mainland): only characters
// that are no simplified character themselves
const COMMON_TRADITIONAL_PAIRS =
  "當当歷历曆历態态鮮鲜識识勁劲轉转應应關关學学認认譜谱讓让說说話话語语讀读請请證证貨货買买賣卖贊赞賓宾貢贡負负責责貸贷貼贴險险擔担補补風风緊紧壯壮權权滿满減减測测溫温湧涌潛潜漢汉滬沪閩闽粵粤贛赣魯鲁瓊琼隴陇晉晋們们頭头處处問问" +
  "題题腦脑視视聽听覺觉觀观親亲軍军陸陆隊队階阶陣阵隨随難难離离雙双雜杂鐵铁鋼钢銀银錢钱鍵键鍋锅錄录鏡镜鐘钟針针銅铜鋁铝鋰锂礦矿碼码種种稱称築筑範范簡简籌筹類类紀纪紡纺組组終终結结給给絲丝綠绿緒绪編编練练縮缩績绩織织繼继罰罚羅罗" +
  "聲声職职脅胁膠胶臨临舊旧艦舰藝艺華华萊莱葉叶藍蓝蘋苹蟲虫衛卫複复覽览觸触討讨訓训記记訪访許许診诊詞词詩诗誠诚該该詳详誤误諾诺談谈謀谋講讲謝谢譯译護护豐丰貝贝販贩貧贫購购貫贯賀贺賞赏賠赔賦赋賬账賺赚贏赢趙赵趕赶跡迹踐践軌轨載载" +
  "輕轻輔辅輸输轄辖辦办辭辞邊边遷迁選选遺遗郵邮鄰邻釋释裡里釐厘鈔钞鋪铺鋒锋錦锦錯错鎖锁鑑鉴鑒鉴閉闭閒闲閣阁閱阅隱隐雖虽霧雾靈灵靜静韓韩頁页頂顶順顺須须頻频顏颜顧顾飛飞飯饭飲饮館馆饋馈馬马駐驻驅驱髮发鬥斗魚鱼鳥鸟鹽盐麥麦黃黄齒齿" +
  "儀仪兒儿冊册淨净則则剛刚劇剧劑剂勞劳勝胜勵励卻却厲厉參参變变吳吴圍围圖图圓圆壓压壞坏夠够奪夺奮奋婦妇寫写寬宽審审尋寻屬属崗岗幫帮廢废彈弹復复徵征憂忧懷怀憲宪戶户換换擇择擊击損损搶抢攜携敵敌斷断晝昼暢畅曉晓書书條条極极樂乐樣样" +
  "樞枢橫横檢检檔档歡欢歸归殘残殺杀殼壳氣气漁渔滅灭漸渐潔洁災灾烏乌無无煙烟熱热燈灯爺爷牆墙獎奖獨独畝亩畫画異异盡尽盤盘眾众禮礼窮穷競竞筆笔籃篮紅红納纳紙纸純纯紛纷綁绑緣缘縱纵纖纤罷罢習习聖圣聞闻脫脱臉脸艱艰莊庄蓋盖薦荐虧亏蠶蚕" +
  "衝冲裏里襲袭見见係系遠远躍跃樓楼夥伙爾尔邏逻輯辑傑杰偉伟傷伤僅仅傾倾倉仓儘尽償偿濱滨蘊蕴歐欧韌韧債债飾饰騰腾駛驶驚惊鬧闹麵面産产";

const FOLD = new Map<string, string>();
for (const pairs of [TRADITIONAL_PAIRS, COMMON_TRADITIONAL_PAIRS])
  for (let i = 0; i + 1 < pairs.length; i += 2) FOLD.set(pairs[i], pairs[i + 1]);
for (const [from, to] of [
  ["\u3000", " "],
  ["\u3001", "、"],
  ["\u2014", "-"], // 1—9月
  ["\u2013", "-"],
  ["\uff5e", "~"],
  ["\u301c", "~"],
  ["\uff05", "%"],
  ["\u25cb", "〇"], // 二○二六年, 百分之○點一: a circle written for the numeral zero
  ["\u2015", "-"], // 1―11月
  // 「十四五」以來, 『…』: the corner brackets Taiwan's and Hong Kong's press quotes with are quotation marks
  ["\u300c", "\u201c"],
  ["\u300d", "\u201d"],
  ["\u300e", "\u2018"],
  ["\u300f", "\u2019"],
]) {
  FOLD.set(from, to);
}
// the same folds by code unit, for the loop over a whole document (0: kept; 、 and 倍 fold to themselves)
const FOLD_CODE = new Uint16Array(0x10000);
for (const [from, to] of FOLD) if (from !== to) FOLD_CODE[from.charCodeAt(0)] = to.charCodeAt(0);

/** Folds full-width ASCII (２０２５年, ４．４％, （）), dashes and traditional characters; same length. */
export function fold(text: string): string {
  let out = "";
  let changedFrom = 0;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    let replacement: string | undefined;
    if (code >= 0xff01 && code <= 0xff5e && code !== 0xff0c && code !== 0xff1b && code !== 0xff1a) {
      // full-width ASCII, except the Chinese comma, colon and semicolon, which the clause splitter reads as such
      replacement = String.fromCharCode(code - 0xfee0);
    } else if (code >= 0x2013 || code === 0x3000) {
      if (FOLD_CODE[code] !== 0) replacement = String.fromCharCode(FOLD_CODE[code]);
    }
    if (replacement !== undefined) {
      out += text.slice(changedFrom, i) + replacement;
      changedFrom = i + 1;
    }
  }
  const folded = changedFrom === 0 ? text : out + text.slice(changedFrom);
  return folded.includes("(") ? dropPinyin(folded) : folded;
}

// 業(yè), 進(jìn): a syllable with its tone mark in brackets right after an ideograph
const TONED = "āáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜ";
const PINYIN = new RegExp(`(?<=[\\u3400-\\u9fff])\\([a-zü]*[${TONED}][a-zü]*\\)`, "g");
// (a cheap first look: the bracket, then a toned vowel within a syllable's length)
const MAYBE_PINYIN = new RegExp(`\\([a-zü]{0,5}[${TONED}]`);
const IDEOGRAPH = /[\u3400-\u9fff]/;

/**
 * 全省工業(yè)投資同比增長: some converters annotate characters with their pinyin, which splits the words the names
 * are found by. Each annotation is taken out and the run of ideographs it stood in shifted over its place, the
 * freed characters becoming spaces at the run's start (at its end when a digit or letter stands before it, as in
 * 3132個(gè)). Punctuation, digits and everything outside the run keep their offsets, so sentences and figures do.
 */
function dropPinyin(text: string): string {
  if (!MAYBE_PINYIN.test(text)) return text;
  PINYIN.lastIndex = 0;
  let out = "";
  let copied = 0;
  let m: RegExpExecArray | null;
  while ((m = PINYIN.exec(text))) {
    // the run of ideographs this annotation stands in (annotations before it in the run were taken with it)
    let start = m.index;
    while (start > copied && IDEOGRAPH.test(text[start - 1])) start--;
    let end = m.index + m[0].length;
    for (let next = PINYIN.exec(text); ; next = PINYIN.exec(text)) {
      while (end < text.length && IDEOGRAPH.test(text[end])) end++;
      if (!next || next.index !== end) {
        PINYIN.lastIndex = end;
        break;
      }
      end = next.index + next[0].length;
    }
    const run = text.slice(start, end);
    const kept = run.replace(PINYIN_IN_RUN, "");
    const room = " ".repeat(run.length - kept.length);
    out += text.slice(copied, start) + (/[\dA-Za-z]/.test(text[start - 1] ?? "") ? kept + room : room + kept);
    copied = end;
  }
  return out + text.slice(copied);
}
/** Does the text carry pinyin inside words, so that fold() shifted some runs of ideographs? */
export const hasPinyin = (text: string): boolean => text.includes("(") && MAYBE_PINYIN.test(text);

/**
 * A span of folded text widened over the spaces dropPinyin left at its ends, so a quote cut from the original
 * starts and ends with whole words (據(jù)，… not ù)，…).
 */
export function overPinyin(original: string, folded: string, span: { start: number; end: number }) {
  let { start, end } = span;
  while (start > 0 && folded[start - 1] === " " && original[start - 1] !== " ") start--;
  while (end < folded.length && folded[end] === " " && original[end] !== " ") end++;
  return start === span.start && end === span.end ? span : { start, end };
}

const PINYIN_IN_RUN = new RegExp(`\\([a-zü]*[${TONED}][a-zü]*\\)`, "g");

const SAMPLE = 2000;

/** Share of ideographs among the letters of text[start, end): 1 for pure Chinese, 0 for pure English. */
export function chineseShare(text: string, start = 0, end = text.length): number {
  let cjk = 0;
  let latin = 0;
  for (let i = start, stop = Math.min(end, start + SAMPLE); i < stop; i++) {
    const c = text.charCodeAt(i);
    if ((c >= 0x3400 && c <= 0x9fff) || (c >= 0xf900 && c <= 0xfaff)) cjk++;
    else if ((c >= 65 && c <= 90) || (c >= 97 && c <= 122)) latin++;
  }
  // a Chinese word carries as much as an English word of ~4 letters: weigh ideographs up so "R&D占GDP比重" is Chinese
  return cjk + latin === 0 ? 0 : (cjk * 3) / (cjk * 3 + latin);
}

/** Is this paragraph written in Chinese? (More than half of its letter weight is ideographs.) */
export function isChinese(paragraph: string): boolean {
  return chineseShare(paragraph) > 0.5;
}
