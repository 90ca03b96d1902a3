// Chinese 分别 lists whose items are industries or products: a growth rate written as a multiple after 增速…达到 is a
// figure of the list like the percentages, and the other items between a paired name and its figure are names,
// not words about the figure (…制造业、…制造业产值分别增长… is each industry's output). All sentences are our own.
import { extractChinese } from "../src/core/extract/zh";
import type { Fact } from "../src/core/types";

const read = (text: string, date = "2025-07-20", region = "Shanghai"): Fact[] => {
  const facts = extractChinese(text, { doc: "zh.txt", date, region });
  for (const fact of facts) expect(text.slice(fact.start, fact.end)).toBe(fact.quote);
  return facts;
};
const valued = (facts: Fact[], value: number) =>
  facts.find((f) => f.value !== null && Math.abs(f.value - value) < 1e-6);

describe("a multiple in a list of growth rates", () => {
  it("reads 增速分别达到X倍 as the first item's growth and keeps the order of the items", () => {
    const facts = read("从产品看,工业机器人、新能源汽车和光伏电池产量增速分别达到2.4倍、48.2%和19.6%。");
    expect(valued(facts, 2.4)).toMatchObject({ indicator: null, unit: "ratio" });
    expect(valued(facts, 0.482)).toMatchObject({ indicator: "NEV", kind: "actual" });
    expect(valued(facts, 0.196)!.indicator).toBeNull();
  });

  it("reads 增幅分别为X倍 with the multiples of the list after it", () => {
    const facts = read("前三季度,新能源汽车、锂电池产量增幅分别为1.6倍和0.9倍。");
    expect(valued(facts, 1.6)).toMatchObject({ indicator: "NEV", unit: "ratio" });
    expect(valued(facts, 0.9)).toMatchObject({ indicator: null, unit: "ratio" });
  });

  it("reads a single 增速达X倍", () => {
    const facts = read("全年新能源汽车产量增速达1.2倍。");
    expect(valued(facts, 1.2)).toMatchObject({ indicator: "NEV", unit: "ratio" });
  });
});

describe("industries listed before their shared measure", () => {
  it("gives the first industry of a list its output growth, whatever the other items are called", () => {
    const facts = read("汽车制造业、专用设备制造业产值分别增长12.4%和8.8%。");
    expect(valued(facts, 0.124)).toMatchObject({ indicator: "AUTO_VALUE", kind: "actual" });
    expect(valued(facts, 0.088)!.indicator).toBeNull();
  });

  it("pairs a list that closes the clause before with the rates after 产值", () => {
    const facts = read(
      "其中,汽车制造业、计算机通信和其他电子设备制造业、医药制造业表现较好,产值同比分别增长15.2%、9.4%、6.1%。",
    );
    expect(valued(facts, 0.152)).toMatchObject({ indicator: "AUTO_VALUE", year: 2025 });
    expect(valued(facts, 0.094)!.indicator).toBeNull();
    expect(valued(facts, 0.061)!.indicator).toBeNull();
  });

  it("keeps the car industry in another place of the list", () => {
    const facts = read("1-5月,电子信息制造业和汽车制造业总产值分别增长4.5%和10.7%。");
    expect(valued(facts, 0.045)!.indicator).toBeNull();
    expect(valued(facts, 0.107)).toMatchObject({ indicator: "AUTO_VALUE" });
  });
});
