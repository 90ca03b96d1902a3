/** Argument checking for the SH functions: each helper returns the value or throws a FunctionError in words. */
import type { Method } from "../core/progress";

export type ErrorCode = "#N/A" | "#VALUE!" | "#NUM!";

/**
 * An Excel error with its message. Not an Error subclass on purpose: capturing a stack trace on every
 * #N/A would make a sheet full of lookups several times slower, and nobody reads these stacks.
 */
export class FunctionError {
  constructor(
    readonly code: ErrorCode,
    readonly message: string,
  ) {}
}

export function describe(value: unknown): string {
  if (value === null || value === undefined) return "nothing";
  if (Array.isArray(value)) return "a range";
  if (typeof value === "string") return `"${value.length > 40 ? `${value.slice(0, 40)}…` : value}"`;
  return String(value);
}

export function isOmitted(value: unknown): boolean {
  return value === null || value === undefined || (typeof value === "string" && value.trim() === "");
}

/** A single cell passed as a 1×1 range is the value itself. */
export function single(value: unknown, name: string): unknown {
  if (Array.isArray(value)) {
    if (value.length === 1 && Array.isArray(value[0]) && value[0].length === 1) return value[0][0];
    throw new FunctionError("#VALUE!", `${name} must be a single value, not a range`);
  }
  return value;
}

export function textArg(value: unknown, name: string): string;
export function textArg(value: unknown, name: string, optional: true): string | undefined;
export function textArg(value: unknown, name: string, optional = false): string | undefined {
  const v = single(value, name);
  if (isOmitted(v)) {
    if (optional) return undefined;
    throw new FunctionError("#VALUE!", `${name} is required`);
  }
  if (typeof v !== "string") throw new FunctionError("#VALUE!", `${name} must be text, got ${describe(v)}`);
  if (v.length > 200) throw new FunctionError("#VALUE!", `${name} is too long (${v.length} characters)`);
  return v.trim();
}

export function numberArg(value: unknown, name: string): number | undefined {
  const v = single(value, name);
  if (isOmitted(v)) return undefined;
  const n = typeof v === "number" ? v : typeof v === "string" && /^\s*-?\d+(\.\d+)?\s*$/.test(v) ? Number(v) : NaN;
  if (typeof v === "boolean" || !Number.isFinite(n))
    throw new FunctionError("#VALUE!", `${name} must be a number, got ${describe(v)}`);
  return n;
}

export function yearArg(value: unknown, name = "year"): number | undefined {
  const n = numberArg(value, name);
  if (n === undefined) return undefined;
  if (!Number.isInteger(n) || n < 1900 || n > 2200) {
    throw new FunctionError(
      "#VALUE!",
      `${name} must be a whole year between 1900 and 2200, got ${describe(single(value, name))}`,
    );
  }
  return n;
}

export function methodArg(value: unknown): Method {
  const method = textArg(value, "method", true)?.toLowerCase() ?? "cagr";
  if (method !== "cagr" && method !== "projection")
    throw new FunctionError("#VALUE!", `method must be "cagr" or "projection", got "${method}"`);
  return method;
}
