/** plan-tracker eval: runs one SH formula with the same function code Excel runs. */
import { buildDataset } from "../core/dataset/build";
import { FormulaError, parseFormula } from "../functions/formula";
import { initSharedStore } from "../functions/store";
import { loadSeeds } from "./documents";
import { reportedFigures } from "./figures";
import { CustomFunctionsError, installRuntime } from "./custom-functions-runtime";
import type { Io } from "./main";

type Exported = Record<string, (...args: unknown[]) => void>;

let loaded: Exported | null = null;

function functionsModule(): Exported {
  if (!loaded) {
    installRuntime();
    const dataset = buildDataset(loadSeeds(), reportedFigures().rows);
    initSharedStore({ documents: dataset.documents, facts: dataset.facts });

    const module = require("../functions/functions") as Exported;
    loaded = {};
    for (const [name, fn] of Object.entries(module)) if (typeof fn === "function") loaded[name.toUpperCase()] = fn;
  }
  return loaded;
}

/** Calls an SH function as Excel would and returns the first result it sets. */
export function evaluate(formula: string): { value?: unknown; error?: { code: string; message: string } } {
  const call = parseFormula(formula);
  const functions = functionsModule();
  const fn = functions[call.name];
  if (!fn)
    throw new FormulaError(
      `SH.${call.name} is not a Plan Tracker function; functions: ${Object.keys(functions).join(", ")}`,
    );
  const arity = fn.length - 1;
  if (call.args.length > arity)
    throw new FormulaError(`SH.${call.name} takes at most ${arity} arguments, got ${call.args.length}`);
  let result: unknown;
  const invocation = { setResult: (value: unknown) => (result ??= value), onCanceled: undefined as unknown };
  const args = Array.from({ length: arity }, (_, i) => call.args[i] ?? null);
  fn(...args, invocation);
  (invocation.onCanceled as (() => void) | undefined)?.();
  if (result instanceof CustomFunctionsError) return { error: { code: result.code, message: result.message ?? "" } };
  return { value: result };
}

function show(value: unknown): string {
  if (Array.isArray(value)) return value.map((row) => (row as unknown[]).join("\t")).join("\n");
  if (typeof value === "number") return String(Number(value.toPrecision(12)));
  if (typeof value === "boolean") return value ? "TRUE" : "FALSE";
  return String(value);
}

export function evalCommand(argv: string[], io: Io): number {
  if (argv.length !== 1) {
    io.err(`plan-tracker eval: give one formula in quotes, e.g. plan-tracker eval '=SH.TARGET("IC",2025)'`);
    return 2;
  }
  try {
    const { value, error } = evaluate(argv[0]);
    if (error) {
      io.out(`${error.code}: ${error.message}`);
      return 1;
    }
    io.out(show(value));
    return 0;
  } catch (error) {
    if (error instanceof FormulaError) {
      io.err(`plan-tracker eval: ${error.message}`);
      return 2;
    }
    throw error;
  }
}
