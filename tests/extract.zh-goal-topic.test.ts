// Chinese goals whose subject is the topic of the clause before: 抢占 / 攻占 a name's 高地 takes a place, it is no
// share (占…比重) whose whole the name would be, and the firms' size class (规上, 规模以上) or the plan's span
// ("十四五"期间) before 产业规模 names no subject of its own. All sentences are our own.
import { extractChinese } from "../src/core/extract/zh";
import type { Fact } from "../src/core/types";

const read = (text: string, date = "2021-08-01", region = "Shanghai"): Fact[] => {
  const facts = extractChinese(text, { doc: "zh.txt", date, region });
  for (const fact of facts) expect(text.slice(fact.start, fact.end)).toBe(fact.quote);
  return facts;
};
const valued = (facts: Fact[], value: number) =>
  facts.find((f) => f.value !== null && Math.abs(f.value - value) < 1e-6);

describe("a goal going on about the industry the clause before names", () => {
  it("reads 抢占…高地 as the topic, with the plan's span and the size class before the scale", () => {
    const facts = read('本市全力抢占人工智能创新高地,争取"十四五"期间规上产业规模年均增长12%左右,2025年突破3500亿元。');
    expect(valued(facts, 0.12)).toMatchObject({ indicator: "AI", kind: "target", year: 2025, comparator: "~" });
    expect(valued(facts, 3.5e11)).toMatchObject({ indicator: "AI", kind: "target", year: 2025 });
  });

  it("reads 攻占 and a goal with 规模以上 before the scale", () => {
    const facts = read("我市加快攻占集成电路产业制高点,力争到2025年规模以上产业规模达到2800亿元。");
    expect(valued(facts, 2.8e11)).toMatchObject({ indicator: "IC", kind: "target", year: 2025 });
  });

  it("reads a span written without quotes", () => {
    const facts = read("全市将做大做强生物医药产业,十四五期间产业规模年均增长10%以上。");
    expect(valued(facts, 0.1)).toMatchObject({ indicator: "BIO", kind: "target", comparator: ">=" });
  });

  it("still reads 占 of a share as the whole it is taken of", () => {
    const facts = read("本市人工智能企业营收占全市软件收入的比重达到18%,同比提高2个百分点。", "2024-02-01");
    expect(valued(facts, 0.18)!.indicator).not.toBe("SOFTWARE");
  });
});
