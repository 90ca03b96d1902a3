// Chinese signing reports: a period's count of projects over 100 million yuan is the catalog's series, a total said
// to include this edition's signings after a clause of its own time is the event's, and the catalog's other names of
// the leading industries and the car industry. All sentences are our own, in the style of the reports read.
import { oneWithValue, read } from "./helpers/read-facts";

const EVENT = "2024上海全球投资促进大会3月28日举行，41个项目现场签约，总投资812亿元。";

describe("a period's count of projects over 100 million yuan (INVEST_PROJ)", () => {
  it("今年以来累计签约亿元以上重大产业项目…个、总投资… is the year-to-date series, a result, no signing", () => {
    const text = EVENT + "今年以来，全市累计签约亿元以上重大产业项目286个、总投资1730亿元。";
    const facts = read(text, "2024-03-29");
    expect(oneWithValue(facts, 286)).toMatchObject({
      indicator: "INVEST_PROJ",
      kind: "actual",
      unit: "projects",
      year: 2024,
      period: { from: 1, to: 3 },
    });
    expect(oneWithValue(facts, 1730e8)).toMatchObject({ indicator: null, kind: "actual", period: { from: 1, to: 3 } });
    expect(oneWithValue(facts, 41)).toMatchObject({ indicator: "GIPC2024", kind: "signing" });
  });

  it("1-5月 or a year's count the same; the count with no time of its own stays the event's signing", () => {
    const months = read("1-5月，本市新签约亿元以上产业项目198个。", "2024-06-12");
    expect(oneWithValue(months, 198)).toMatchObject({
      indicator: "INVEST_PROJ",
      kind: "actual",
      period: { from: 1, to: 5 },
    });
    const event = read("2024上海全球投资促进大会3月28日举行。大会现场签约亿元以上产业项目57个。", "2024-03-29");
    expect(oneWithValue(event, 57)).toMatchObject({ indicator: "GIPC2024", kind: "signing" });
  });

  it("a count of projects over a billion yuan each is no such series", () => {
    const facts = read("今年以来，全市累计签约十亿元以上重大产业项目35个。", "2024-05-10");
    expect(oneWithValue(facts, 35).indicator).not.toBe("INVEST_PROJ");
  });
});

describe("a total of the event after a clause of its own time", () => {
  it("今年以来累计签约…，近期又梳理出…签约项目…个、总投资…，包括此次大会现场签约的… is this edition's", () => {
    const text =
      EVENT +
      "今年以来，全市累计签约产业项目240个，近期又梳理出重大招商签约项目150个、总投资2960亿元，包括此次大会现场签约的41个项目。";
    const facts = read(text, "2024-03-29");
    expect(oneWithValue(facts, 240)).toMatchObject({ indicator: null, kind: "signing" });
    expect(oneWithValue(facts, 150)).toMatchObject({ indicator: "GIPC2024", kind: "signing", unit: "projects" });
    expect(oneWithValue(facts, 2960e8)).toMatchObject({ indicator: "GIPC2024", kind: "signing", unit: "CNY" });
  });
});

describe("other names of catalog series", () => {
  it("三大主导产业 is the three leading industries (LEAD3), as 三大先导产业", () => {
    const facts = read("2023年，本市三大主导产业总规模达到1.6万亿元。", "2024-02-10");
    expect(oneWithValue(facts, 1.6e12)).toMatchObject({ indicator: "LEAD3", kind: "actual", year: 2023 });
  });

  it("汽车行业产值 and its growth are the car industry's output value (AUTO_VALUE)", () => {
    const facts = read("1-9月，汽车行业产值4620亿元，增长5.2%，拉动全市工业增长0.9个百分点。", "2024-10-25");
    expect(oneWithValue(facts, 4620e8)).toMatchObject({ indicator: "AUTO_VALUE", period: { from: 1, to: 9 } });
    expect(oneWithValue(facts, 0.052)).toMatchObject({ indicator: "AUTO_VALUE", measure: "growth" });
  });
});
