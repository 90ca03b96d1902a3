/**
 * Whose document it is when the analyst gives no region: the place its title names, or the place its opening names
 * and the text names again (src/core/extract/document-region.ts). Every sentence and figure here is invented.
 */
import * as fs from "fs";
import * as path from "path";
import { extract, regionOfDocument } from "../src/core/extract";

const zhReport = [
  "市长在临江市第九届人民代表大会第二次会议上的政府工作报告",
  "（2026年1月20日 上海市人民代表大会）",
  "上海市市长 王某",
  "各位代表：下面报告一年来的工作和今年的安排。",
  "一、2025年工作回顾",
  "过去一年，全市生产总值达到5.91万亿元，同比增长5.3%。",
].join("\n");

describe("a document with no region given", () => {
  test("a Shanghai work report's whole-city figures are Shanghai's series", () => {
    const facts = extract(zhReport, { doc: "report.txt", date: "2026-01-25" });
    const gdp = facts.find((f) => f.value === 5.91e12)!;
    expect(gdp).toMatchObject({ region: "Shanghai", indicator: "GDP", kind: "actual", year: 2025 });
    expect(facts.find((f) => f.value === 0.053)).toMatchObject({ region: "Shanghai", indicator: "GDP_GROWTH" });
  });

  test("a district's work report is the district's: its output links to no city series", () => {
    const text = [
      "2026年政府工作报告",
      "——在浦东新区第八届人民代表大会第二次会议上",
      "浦东新区区长 李明",
      "浦东新区人民政府向大会报告一年来的工作。",
      "过去一年，地区生产总值达到1.92万亿元，增长5.6%。",
    ].join("\n");
    const gdp = extract(text, { doc: "district.txt", date: "2026-01-10" }).find((f) => f.value === 1.92e12)!;
    expect(gdp).toMatchObject({ region: "Pudong", indicator: null, kind: "actual" });
  });

  test("an English story about Shanghai reads the city's figures as Shanghai's", () => {
    const text = [
      "Shanghai's economy picks up speed in the third quarter",
      "Officials said on Monday that the city's GDP grew 5.4 percent year-on-year in the first three quarters.",
      "Shanghai also expects its industrial output to rise further in the fourth quarter.",
    ].join("\n");
    const growth = extract(text, { doc: "story.txt", date: "2025-10-20" }).find((f) => f.value === 0.054)!;
    expect(growth).toMatchObject({ region: "Shanghai", indicator: "GDP_GROWTH", period: { from: 1, to: 9 } });
  });

  test("a place named once in passing gives the document no region", () => {
    const text = [
      "Chipmakers report a busy quarter",
      "After a trade fair in Beijing, the makers said total revenue rose 8.1 percent in 2024.",
    ].join("\n");
    const rate = extract(text, { doc: "passing.txt", date: "2025-03-01" }).find((f) => f.value === 0.081)!;
    expect(rate.indicator).toBeNull();
    expect(rate.region).not.toBe("Shanghai");
  });

  test("the region the analyst gives wins over the text's", () => {
    const gdp = extract(zhReport, { doc: "report.txt", date: "2026-01-25", region: "Chongqing" }).find(
      (f) => f.value === 5.91e12,
    )!;
    expect(gdp.region).toBe("Chongqing");
    expect(gdp.indicator).toBeNull();
  });
});

describe("the region read from the text against the regions analysts gave", () => {
  test.each(["seeds", "tests/fixtures/own-docs", "tests/fixtures/zh-docs"])(
    "%s: where a region is read, it is the one documents.json gives",
    (dir) => {
      const infos: { file: string; region: string }[] = JSON.parse(
        fs.readFileSync(path.join(dir, "documents.json"), "utf8"),
      );
      const read = infos
        .filter((info) => /\.(txt|md)$/.test(info.file))
        .map((info) => ({ info, region: regionOfDocument(fs.readFileSync(path.join(dir, info.file), "utf8")) }))
        .filter(({ region }) => region !== null);
      expect(read.length).toBeGreaterThanOrEqual(5);
      for (const { info, region } of read) expect(`${info.file}: ${region}`).toBe(`${info.file}: ${info.region}`);
    },
  );
});
