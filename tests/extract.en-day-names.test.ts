import { read } from "./helpers/read-facts";

/** Own sentences: a shopping day's name with "Double" in it is no multiple. */
describe("a day's name with 'Double'", () => {
  it("is no multiple, while a doubling in the same sentence still is", () => {
    const facts = read(
      "Promotions such as the “Double Seven Shopping Gala” and Double 12 drew crowds, and online sales doubled.",
      "2025-06-01",
    );
    expect(facts.map((f) => [f.value, f.measure, f.kind])).toEqual([[1, "growth", "actual"]]);
  });
});
