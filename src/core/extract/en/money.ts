/** Every money amount written in a text, including bracketed conversions and thresholds. */
import { findFigures } from "./figures";

export interface MoneyAmount {
  start: number;
  end: number;
  value: number;
  currency: string;
}

export function findMoneyAmounts(text: string): MoneyAmount[] {
  const amounts: MoneyAmount[] = [];
  for (const figure of findFigures(text, 0, text.length)) {
    if (figure.cls !== "money") continue;
    amounts.push({ start: figure.start, end: figure.end, value: figure.value, currency: figure.unit });
    if (figure.equivalent)
      amounts.push({
        start: figure.end,
        end: figure.end,
        value: figure.equivalent.value,
        currency: figure.equivalent.unit,
      });
  }
  return amounts;
}
