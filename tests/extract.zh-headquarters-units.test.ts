// Headquarters and R&D centres counted in the English extractor's words: 地区总部 / 区域总部 / 亚洲区以上总部 are
// 'regional headquarters', 研发中心 'R&D centers', whether the number comes before (12家跨国公司地区总部, a firm's
// word going on into the headquarters) or after (外资研发中心480家); one count of both (35家地区总部和研发中心)
// counts firms. Sentences are our own.
import { extractChinese } from "../src/core/extract/zh";
import type { Fact } from "../src/core/types";
import { oneWithValue } from "./helpers/read-facts";

const read = (text: string, date = "2025-04-18"): Fact[] =>
  extractChinese(text, { doc: "zh.txt", date, region: "Shanghai" });

describe("headquarters and R&D centres", () => {
  it("counts each with its own noun, the number before it", () => {
    const facts = read("市政府为22家跨國公司地區總部、8家外資研發中心颁发证书。");
    expect(oneWithValue(facts, 22)).toMatchObject({ unit: "regional headquarters" });
    expect(oneWithValue(facts, 8)).toMatchObject({ unit: "R&D centers" });
  });

  it("counts each with its own noun, the number after it", () => {
    const facts = read(
      "本市累计认定跨国公司地区总部1010家、外资研发中心615家，其中亚洲区以上总部140家、全球研发中心21家。",
    );
    expect(oneWithValue(facts, 1010)).toMatchObject({ unit: "regional headquarters" });
    expect(oneWithValue(facts, 615)).toMatchObject({ unit: "R&D centers" });
    expect(oneWithValue(facts, 140)).toMatchObject({ unit: "regional headquarters" });
    expect(oneWithValue(facts, 21)).toMatchObject({ unit: "R&D centers" });
  });

  it("a region's headquarters written 区域总部 are regional too", () => {
    expect(oneWithValue(read("其中，区域总部7家。"), 7)).toMatchObject({ unit: "regional headquarters" });
  });

  it("centres counted with 个 are R&D centres", () => {
    expect(oneWithValue(read("全区新增6个研发中心。"), 6)).toMatchObject({ unit: "R&D centers" });
  });

  it("one count of both, or both before a pair of numbers, counts firms", () => {
    expect(oneWithValue(read("为35家跨国公司地区总部和外资研发中心颁证。"), 35)).toMatchObject({ unit: "enterprises" });
    const pair = read("地区总部和外资研发中心累计分别达到1010家和615家。");
    expect(oneWithValue(pair, 1010)).toMatchObject({ unit: "enterprises" });
  });

  it("companies that set up a headquarters elsewhere are companies", () => {
    expect(oneWithValue(read("有12家将中国总部设在上海。"), 12)).toMatchObject({ unit: "enterprises" });
  });
});
