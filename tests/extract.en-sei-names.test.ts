import { read } from "./helpers/read-facts";

/**
 * The strategic emerging industries' share of industrial output is named in English as "strategic emerging
 * industries", but also as their sectors, in the singular, or as "strategic new industries"; the group's growth is no
 * share and stays unlinked.
 */
const links = (text: string) => read(text, "2026-02-01").map((f) => [f.value, f.measure, f.year, f.indicator]);

describe("the strategic emerging industries' share under other names", () => {
  it.each([
    [
      "In 2025 the output of the city's strategic emerging sectors climbed 7 percent, making up 46 percent of the total output of large industrial firms. This was up from 44.2 percent in 2024.",
      [
        [0.07, "growth", 2025, null],
        [0.46, "share", 2025, "SEI_SHARE"],
        [0.442, "share", 2024, "SEI_SHARE"],
      ],
    ],
    [
      "The strategic emerging industry represented 41.5% of the gross output of industrial enterprises above designated size in 2023.",
      [[0.415, "share", 2023, "SEI_SHARE"]],
    ],
    [
      "Strategic new industries made up 40 percent of total industrial output last year.",
      [[0.4, "share", 2025, "SEI_SHARE"]],
    ],
    [
      "Each strategic emerging sector is to grow faster, lifting their share of above-scale industrial output to 47 percent by 2027.",
      [[0.47, "share", 2027, "SEI_SHARE"]],
    ],
  ])("%s", (text, expected) => {
    expect(links(text)).toEqual(expected);
  });
});
