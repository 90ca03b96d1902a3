// Chinese pages that quote a research report by its title, and that call something the nation's first of its kind.
// All sentences are our own, in the style of the pages read.
import { oneWithValue, read } from "./helpers/read-facts";

describe("a research report's title names the years it covers, no time of its figures", () => {
  it("《2024-2029年…前景预测报告》…预计突破… is of the paragraph's year, not the title's last", () => {
    const text =
      "2024年，上海新材料产业保持较快增长。根据某咨询机构发布的《2024-2029年上海新材料行业市场前景预测报告》，" +
      "上海新材料产业规模预计突破3500亿元，其中集成电路材料规模达到600亿元。";
    const facts = read(text, "2024-05-10");
    expect(oneWithValue(facts, 3500e8)).toMatchObject({ kind: "target", year: 2024, comparator: ">" });
    expect(oneWithValue(facts, 600e8).year).toBe(2024);
  });

  it("a plan's title keeps its years (《…行动方案（2024-2027年）》)", () => {
    const facts = read(
      "《上海市新材料产业发展行动方案（2024-2027年）》提出，新材料产业规模突破3500亿元。",
      "2024-05-10",
    );
    expect(oneWithValue(facts, 3500e8)).toMatchObject({ kind: "target", year: 2027 });
  });
});

describe("the nation's first of a kind is no owner of a figure", () => {
  it("建设全国首批…示范区，累计推广新能源汽车… is the city's fleet", () => {
    const facts = read("汽车产业方面，建设全国首批智能网联汽车示范区，累计推广新能源汽车80万辆以上。", "2024-09-10");
    expect(oneWithValue(facts, 80e4)).toMatchObject({ indicator: "NEV_STOCK", region: "Shanghai", comparator: ">=" });
  });

  it("全国首个…，集成电路产业规模… is the city's; 全国…产量 stays the nation's", () => {
    const own = read("建成全国首个集成电路设计示范区，集成电路产业规模达到3000亿元。", "2024-09-10");
    expect(oneWithValue(own, 3000e8)).toMatchObject({ indicator: "IC", region: "Shanghai" });
    const nation = read("2023年，全国新能源汽车产量达到958万辆。", "2024-09-10");
    expect(oneWithValue(nation, 958e4)).toMatchObject({ region: "China" });
  });
});
