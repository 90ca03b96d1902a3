// Chinese reviews that tell a plan was issued among their results: the plan named as the thing issued is no plan and
// no time of the figures around it. All sentences are our own, in the style of the pages read.
import { oneWithValue, read } from "./helpers/read-facts";

describe("a plan named as issued (“十四五”规划…发布)", () => {
  it("首个…“十四五”规划及…发布，…产业规模… is a result of the page's year, not a goal for 2025", () => {
    const text =
      "在生物医药领域，打造50个以上创新应用场景，全国首个生物医药“十四五”规划及配套政策发布，全市生物医药产业规模8200亿元。";
    const facts = read(text, "2023-09-12");
    expect(oneWithValue(facts, 8200e8)).toMatchObject({ kind: "actual", year: 2023 });
    expect(oneWithValue(facts, 50)).toMatchObject({ kind: "actual", year: 2023, comparator: ">=" });
  });

  it("a plan that sets a goal still does (“十四五”规划提出，到2025年…)", () => {
    const facts = read("本市“十四五”规划提出，生物医药产业规模达到1万亿元。", "2023-09-12");
    expect(oneWithValue(facts, 1e12)).toMatchObject({ kind: "target", year: 2025 });
  });
});
