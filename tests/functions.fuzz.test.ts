import * as sh from "../src/functions/functions";
import { call, CustomFunctionsError, freshStore } from "./helpers/excel-functions";

freshStore();

/** A small deterministic generator, so a failure can be replayed. */
function generator(seed: number) {
  let state = seed;
  return () => {
    state = (state * 1103515245 + 12345) % 2147483648;
    return state / 2147483648;
  };
}

const SAMPLES: unknown[] = [
  "IC",
  "nev",
  "integrated circuits",
  "GIPC2022",
  "SCE2021",
  "XX",
  "",
  " ",
  "cagr",
  "projection",
  "value",
  "share",
  "IC",
  "comparator",
  "offline",
  "Shanghai",
  "Beijing",
  "14FYP",
  "15fyp",
  "16FYP",
  "=1+1",
  "\u0000",
  "x".repeat(5000),
  2025,
  2020,
  2023,
  1899,
  2201,
  -5,
  0,
  2025.5,
  1e308,
  -1e308,
  NaN,
  Infinity,
  -Infinity,
  true,
  false,
  null,
  undefined,
  [[2025]],
  [["IC"]],
  [
    [1, 2],
    [3, 4],
  ],
  [[[]]],
  [],
  {},
];

describe("no SH function ever throws, whatever Excel passes", () => {
  const functions = Object.entries(sh).filter(([, fn]) => typeof fn === "function") as [
    string,
    (...args: never[]) => void,
  ][];

  it("answers thousands of random argument combinations with a value or an Excel error that has a message", () => {
    const random = generator(20261122);
    let errors = 0;
    let values = 0;
    for (let i = 0; i < 6000; i++) {
      const [name, fn] = functions[i % functions.length];
      const args = Array.from({ length: fn.length - 1 }, () => SAMPLES[Math.floor(random() * SAMPLES.length)]);
      // Most formulas leave the trailing optional argument (the plan id, mostly) out.
      if (args.length > 1 && random() < 0.5) args[args.length - 1] = null;
      let result: unknown;
      expect(() => (result = call(fn, ...args))).not.toThrow();
      if (result instanceof CustomFunctionsError) {
        errors++;
        expect(["#N/A", "#VALUE!", "#NUM!"]).toContain(result.code);
        expect(typeof result.message).toBe("string");
        expect(result.message!.length).toBeGreaterThan(5);
      } else {
        values++;
        const ok =
          (typeof result === "number" && Number.isFinite(result)) ||
          typeof result === "string" ||
          typeof result === "boolean" ||
          Array.isArray(result);
        if (!ok) throw new Error(`${name}(${JSON.stringify(args)}) returned ${String(result)}`);
      }
    }
    expect(errors).toBeGreaterThan(100);
    // enough real answers to show the random arguments reach the code behind the checks (every plan id included)
    expect(values).toBeGreaterThan(50);
  });
});
