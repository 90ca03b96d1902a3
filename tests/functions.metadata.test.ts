import { generateCustomFunctionsMetadata } from "custom-functions-metadata";
import * as path from "path";
import { FUNCTION_NAMES } from "../src/functions/engine";

describe("custom function metadata generated from the JSDoc", () => {
  let metadata: {
    functions: {
      id: string;
      name: string;
      description: string;
      helpUrl?: string;
      parameters: { name: string; description?: string; optional?: boolean }[];
      options?: { stream?: boolean };
      result: { dimensionality?: string };
    }[];
  };

  beforeAll(async () => {
    const result = await generateCustomFunctionsMetadata(
      path.join(__dirname, "..", "src", "functions", "functions.ts"),
      true,
    );
    expect(result.errors).toEqual([]);
    metadata = JSON.parse(result.metadataJson);
  });

  it("has every DESIGN.md function, with upper-case ids and names", () => {
    expect(metadata.functions.map((f) => f.id).sort()).toEqual([...FUNCTION_NAMES].sort());
    for (const fn of metadata.functions) {
      expect(fn.name).toBe(fn.id);
      expect(fn.id).toBe(fn.id.toUpperCase());
    }
  });

  it("describes every function and parameter, and links each to its README section", () => {
    for (const fn of metadata.functions) {
      expect(fn.description.length).toBeGreaterThan(20);
      expect(fn.helpUrl).toBe(`https://localhost:3000/help.html#sh${fn.id.toLowerCase()}`);
      for (const parameter of fn.parameters) expect(parameter.description?.length ?? 0).toBeGreaterThan(5);
    }
  });

  it("streams every function so formulas follow the store, and spills SH.INDICATORS", () => {
    for (const fn of metadata.functions) expect(fn.options?.stream).toBe(true);
    expect(metadata.functions.find((f) => f.id === "INDICATORS")!.result.dimensionality).toBe("matrix");
    const target = metadata.functions.find((f) => f.id === "TARGET")!;
    expect(target.parameters.map((p) => [p.name, Boolean(p.optional)])).toEqual([
      ["code", false],
      ["year", true],
      ["region", true],
      ["plan", true],
    ]);
  });
});
