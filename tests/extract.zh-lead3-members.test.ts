// The three leading industries' output growth, as the statistics bureau measures it: the growth of the group's
// manufacturing (or industrial) output links LEAD3, and each member's output growth links the member (IC, AI; the
// biomedicine manufacturing series BIO_MFG where it is named so); the output's level stays no industry scale, and
// other segments (设计业, 服务业) stay no member. All sentences are our own.
import { extractChinese } from "../src/core/extract/zh";
import type { Fact } from "../src/core/types";

const read = (text: string, date = "2024-10-25"): Fact[] => {
  const facts = extractChinese(text, { doc: "zh.txt", date, region: "Shanghai" });
  for (const fact of facts) expect(text.slice(fact.start, fact.end)).toBe(fact.quote);
  return facts;
};
const links = (text: string) => read(text).map((f) => [f.value, f.measure, f.indicator]);

describe("the group's manufacturing output growth is LEAD3's growth", () => {
  it.each([
    ["前三季度,全市三大先导产业制造业产值同比增长7.2%,比上半年提高1.1个百分点。", 0.072],
    ["上半年,三大先导产业制造业实现总产值较上年同期增长5.5%。", 0.055],
    ["集成电路、人工智能、生物医药三大产业制造业产值比上年增长14.4%。", 0.144],
    ["人工智能、生物医药和集成电路整体制造业产值增长7.9%,高于全市工业2.1个百分点。", 0.079],
  ])("%s", (text, value) => {
    expect(links(text)).toEqual([[value, "growth", "LEAD3"]]);
  });

  it("keeps the period the sentence names", () => {
    const [fact] = read("前三季度,全市三大先导产业制造业产值同比增长7.2%。");
    expect(fact).toMatchObject({ indicator: "LEAD3", kind: "actual", year: 2024, period: { from: 1, to: 9 } });
  });
});

describe("a member's output growth is the member's growth", () => {
  it.each([
    [
      "1-9月,三大先导产业工业总产值增长6.4%;其中,集成电路制造业产值增长16.2%,生物医药制造业产值增长2.7%。",
      [
        [0.064, "growth", "LEAD3"],
        [0.162, "growth", "IC"],
        [0.027, "growth", "BIO_MFG"],
      ],
    ],
    [
      "上半年,三大先导产业制造业实现总产值较上年同期增长5.5%。其中,人工智能产业产值增长9.8%,集成电路产业产值增长12.1%。",
      [
        [0.055, "growth", "LEAD3"],
        [0.098, "growth", "AI"],
        [0.121, "growth", "IC"],
      ],
    ],
    [
      "今年一季度,三大先导产业制造业产值增长4.2%,其中人工智能、集成电路产值分别增长8.4%和10.6%。",
      [
        [0.042, "growth", "LEAD3"],
        [0.084, "growth", "AI"],
        [0.106, "growth", "IC"],
      ],
    ],
    [
      "前三季度,人工智能制造业增长11.5%,生物医药制造业增长2.2%,集成电路制造业增长10.4%。",
      [
        [0.115, "growth", "AI"],
        [0.022, "growth", "BIO_MFG"],
        [0.104, "growth", "IC"],
      ],
    ],
  ])("%s", (text, expected) => {
    expect(links(text)).toEqual(expected);
  });

  it.each([
    ["三大先导产业中,集成电路制造业表现突出,产值同比增长13.9%。", 0.139, "IC"],
    ["三大先导产业中,人工智能制造业势头强劲,产值同比大涨12.1%。", 0.121, "AI"],
    ["今年以来集成电路制造业持续发力,产值激增21.4%。", 0.214, "IC"],
  ])("a clause opening with 产值 goes on about the member named before it: %s", (text, value, code) => {
    expect(links(text)).toEqual([[value, "growth", code]]);
  });
});

describe("a rate compared with last year's (远超 / 快于 去年同期的…) leaves the sentence in the period carried", () => {
  it.each([
    [
      "2025年前三季度,全市工业增加值增长4.0%。三大先导产业中,集成电路制造业表现突出,产值同比增长13.9%,远超去年同期的4.1%。",
      0.139,
      "IC",
      9,
    ],
    ["2025年上半年,全市工业增加值增长3.6%。人工智能制造业产值增长10.5%,快于去年同期的6.0%。", 0.105, "AI", 6],
    ["2025年一季度,全市工业增加值增长2.9%。三大先导产业制造业产值增长6.6%,远超上年同期的1.8%。", 0.066, "LEAD3", 3],
  ])("%s", (text, value, code, to) => {
    const fact = read(text, "2025-10-20").find((f) => f.value === value);
    expect(fact).toMatchObject({ indicator: code, year: 2025, period: { from: 1, to } });
  });
});

describe("what stays no member's growth", () => {
  it("leaves the output's level unlinked, while its growth is the group's or the member's", () => {
    expect(links("前三季度,三大先导产业制造业产值达到6500亿元,同比增长7.0%。")).toEqual([
      [650e9, "level", null],
      [0.07, "growth", "LEAD3"],
    ]);
    expect(links("去年全市集成电路制造业产值达到1200亿元,增长9.1%。")).toEqual([
      [120e9, "level", null],
      [0.091, "growth", "IC"],
    ]);
  });

  it("leaves segments other than manufacturing, and other industries' manufacturing, unlinked", () => {
    expect(links("上半年,人工智能服务业营业收入增长6.5%,集成电路设计业产值增长12.0%。")).toEqual([
      [0.065, "growth", null],
      [0.12, "growth", null],
    ]);
    expect(links("一季度,高技术制造业产值增长8.0%,其中电子信息制造业增长9.9%。")).toEqual([
      [0.08, "growth", null],
      [0.099, "growth", null],
    ]);
  });

  it("reads the members' 整体 as the group, for its scale too", () => {
    expect(links("集成电路、生物医药和人工智能整体规模超过1.6万亿元,总体增长10.2%。")).toEqual([
      [1.6e12, "level", "LEAD3"],
      [0.102, "growth", "LEAD3"],
    ]);
  });

  it("does not make two members alone a group", () => {
    expect(links("集成电路和人工智能整体制造业产值增长9.0%。")).toEqual([[0.09, "growth", null]]);
  });
});
