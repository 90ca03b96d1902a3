import { displayWidth, textTable } from "../src/cli/table";

describe("the command line's text tables", () => {
  it("counts a Chinese character as two terminal columns", () => {
    expect(displayWidth("集成电路")).toBe(8);
    expect(displayWidth("IC 2025")).toBe(7);
    expect(displayWidth("４．４％")).toBe(8);
  });

  it("lines up the column after a Chinese quote with the column after an English one", () => {
    const table = textTable(
      ["Quote", "Value"],
      [
        ["集成电路产业规模", "250"],
        ["IC industry scale", "480"],
      ],
    ).split("\n");
    const valueColumn = (line: string) => displayWidth(line.slice(0, line.search(/\d{3}$/)));
    expect(valueColumn(table[2])).toBe(valueColumn(table[3]));
    expect(table[2].endsWith("250")).toBe(true);
  });
});
