// Chinese trades qualified by a catalog name (与人工智能相关的…服务业, …有关的…): the figure is the qualified trade's,
// not the named industry's. All sentences are our own.
import { extractChinese } from "../src/core/extract/zh";
import type { Fact } from "../src/core/types";

const read = (text: string): Fact[] => extractChinese(text, { doc: "zh.txt", date: "2025-07-27", region: "Shanghai" });
const valued = (facts: Fact[], value: number) =>
  facts.find((f) => f.value !== null && Math.abs(f.value - value) < 1e-6);

describe("a trade related to a named industry", () => {
  it("leaves a service trade related to AI unlinked", () => {
    expect(valued(read("其中与人工智能训练相关的数据标注服务业营业收入增长1.4倍。"), 1.4)!.indicator).toBeNull();
  });
  it("does so with 有关的 and a percentage", () => {
    expect(valued(read("与集成电路有关的检测服务收入增长18%。"), 0.18)!.indicator).toBeNull();
  });
  it("does so without 与 and keeps the industry's own scale", () => {
    expect(valued(read("本市人工智能相关的数据服务业营收增长25%。"), 0.25)!.indicator).toBeNull();
    expect(valued(read("本市人工智能产业规模增长25%。"), 0.25)).toMatchObject({ indicator: "AI" });
  });
});
