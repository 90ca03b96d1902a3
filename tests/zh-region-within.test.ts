// The place named in a stretch of a Chinese sentence (a figure's clause, the words before a figure): found once per
// sentence (regionWithin), it must be what the stretch alone names (regionIn of that text). Sentences are our own.
import { regionIn, regionWithin } from "../src/core/extract/zh/cues";
import { splitSentences } from "../src/core/extract/zh/segments";

/** regionWithin and regionIn for every stretch of every sentence of the text. */
function bothForEveryStretch(text: string): [string | undefined, string | undefined][] {
  const answers: [string | undefined, string | undefined][] = [];
  for (const sentence of splitSentences(text, 0, text.length))
    for (let from = sentence.start; from <= sentence.end; from++)
      for (let to = from; to <= sentence.end; to++)
        answers.push([regionWithin(text, sentence, from, to), regionIn(text.slice(from, to))]);
  return answers;
}

const sentenceOf = (text: string) => splitSentences(text, 0, text.length)[0];

describe("the place named in a stretch of a sentence", () => {
  it("is the last place named before a figure, not one named after it", () => {
    const text = "北京市软件收入增长12.1%，上海市增长10.4%，江苏省增长9.8%。";
    const sentence = sentenceOf(text);
    expect(regionWithin(text, sentence, sentence.start, text.indexOf("12.1"))).toBe("Beijing");
    expect(regionWithin(text, sentence, sentence.start, text.indexOf("10.4"))).toBe("Shanghai");
    expect(regionWithin(text, sentence, sentence.start, text.indexOf("9.8"))).toBe("Jiangsu");
    const second = sentence.clauses[1];
    expect(regionWithin(text, sentence, second.start, second.end)).toBe("Shanghai");
  });

  it("is no place when the stretch ends inside a place name (黑龙|江)", () => {
    const text = "黑龙江省工业增加值增长5%，内蒙古增长6%。";
    const sentence = sentenceOf(text);
    expect(regionWithin(text, sentence, 0, 2)).toBeUndefined();
    expect(regionWithin(text, sentence, 0, 3)).toBe("Heilongjiang");
    expect(regionWithin(text, sentence, 1, 9)).toBeUndefined();
  });

  it("is China for the nation as subject, and not when 全国 is only compared with", () => {
    const text = "全国新能源汽车产量增长30%，高于全国平均水平的上海增长40%；我国出口增长20%。";
    for (const [fast, slow] of bothForEveryStretch(text)) expect(fast).toBe(slow);
    const [first, second] = splitSentences(text, 0, text.length);
    expect(regionWithin(text, first, first.start, text.indexOf("30%"))).toBe("China");
    expect(regionWithin(text, second, second.start, text.indexOf("20%"))).toBe("China");
  });

  it("reads 沪 and 渝 only as places (来沪投资, 赴渝), in every stretch as the stretch alone would", () => {
    const text = "今年以来来沪投资的外资项目超过800个，赴渝企业增长15%，沪硅产业营收增长9%，广东和浙江分别增长8%和7%。";
    const answers = bothForEveryStretch(text);
    for (const [fast, slow] of answers) expect(fast).toBe(slow);
    expect(answers.map(([fast]) => fast)).toContain("Chongqing");
    expect(answers.map(([fast]) => fast)).toContain("Zhejiang");
  });
});
