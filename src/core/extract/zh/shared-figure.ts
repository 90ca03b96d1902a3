/**
 * One figure written for several measures (游客人数、旅游收入均增长10%以上, 发电量和用电量占比都超过30%): each measure
 * listed before 均 / 都 has that figure, so the figure stands once for each.
 */

// the list right before 均 / 都 (not 年均, 人均, 平均; not 首都, 成都), then a verb and nothing else before the figure
const SHARED_LEAD =
  /([\u4e00-\u9fff]{2,16}(?:(?:、|以及|和|及|与)[\u4e00-\u9fff]{2,16}?)+)(?<![年人平首成京])(?:均|都)(?:[\u4e00-\u9fff]{1,4})?\s?$/;
const ITEM_GAP = /、|以及|和|及|与/;
// words opening the clause that are no measure's (同期, 其中, 全年): left off the first item
const OPENING = /^(?:其中|同期|全年|当年|今年|去年|上年|年内|年|月)/;

/** The measures a clause lists as sharing its figure (A、B均增长 -> [A, B]); empty when the figure is one measure's. */
export function measuresSharingFigure(leadIn: string): string[] {
  if (!/[均都]/.test(leadIn) || leadIn.includes("分别")) return [];
  const m = SHARED_LEAD.exec(leadIn);
  if (!m) return [];
  const items = m[1].split(ITEM_GAP).map((item, i) => (i === 0 ? item.replace(OPENING, "") : item));
  return items.length >= 2 && items.every((item) => item.length >= 2) ? items : [];
}
