/** A small, strict command-line parser: --flag value, --flag=value, and positional arguments. */
import { dateProblem } from "../core/documents/calendar";

export class UsageError extends Error {}

export interface ParsedArgs {
  positional: string[];
  options: Record<string, string>;
}

export function parseArgs(argv: string[], known: Record<string, string[] | "any">): ParsedArgs {
  const positional: string[] = [];
  const options: Record<string, string> = {};
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    if (arg === "--") {
      positional.push(...argv.slice(i + 1));
      break;
    }
    if (!arg.startsWith("--") || arg === "-") {
      positional.push(arg);
      continue;
    }
    const [name, inline] = arg.slice(2).split(/=(.*)/s, 2);
    if (!(name in known)) throw new UsageError(`unknown option --${name}`);
    const value = inline ?? argv[++i];
    if (value === undefined) throw new UsageError(`option --${name} needs a value`);
    const allowed = known[name];
    if (allowed !== "any" && !allowed.includes(value)) {
      throw new UsageError(`--${name} must be one of ${allowed.join(", ")} (got "${value}")`);
    }
    options[name] = value;
  }
  return { positional, options };
}

/** A --date value, checked against the calendar: 2025-13-45 and 2025-02-30 are errors, not a silent year. */
export function dateOption(value: string): string {
  const problem = dateProblem(value);
  if (problem) throw new UsageError(`--date must be YYYY-MM-DD or YYYY: "${value}" ${problem}`);
  return value.trim();
}
