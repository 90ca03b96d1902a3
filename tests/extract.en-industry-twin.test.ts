import { read } from "./helpers/read-facts";

/** A series that counts what is made (NEV output, in vehicles), named as an industry, is the industry's value. */
describe("new energy vehicles named as an industry are the industry's value", () => {
  const links = (text: string) => read(text, "2024-02-01").map((f) => [f.value, f.indicator]);

  it.each([
    [
      "In 2023, the output of new energy vehicles and biomedicine industries grew 18.2 percent and 6.4 percent, respectively.",
      [
        [0.182, "NEV_VALUE"],
        [0.064, "BIO"],
      ],
    ],
    ["Output of the new-energy vehicle sector rose 24 percent last year.", [[0.24, "NEV_VALUE"]]],
    [
      "In 2023 the city's new-energy vehicle and smart-equipment sectors expanded 21 percent and 9 percent respectively.",
      [
        [0.21, "NEV_VALUE"],
        [0.09, null],
      ],
    ],
  ])("%s", (text, expected) => {
    expect(links(text)).toEqual(expected);
  });

  it.each([
    "NEV output rose 12.4 percent to 318,000 units in 2023.",
    "Shanghai produced 702,300 new energy vehicles in 2023, up 18.4 percent year-on-year.",
  ])("keeps the vehicles' own growth on the count series: %s", (text) => {
    expect(links(text).find((f) => f[1] !== null)?.[1]).toBe("NEV");
  });
});
