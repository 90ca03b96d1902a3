import { buildDataset } from "../../src/core/dataset/build";
import { CustomFunctionsError, installRuntime } from "../../src/cli/custom-functions-runtime";
import { initSharedStore, resetSharedStore, type Store } from "../../src/functions/store";
import { seedDocuments } from "./seeds";

installRuntime();

export { CustomFunctionsError };

export function freshStore(): Store {
  resetSharedStore();
  const dataset = buildDataset(seedDocuments());
  return initSharedStore({ documents: dataset.documents, facts: dataset.facts });
}

export interface FakeInvocation {
  results: unknown[];
  setResult(value: unknown): void;
  onCanceled?: () => void;
}

export function invocation(): FakeInvocation {
  const results: unknown[] = [];
  return { results, setResult: (value) => results.push(value) };
}

/** Calls one of the exported custom functions the way Excel does and returns its first result. */
export function call(fn: (...args: never[]) => void, ...args: unknown[]): unknown {
  const inv = invocation();
  const arity = fn.length - 1;
  const padded = Array.from({ length: arity }, (_, i) => (i < args.length ? args[i] : null));
  (fn as (...a: unknown[]) => void)(...padded, inv);
  inv.onCanceled?.();
  return inv.results[0];
}
