// Places listed with their rates after a growth (全国增长1.8%，20个省市正增长(甲地4.1%、乙地3.6%…)): each rate is a
// growth, as the percentage before it is, and each is its own place's, not the group's nor the places before it
// joined. Sentences are our own.
import { extractChinese } from "../src/core/extract/zh";
import type { Fact } from "../src/core/types";
import { oneWithValue } from "./helpers/read-facts";

const read = (text: string, date = "2021-11-20"): Fact[] =>
  extractChinese(text, { doc: "zh.txt", date, region: "Shanghai" });

describe("places listed with their rates after a growth", () => {
  const text = "1-10月全国规上工业增长2.6%，22个省市正增长(江苏5.1%、浙江4.2%、北京0.3%、广州2%)。";

  it("each rate is a growth of its own place", () => {
    const facts = read(text);
    for (const [value, region] of [
      [0.051, "Jiangsu"],
      [0.042, "Zhejiang"],
      [0.003, "Beijing"],
      [0.02, "Guangzhou"],
    ] as const)
      expect(oneWithValue(facts, value)).toMatchObject({
        measure: "growth",
        region,
        year: 2021,
        period: { from: 1, to: 10 },
      });
  });

  it("a share listed by places after a share stays a share", () => {
    const facts = read("全国软件收入中，东部地区占比为80.1%，北京21.5%、广东15.2%。");
    expect(oneWithValue(facts, 0.215)).toMatchObject({ measure: "share", region: "Beijing" });
  });
});
