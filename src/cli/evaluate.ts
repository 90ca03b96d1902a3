/** plan-tracker eval: runs one SH formula with the same function code Excel runs. */
import { FormulaError, parseFormula } from "../functions/formula";
import { initSharedStore, resetSharedStore } from "../functions/store";
import { parseArgs } from "./args";
import { loadFigures, reportedFigures } from "./figures";
import type { Fact } from "../core/types";
import { INPUT_OPTIONS, inputDataset, readInputs, type Inputs } from "./inputs";
import { loadSeeds } from "./documents";
import { defaultCatalog } from "../core/catalog";
import { CustomFunctionsError, installRuntime } from "./custom-functions-runtime";
import type { Io } from "./main";

type Exported = Record<string, (...args: unknown[]) => void>;

let loaded: Exported | null = null;
let inputsInUse: Inputs | null = null;
let figuresInUse: Fact[] | null = null;

/** Evaluates later formulas over these inputs (--catalog, --docs; the figures of --data) instead of the seeds alone. */
export function useInputs(inputs: Inputs, figures: Fact[] | null = null): void {
  inputsInUse = inputs;
  figuresInUse = figures;
  loaded = null;
  resetSharedStore();
}

function functionsModule(): Exported {
  if (!loaded) {
    installRuntime();
    const inputs = inputsInUse ?? { catalog: defaultCatalog(), documents: loadSeeds(), added: 0, unreadable: 0 };
    const dataset = inputDataset(inputs, figuresInUse ?? reportedFigures(inputs.catalog).rows);
    initSharedStore({ documents: dataset.documents, facts: dataset.facts }, inputs.catalog);

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

export async function evalCommand(argv: string[], io: Io): Promise<number> {
  const { positional, options } = parseArgs(argv, { ...INPUT_OPTIONS, data: "any" });
  if (positional.length !== 1) {
    io.err(`plan-tracker eval: give one formula in quotes, e.g. plan-tracker eval '=SH.TARGET("IC",2025)'`);
    return 2;
  }
  if (options.catalog || options.docs || options.data) {
    const warn = (m: string) => io.err(`plan-tracker: ${m}`);
    const inputs = await readInputs(options, warn);
    // the shipped reported figures and the analyst's --data rows (bad rows are printed, good ones used)
    useInputs(inputs, (await loadFigures(options.data, warn, inputs.catalog)).facts);
  }
  try {
    const { value, error } = evaluate(positional[0]);
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
