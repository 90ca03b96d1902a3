import { read } from "./helpers/read-facts";

/**
 * Destinations, developers, LLMs and GPUs are counted; developers name no kind alone and keep the one word that classes them
 * ("LLM developers", "game developers"), while a size or novelty word does not class them ("new developers").
 */
const units = (text: string) => read(text, "2024-07-20").map((f) => [f.value, f.unit]);

describe("counts of destinations and developers", () => {
  it.each([
    ["More than 60 LLM developers have set up offices in the zone.", [[60, "LLM developers"]]],
    ["The expo drew 45 game developers from abroad.", [[45, "game developers"]]],
    ["Another 20 new developers joined the alliance in 2023.", [[20, "developers"]]],
    ["The airport now serves 240 passenger and cargo destinations.", [[240, "destinations"]]],
    ["Eight new international flight destinations were opened this spring.", [[8, "destinations"]]],
    ["Flights to 35 destinations in Europe were resumed.", [[35, "destinations"]]],
    ["Thirty-one LLMs have been filed with the regulator so far.", [[31, "LLMs"]]],
    ["The city is home to 40 LLMs trained by local firms.", [[40, "LLMs"]]],
    ["The zone hosts 1,200 GPUs across three data centres.", [[1200, "GPUs"]]],
  ])("%s", (text, expected) => {
    expect(units(text)).toEqual(expected);
  });
});

describe("units sold in a story about cars are vehicles", () => {
  it.each([
    [
      "Carmakers in China sold 9 million new energy vehicles last year. Analysts expect that 12.5 million units will be sold in 2025.",
      [
        [9e6, "vehicles"],
        [12.5e6, "vehicles"],
      ],
    ],
    [
      "Tesla's Shanghai plant had a busy spring. In the second quarter 250,000 units were delivered to buyers.",
      [[250000, "vehicles"]],
    ],
    ["The solar industry grew fast. Some 3 million units were shipped in 2023.", [[3e6, "units"]]],
  ])("%s", (text, expected) => {
    expect(units(text)).toEqual(expected);
  });
});
