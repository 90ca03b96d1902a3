/**
 * What a Chinese figure is about: a catalog indicator named in its clause (or, for a clause that names nothing new,
 * in the clauses before it), a signing event, a company, or the phrase that opens its clause; and its region.
 */
import type { FactKind, Measure } from "../../types";
import { industryOfBareScale } from "./bare-scale";
import { perUnitMoney, regionIn } from "./cues";
import { composedName, respectiveName } from "./compose";
import { GROUP_NAME, leadingGrowth, memberManufacturing } from "./collective";
import { COMPANY, carMakerIn, sentenceCompanies } from "./companies";
import type { ZhFigure } from "./figures";
import { fittingIndicator } from "./unit-fit";
import { goalNamedAfter, goalOfFigure, goalsNamed, placeGoalLead } from "./goals";
import type { ZhName } from "./names";
import { placesGrowth } from "./place-growth";
import type { Linked, ZhDocument, ZhIndicator } from "./document";
import { comparedWith, groupRegion, listedPlace, ofRankedGroup, ofRegionGroup, withoutClusterMembers } from "./scope";
import type { ZhSentence } from "./segments";
import { isAside, leadSubject, ownLeadOf, refersBack } from "./subject";
import { linkSigning } from "./signing";
import { regionOf } from "./figure-region";
import { promotedFleet } from "./promoted-fleet";
import { subAreaOwns } from "./sub-areas";
import { worksInvestment } from "./works";
import {
  moneyTwinOf,
  otherMoneyMeasure,
  otherWhole,
  PER_HEAD,
  perHeadOf,
  shareOfIndustry,
  stepOrMonthChange,
} from "./shares";
import { measuresSharingFigure } from "./shared-figure";

export type { Linked, ZhDocument, ZhIndicator, ZhSeries } from "./document";

// Words between a name and its figure that make the figure another measure: exports, a project's investment, ...
// 占 of a share (占全市比重), not of taking a place (抢占人工智能高地, 攻占市场)
const SHARE_OF = /(?<![抢攻侵霸独])占/;
const OTHER_MEASURE =
  /出口|进口|利润|税收|融资|订单|销量|零售|投资|基金|项目|人才|专利|企业数|论文|贷款|研发费用|研究开发|研发投入|贡献率|贡献/;
const QUANTITY = /产值|增加值|规模|产量|营收|营业收入|投资|出口|进口/;
const NOT_OUTPUT_BEFORE = /推广|销售|出口|进口|保有|上牌|购买|应用|交付/;
// 新能源汽车推广35.4万辆, 销量, 保有量, 交付: vehicles promoted, sold, delivered or in use, after the name
const NOT_OUTPUT_BETWEEN = /推广|销售|销量|保有|上牌|出口|产能|交付/;
const DESCRIBED_AS = /^\s?(?:产业|行业)?\s?(?:是|作为)/;
const SEGMENT_BEFORE = /(?:系统|嵌入式|基础|应用|平台)$/;
const TOTAL_OPENING = /^[，,\s]*(?:总规模|总量|合计|总计)/;
// 人工智能服务业, 新能源汽车零部件, 新能源汽车产业集群企业营收: a part of the named industry, or a cluster around it
// (集成电路圆片: a product of it, counted in pieces)
const SEGMENT_AFTER = /^(?:服务业|制造业|设计业|封测业|装备|零部件|集群企业|圆片|晶圆)/;
// 三大先导产业制造业…总产值增长4.3%。其中，集成电路产业产值增长…: the parts of a manufacturing total are manufacturing's
const MANUFACTURING_WHOLE = /制造业[^。；;]*$/;
// 以53926.71亿元的地区生产总值领跑: the name after 以 X 的 is the figure's subject
const WITH_BEFORE = /以\s?$/;
const OF_AFTER = /^\s?的\s?$/;
// 北京市则以49843.1亿元紧随其后: a place going on in the terms of the sentence before
const PARALLEL = /^[\u4e00-\u9fff]{2,6}?(?:则|也|亦)?以\s?$/;
const SEVERAL_YEARS = /(?:过去|近)[两三四五六七八九十\d]{1,2}年|[两三四五六七八九十\d]{1,2}年(?:来|以来|后|以后|间|里)/;
// 集成电路、生物医药、人工智能三大先导产业: names in a list are a combined total unless 分别 pairs them
const LIST_GAP = /^[、和与及,，\s]*$/;
// (其中, 其他, 其余, 其次 are no 其 pointing back: 其中新能源增长… names a part of its own)
const ANAPHOR = /其(?!中|他|余|次)|该产业|该行业|该领域|这一产业/;

/** The Chinese stages' links for one figure: usually one; a multiple over a list of names gives one per name. */
export function linkFigure(
  doc: ZhDocument,
  sentence: ZhSentence,
  clauseIndex: number,
  figure: ZhFigure,
  fact: { kind: FactKind; measure: Measure; year: number | null; yearInSentence: boolean; period: boolean },
  earlier: Linked[],
  names: ZhName<ZhIndicator>[],
  paragraph: { start: number },
): Linked[] {
  const text = doc.folded;
  const clause = sentence.clauses[clauseIndex];
  const clauseText = text.slice(clause.start, clause.end);
  const leadIn = text.slice(clause.start, figure.start);
  let region = regionOf(doc, sentence, clause, clauseText, figure);
  // a company's own figure, or a clause going on about the company of the clause before ("…集团营业收入…，同比增长20%")
  const previousLead =
    clauseIndex > 0 ? text.slice(sentence.clauses[clauseIndex - 1].start, sentence.clauses[clauseIndex - 1].end) : "";
  // (the company pattern is slow: only sentences with a company word are searched)
  const { hasCompany, spans: companySpans } = sentenceCompanies(text, sentence);
  const isPlace = (words: string) => regionIn(words) !== undefined;
  // (whether the lead-in has no subject of its own, asked of the same words by several rules: read once)
  let leadInRefers: boolean | undefined;
  const leadInRefersBack = () => (leadInRefers ??= refersBack(leadIn));
  const company =
    (!hasCompany
      ? undefined
      : (COMPANY.exec(leadIn)?.[1] ?? (leadInRefersBack() ? COMPANY.exec(previousLead)?.[1] : undefined))) ??
    carMakerIn(leadIn, isPlace) ??
    // (a carmaker is named with 汽车: a clause before without it names none)
    (previousLead.includes("汽车") && leadInRefersBack() ? carMakerIn(previousLead, isPlace) : undefined);

  if (fact.kind === "signing")
    return linkSigning(doc, sentence, clause, figure, fact, earlier, paragraph, company, region);

  // "同比增长4.7%": a clause that names nothing is about the figure before it
  const plain = (): Linked => ({
    indicator: null,
    subject:
      company ??
      ((figure.cls === "count" && figure.noun) ||
        leadSubject(text, clause.start, figure.start) ||
        earlier[earlier.length - 1]?.subject ||
        (clauseIndex > 0
          ? leadSubject(text, sentence.clauses[clauseIndex - 1].start, sentence.clauses[clauseIndex - 1].end)
          : "") ||
        figure.unit),
    region,
    relative: null,
  });
  const multiple = figure.cls === "multiple";
  const multipleFields = (entry: ZhIndicator | null): Partial<Linked> =>
    fact.kind === "target"
      ? { relative: { multiple: figure.increase ? figure.value + 1 : figure.value }, unit: entry?.unit ?? "multiple" }
      : {
          growthValue: figure.increase ? figure.value : figure.value - 1,
          unit: "ratio",
          measure: "growth",
          relative: null,
        };
  // (links are built with Object.assign, not {...link, field}: V8 gives each object written that way a hidden class
  // of its own, which makes every later read of the sentence's links slow)
  if (company) return [Object.assign(plain(), multiple ? multipleFields(null) : {})];
  // (a sum over several regions is no region's series)
  // (游客人数、旅游收入均增长10%: the figure once for each measure listed)
  const unlinked = (): Linked[] => {
    const one: Linked = Object.assign(plain(), multiple ? multipleFields(null) : {}, { figureStart: figure.start });
    const sharing = measuresSharingFigure(leadIn);
    return sharing.length ? sharing.map((subject) => Object.assign({}, one, { subject })) : [one];
  };
  // 闵行地区生产总值达…, or a district's own story: a district's or zone's figure is none of the city's series
  if (subAreaOwns(text.slice(sentence.start, figure.start), doc.region)) return unlinked();

  const respectively = text.slice(sentence.start, sentence.end).includes("分别");
  names = names.filter((n) => !companySpans.some((c) => n.start >= c.start && n.end <= c.end));
  // (集成电路、生物医药产业集群营收: the members that name a cluster)
  names = withoutClusterMembers(text, sentence, clauseIndex, figure, names);
  // 占全市生产总值比重: the name after 占 is the whole the share is taken of, not what the figure is about
  const share = leadIn.search(SHARE_OF);
  const inClause = names.filter(
    (n) =>
      n.start >= clause.start &&
      n.end <= clause.end &&
      !(share >= 0 && n.start >= clause.start + share && n.end <= figure.start),
  );
  const before = inClause.filter((n) => n.end <= figure.start);
  if (ofRegionGroup(text, sentence.clauses, clauseIndex, before.length > 0)) {
    region = groupRegion(text, sentence.start, clause, figure.start) ?? region; // (四省市合计: the places summed)
    return unlinked();
  }
  // (GDP前十省份…合计约85.5万亿元: a sum over the places of a rank is still the series', of the places summed)
  const summed = /合计|共计|总计|总和/.test(leadIn);
  if (ofRankedGroup(text, sentence.start, figure, fact.kind)) {
    if (!summed) return unlinked();
    region = groupRegion(text, sentence.start, clause, figure.start) ?? region;
  }
  // (…分别增长8.9%、7.7%，新能源汽车年产量突破1300万辆: a clause naming its own subject is not in the pairs)
  const inPairs = respectively && (/分别/.test(clauseText) || !before.length);
  const paired = inPairs ? respectiveName(text, sentence, figure, names, earlier) : undefined;
  // 北京市、广东省…软件收入分别为…: each figure is its own place's, in the series of the name the places share
  const listed = inPairs ? listedPlace(text, sentence, figure, names, earlier) : undefined;
  if (listed) region = listed.region;
  const isList =
    before.length >= 2 &&
    new Set(before.map((n) => n.entry.code)).size >= 2 &&
    before.slice(1).every((n, i) => LIST_GAP.test(text.slice(before[i].end, n.start)));
  const checked = new Set<ZhName<ZhIndicator>>();
  const partsOfManufacturing =
    text.startsWith("其中", sentence.start) &&
    MANUFACTURING_WHOLE.test(text.slice(Math.max(paragraph.start, sentence.start - 60), sentence.start - 1));
  const usable = (name: ZhName<ZhIndicator>) => {
    if (checked.has(name)) return true;
    // (a name from a sentence before: only this clause's words come between)
    // (集成电路是本区投资规模最大的产业，产业规模…: a clause before that only says what the name is, 是…, measures nothing)
    const describedBefore = name.end <= clause.start && DESCRIBED_AS.test(text.slice(name.end, name.end + 4));
    // (汽车制造业、通用设备制造业产值分别增长…: for a paired item, only the words after the list)
    const pairedItem = paired?.name && name.start === paired.name.start && name.end === paired.name.end;
    const listEnd = pairedItem ? paired.listEnd : undefined;
    const between = text.slice(
      listEnd ?? (name.end < sentence.start || describedBefore ? clause.start : name.end),
      figure.start,
    );
    // 累计推广新能源汽车, 销售新能源汽车: vehicles promoted or sold are not vehicles made
    // (…，累计出口集成电路数量为…，比上年下降1.8%: the words before a name of an earlier clause are that clause's)
    const beforeName = text.slice(Math.max(sentence.start, name.start - 6), name.start);
    if (NOT_OUTPUT_BEFORE.test(beforeName.slice(beforeName.search(/[^，,；;。]*$/)))) return false;
    // 嵌入式系统软件收入, 基础软件收入: a kind of the named thing written before it is one segment (not 工业: 工业战略性新兴产业)
    const nameClauseStart = name.start < clause.start ? sentence.start : clause.start;
    if (SEGMENT_BEFORE.test(text.slice(Math.max(nameClauseStart, name.start - 4), name.start))) return false;
    // 战略性新兴产业增加值占生产总值比重: a share of another whole than the series' (industrial output) is not it
    if (name.entry.unitClass === "ratio" && otherWhole(name.entry, between, beforeName)) return false;
    // (战略性新兴产业制造业产值占工业总产值比重: the manufacturing part of a share of industry is that share)
    const after = text.slice(name.end, name.end + 4);
    // (三大先导产业制造业产值增长…, 集成电路制造业增长…: the group's or a member's growth all the same)
    const leading = after.startsWith("制造业") && leadingGrowth(doc.groups, name.entry, fact.measure);
    if (SEGMENT_AFTER.test(after) && !(after.startsWith("制造业") && (leading || shareOfIndustry(between))))
      return false;
    if (name.entry.unitClass === "money" && partsOfManufacturing && !name.text.includes("制造")) {
      if (!leadingGrowth(doc.groups, name.entry, fact.measure)) return false;
    }
    if (figure.cls === "count" && NOT_OUTPUT_BETWEEN.test(text.slice(Math.max(name.end, clause.start), figure.start)))
      return false;
    // (…累计推广量超28万辆，同比增长17%: the growth of the vehicles promoted or sold is none of the output's either)
    if (fact.measure === "growth" && name.entry.unitClass === "count" && NOT_OUTPUT_BETWEEN.test(between)) return false;
    // 产销分别完成696.8万辆和693.7万辆，同比分别增长…和…: the second figure after 产销 (of each 分别) is the sales
    if (between.includes("产销") && /产销[^，,。；;]*\d[^，,。；;]*$|产销.*分别[^分]*\d[^分]*$/.test(between))
      return false;
    // 单位国内生产总值能耗, 万元GDP能耗: a ratio per unit of the named thing is not the thing
    if (/(?:单位|万元)$/.test(text.slice(Math.max(sentence.start, name.start - 2), name.start))) return false;
    // 与人工智能算力相关的咨询服务业营收: a name qualifying another trade (…相关的, …有关的) is not what is measured
    if (/^[\u4e00-\u9fff]{0,4}(?:相关|有关)的/.test(between)) return false;
    // 集成电路产量 (chips made), 软件业增加值 (value added), 制造业产值: not the industry's scale or revenue
    const measured = leading ? between.replace(/^\s?制造业/, "") : between;
    return !OTHER_MEASURE.test(between) && !otherMoneyMeasure(doc, name.entry, measured);
  };

  let candidates: ZhName<ZhIndicator>[];
  const compared = comparedWith(text, clause, figure, names, earlier, sentence.start);
  if (compared) {
    region = compared.region;
    candidates = compared.name ? [compared.name] : [];
  } else if (paired) {
    // (…三大先导产业规模分别达到…，总规模增长8.3%: the total is the collective name's)
    const collective = TOTAL_OPENING.test(leadIn)
      ? names.filter((n) => n.end <= figure.start && GROUP_NAME.test(n.text)).pop()
      : undefined;
    candidates = collective
      ? [collective]
      : paired.name
        ? [moneyTwinOf(doc, paired.name, leadIn, text.slice(paired.name.end, figure.start))]
        : listed?.name
          ? [listed.name]
          : [];
  } else if (isList && multiple) {
    // "三大先导产业规模实现翻一番": each named industry doubles
    const links = before
      .map((n) => ({ n, entry: fittingIndicator(doc, n.entry, figure, fact.measure) }))
      .filter((c) => c.entry)
      .map(
        ({ n, entry }) => ({ indicator: entry!.code, subject: n.text, region, ...multipleFields(entry!) }) as Linked,
      );
    if (links.length) return links;
    candidates = [];
  } else if (isList) {
    // 集成电路、生物医药、人工智能三大先导产业: a collective name after the list is what the figure is about
    const collective = before.filter((n) => GROUP_NAME.test(n.text));
    candidates = collective.slice(-1);
  } else {
    // a name after the figure is what the figure describes (225亿元的生物医药产业母基金), not its subject
    // 100个以上产业能级高、带动性强的重大项目: the counted noun after the figure names what it counts
    const counted =
      figure.cls === "count" && figure.noun
        ? names.filter((n) => n.start >= figure.end && n.end <= figure.end + figure.noun!.length)
        : [];
    const described = WITH_BEFORE.test(leadIn)
      ? names.filter((n) => n.start > figure.end && OF_AFTER.test(text.slice(figure.end, n.start)))
      : [];
    const goalAfter = goalNamedAfter(text, leadIn, figure.end, clause.end, names);
    candidates = [...counted, ...described, ...goalAfter, ...before.reverse()];
    // 新能源汽车推广35.4万辆，保有量达到…: a clause opening with a measure word, its stem in the clause before
    // (全年计划完成投资… of the major-works list the paragraph names)
    const composed = before.length
      ? undefined
      : (composedName(doc, sentence, clauseIndex, figure, names) ??
        worksInvestment(doc, paragraph.start, sentence, clause, figure.start));
    if (composed) candidates.push(composed);
    const linkedBefore = [...earlier].reverse().filter((l) => l.name && (l.figureStart ?? 0) >= clause.start);
    // "从2021年的7617亿元增长至2024年的9847亿元": a later figure of the clause goes on about the same name
    if (!before.length && linkedBefore.length) candidates.push(linkedBefore[0].name!);
    // (低于5%的控制目标: the goal's figure is of the subject the result before it was)
    const goal = goalOfFigure(leadIn, text.slice(figure.end, Math.min(clause.end, figure.end + 12)));
    const ownLead = goal ? "" : ownLeadOf(leadIn);
    let ownLeadRefers: boolean | undefined;
    const ownLeadRefersBack = () => (ownLeadRefers ??= ownLead === leadIn ? leadInRefersBack() : refersBack(ownLead));
    if (!before.length && (ownLeadRefersBack() || PER_HEAD.test(leadIn))) {
      // a clause with no subject of its own goes on about the topic (the first name) of the clause before;
      // adverbial clauses (受…驱动, 随着…) have none
      for (let i = clauseIndex - 1; i >= 0; i--) {
        const c = sentence.clauses[i];
        const cText = text.slice(c.start, c.end);
        if (isAside(cText)) continue;
        // "共有6066家生物医药相关企业，同比增长率接近100%": the rate goes on about the unlinked figure before it
        const lastFigure = [...earlier]
          .reverse()
          .find((l) => (l.figureStart ?? -1) >= c.start && (l.figureStart ?? -1) < c.end);
        // (占数字经济核心产业的比重: a name after 占 is the whole, not the clause's topic)
        const shareAt = text.slice(c.start, c.end).search(SHARE_OF);
        const inTopic = (n: ZhName<ZhIndicator>) =>
          n.start >= c.start && n.end <= c.end && !(shareAt >= 0 && n.start >= c.start + shareAt);
        // (集成电路、生物医药、人工智能三大先导产业，规模…: the collective name after the list is the topic)
        const closesList = (n: ZhName<ZhIndicator>) =>
          GROUP_NAME.test(n.text) && names.some((m) => m.end <= n.start && /^等?$/.test(text.slice(m.end, n.start)));
        const topic = names.find((n) => inTopic(n) && closesList(n)) ?? names.find(inTopic);
        // (…占数字经济核心产业的比重最高，为41%: the rate is a share of that whole, about a part left unnamed)
        if (!topic && shareAt >= 0 && names.some((n) => n.start >= c.start + shareAt && n.end <= c.end)) break;
        // (the name there describes what that figure counts)
        if (lastFigure && !lastFigure.indicator && topic && topic.start > lastFigure.figureStart!) break;
        const earlierLink = [...earlier]
          .reverse()
          .find((l) => l.name && (l.figureStart ?? -1) >= c.start && (l.figureStart ?? -1) < c.end);
        if (topic || earlierLink) {
          // (…产值为3467.9亿元，同比增长31.3%: the rate is of the series that figure was linked to, the name's twin;
          // 集成电路、生物医药、人工智能三大先导产业规模达…，同比增长…: that series, not the clause's first name)
          const here = earlierLink?.name && earlierLink.name.start >= c.start && earlierLink.name.end <= c.end;
          const linkedEntry =
            (!topic || here) && earlierLink?.indicator ? doc.indicator(earlierLink.indicator) : undefined;
          const twinName = linkedEntry ? { ...earlierLink!.name!, entry: linkedEntry } : undefined;
          // (that link was checked when it was made; the words since then are the clauses between)
          if (twinName && !topic) checked.add(twinName);
          candidates.push((here ? twinName : undefined) ?? topic ?? twinName ?? earlierLink!.name!);
          break;
        }
        // a clause with its own unlinked subject ends the search (降幅比1-8月收窄0.7个百分点: a change in points has none)
        if (!refersBack(text.slice(c.start, c.end).replace(/[\d.]+\s?(?:个百分点|[万亿]*[元辆个家%])/g, ""))) break;
      }
    }
    // 甲省同比增长5.8%, 乙省、丙省增速均为5.5%: each place's economy
    const growing = before.length ? [] : placesGrowth(doc, figure, fact, leadIn, names);
    if (growing.length) return growing;
    // 其 / 该产业, or a clause with no subject of its own right after a sentence about an indicator (…；今年预计突破…)
    const recent = doc.previous ? doc.sentenceIndex - doc.previous.sentence : Infinity;
    let goalPlaces: string[] = [];
    if (
      !names.length &&
      doc.previous &&
      ((recent <= 2 && ANAPHOR.test(leadIn)) ||
        (recent === 1 && clauseIndex === 0 && (leadInRefersBack() || PARALLEL.test(leadIn))))
    )
      candidates.push(doc.previous.name);
    // …公布了今年经济增长预期目标。其中，甲省的目标是5%，乙省为6%左右: each place's goal of the series just named
    // (…增长预期目标：其中，甲省的增长目标是6%: or named in the sentence's clauses before)
    else if ((goalPlaces = placeGoalLead(leadIn)).length) {
      // (各地敲定了经济增长预期目标: the catalog's name as written, the goal being of each place's whole economy)
      const earlierGoal = goalsNamed(text, doc.names.indicatorsIn(text, sentence.start, clause.start)).pop();
      const goalOf = earlierGoal ?? (!names.length && doc.previous && recent <= 1 ? doc.previous.name : undefined);
      // (GDP增长目标: a goal of the total's growth, its figure a rate whatever the clause's own words)
      const growth = goalOf && goalOf.entry.unitClass !== "ratio" && /^(?:增长|增速)/.test(text.slice(goalOf.end));
      const entry = goalOf && fittingIndicator(doc, goalOf.entry, figure, growth ? "growth" : fact.measure);
      if (goalOf && entry) {
        doc.previous = { name: goalOf, sentence: doc.sentenceIndex };
        const measure: Measure | undefined = growth ? "growth" : undefined;
        // (丙省、丁省均为5%左右: one goal for each place)
        const regions = goalPlaces.length > 1 ? goalPlaces.map((p) => regionIn(p) ?? region) : [region];
        return regions.map((r) => ({
          indicator: entry.code,
          subject: goalOf.text,
          region: r,
          relative: null,
          measure,
          figureStart: figure.start,
          name: goalOf,
        }));
      }
    }
    // ——集成电路产业创新引领作用显著。…上半年实现产业规模1378亿元: the topic a paragraph's heading line named
    if (!names.length && doc.topic && clauseIndex === 0 && ownLeadRefersBack()) candidates.push(doc.topic);
    else if (!before.length && !candidates.length)
      candidates.push(...industryOfBareScale(doc, sentence, clause, leadIn));
  }
  // (8020元/辆的补贴: money per unit is a rate, not the total a series holds)
  if (figure.cls === "money" && perUnitMoney(text, figure.end, leadIn)) return unlinked();
  // 跨越四个万亿元台阶, 比上月下降0.1% (环比): no level or year's rate of a series
  if (stepOrMonthChange(text, figure, fact.measure, sentence.start, clause.start, leadIn)) return unlinked();
  // 五年后…实现了翻倍增长, 三年来翻了一番: a multiple over several years is no year's growth of a series
  if (multiple && fact.kind === "actual" && SEVERAL_YEARS.test(text.slice(sentence.start, figure.start)))
    return unlinked();
  // …GDP预计突破12万亿元、人均达14.3万元: 人均 after the name's figure is the name's per-head series
  if (PER_HEAD.test(leadIn)) candidates = candidates.map((n) => perHeadOf(doc, n));
  // the first usable candidate that fits (each read only until one does)
  // 累计推广新能源汽车152万辆: the vehicles promoted so far are the fleet (promoted-fleet.ts)
  const fleet = promotedFleet(doc, sentence, clause, figure, names);
  let found: { n: ZhName<ZhIndicator>; entry: ZhIndicator } | undefined = fleet && { n: fleet, entry: fleet.entry };
  for (const n of found ? [] : candidates) {
    if (!usable(n)) continue;
    const entry = fittingIndicator(doc, n.entry, figure, fact.measure, QUANTITY.test(text.slice(n.end, figure.start)));
    if (entry) {
      found = { n, entry };
      break;
    }
  }
  if (!found) return unlinked();
  doc.previous = { name: found.n, sentence: doc.sentenceIndex };
  const entry = memberManufacturing(doc, found.n, fact.measure, figure.start) ?? found.entry;
  return [
    {
      indicator: entry.code,
      subject: found.n.text,
      region,
      relative: null,
      ...(figure.cls === "count" ? { unit: entry.unit } : {}),
      ...(multiple ? multipleFields(entry) : {}),
      figureStart: figure.start,
      name: found.n,
    },
  ];
}
