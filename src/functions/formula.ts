/** Parses one SH function call as typed in a cell: =SH.TARGET("IC", 2025), =sh.status("nev",,,"projection"). */

export class FormulaError extends Error {}

export type Argument = string | number | boolean | null;

export interface Call {
  name: string;
  args: Argument[];
}

function parseArgument(raw: string, position: number): Argument {
  const text = raw.trim();
  if (text === "") return null; // an omitted argument
  if (/^"(?:[^"]|"")*"$/.test(text)) return text.slice(1, -1).replace(/""/g, '"');
  if (/^(true|false)$/i.test(text)) return text.toLowerCase() === "true";
  if (/^[+-]?(\d+\.?\d*|\.\d+)(e[+-]?\d+)?$/i.test(text)) return Number(text);
  throw new FormulaError(`argument ${position} is not a number, "text", TRUE or FALSE: ${text}`);
}

export function parseFormula(formula: string): Call {
  const match = /^\s*=?\s*SH\.([A-Za-z]+)\s*\(([\s\S]*)\)\s*$/i.exec(formula);
  if (!match) throw new FormulaError(`expected one SH function call such as =SH.TARGET("IC",2025), got: ${formula}`);
  const body = match[2];
  const args: string[] = [];
  let current = "";
  let quoted = false;
  for (const char of body) {
    if (char === '"') quoted = !quoted;
    if (char === "," && !quoted) {
      args.push(current);
      current = "";
    } else current += char;
  }
  if (quoted) throw new FormulaError("a text argument is missing its closing quote");
  if (body.trim() !== "" || args.length) args.push(current);
  return { name: match[1].toUpperCase(), args: args.map((a, i) => parseArgument(a, i + 1)) };
}
