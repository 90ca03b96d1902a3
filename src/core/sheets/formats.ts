/** Number formats by unit: bn yuan with one decimal, counts with thousands separators, percentages. */
import { isMoney } from "../format";

export const FORMAT = {
  text: "@",
  general: "General",
  year: "0",
  money: '#,##0.0 "bn"',
  count: "#,##0",
  percent: "0.0%",
  percent2: "0.00%",
  integer: "0",
} as const;

export function formatForUnit(unit: string): string {
  if (isMoney(unit)) return FORMAT.money;
  if (unit === "ratio") return FORMAT.percent;
  return FORMAT.count;
}

/** The unit as shown in the sheets: money in billions. */
export function displayUnit(unit: string): string {
  return isMoney(unit) ? `${unit} bn` : unit;
}

/** Text written by the writers never becomes a formula: both writers keep these cells as text. */
export function looksLikeFormula(text: string): boolean {
  return /^[=+\-@]/.test(text);
}
