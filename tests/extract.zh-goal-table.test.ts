// A plan execution report's table of the year's goals beside their results, flattened one cell a line (指标名称 / 属性
// / 全年目标 / 全年完成, then each row's name, attribute, goal and result): the goal cell is a target and the result cell
// an actual, both of the row's indicator and of the table's year; a cell of digits alone is read as Chinese like the
// cells around it. All sentences and figures are our own.
import { read, oneWithValue } from "./helpers/read-facts";

const TABLE = [
  "一、2023年国民经济和社会发展计划执行情况",
  "表一  2023年本市国民经济和社会发展主要目标完成情况",
  "指标名称",
  "属性",
  "全年目标",
  "全年完成",
  "全市生产总值",
  "预期性",
  "增长5.5%左右",
  "增长5.8%",
  "地方一般公共预算收入",
  "预期性",
  "增长3%",
  "增长4.1%",
  "工业战略性新兴产业总产值占规模以上工业总产值比重",
  "预期性",
  "42%左右",
  "41.5%",
  "单位建设用地生产总值",
  "约束性",
  "提高4%左右",
  "提高4.5%",
  "居民人均可支配收入",
  "预期性",
  "与经济增长同步",
  "增长6.2%",
].join("\n\n");

describe("a table of the year's goals and results", () => {
  const facts = read(TABLE, "2024-01-25", "Shanghai");

  it("reads each row's goal as a target and its result as an actual of the row's indicator", () => {
    expect(oneWithValue(facts, 0.055)).toMatchObject({
      indicator: "GDP_GROWTH",
      kind: "target",
      measure: "growth",
      year: 2023,
      comparator: "~",
      quote: "增长5.5%左右",
    });
    expect(oneWithValue(facts, 0.058)).toMatchObject({ indicator: "GDP_GROWTH", kind: "actual", year: 2023 });
    expect(oneWithValue(facts, 0.03)).toMatchObject({ indicator: "BUDGET_REV_GROWTH", kind: "target", year: 2023 });
    expect(oneWithValue(facts, 0.041)).toMatchObject({ indicator: "BUDGET_REV_GROWTH", kind: "actual", year: 2023 });
    expect(oneWithValue(facts, 0.42)).toMatchObject({ indicator: "SEI_SHARE", kind: "target", measure: "share" });
  });

  it("reads a result cell of digits alone as the row's, in the table's year", () => {
    expect(oneWithValue(facts, 0.415)).toMatchObject({
      indicator: "SEI_SHARE",
      kind: "actual",
      measure: "share",
      year: 2023,
      period: null,
      quote: "41.5%",
    });
  });

  it("links no series to a row named per unit of one, and keeps its columns' kinds", () => {
    expect(oneWithValue(facts, 0.04)).toMatchObject({ indicator: null, kind: "target", year: 2023 });
    expect(oneWithValue(facts, 0.045)).toMatchObject({ indicator: null, kind: "actual", year: 2023 });
  });

  it("counts a goal cell without a figure, so the row's result stays the result", () => {
    expect(oneWithValue(facts, 0.062)).toMatchObject({ indicator: null, kind: "actual", year: 2023 });
  });
});

describe("the table ends with the cells", () => {
  it("reads a sentence after the table by its own words", () => {
    const facts = read(`${TABLE}\n\n2024年，全市生产总值预计增长5%左右。`, "2024-01-25", "Shanghai");
    expect(oneWithValue(facts, 0.05)).toMatchObject({ indicator: "GDP_GROWTH", kind: "target", year: 2024 });
  });

  it("ends at the next section's heading, whose short lines are no cells", () => {
    const goals = "二、2024年主要预期目标\n\n全市生产总值增长5%左右\n\n地方一般公共预算收入增长2%";
    const facts = read(`${TABLE}\n\n${goals}`, "2024-01-25", "Shanghai");
    expect(oneWithValue(facts, 0.05)).toMatchObject({ indicator: "GDP_GROWTH", kind: "target", year: 2024 });
    expect(oneWithValue(facts, 0.02)).toMatchObject({ indicator: "BUDGET_REV_GROWTH", kind: "target", year: 2024 });
  });
});

describe("a line with no letters in a Chinese document", () => {
  it("reads a page's number (1/4) after a Chinese paragraph as no figure", () => {
    expect(read("全市生物医药产业规模达到9800亿元。\n\n1/4\n\n", "2025-02-20", "Shanghai").map((f) => f.value)).toEqual(
      [9.8e11],
    );
  });
});
