/** Calendar dates as the command line and documents.json give them: YYYY-MM-DD (a real day) or YYYY. */

export const MONTHS: Record<string, number> = {
  jan: 1,
  january: 1,
  feb: 2,
  february: 2,
  mar: 3,
  march: 3,
  apr: 4,
  april: 4,
  may: 5,
  jun: 6,
  june: 6,
  jul: 7,
  july: 7,
  aug: 8,
  august: 8,
  sep: 9,
  sept: 9,
  september: 9,
  oct: 10,
  october: 10,
  nov: 11,
  november: 11,
  dec: 12,
  december: 12,
};

/** Years a publication date can have; anything else is a misreading. */
const FIRST_YEAR = 1900;
const LAST_YEAR = 2100;

function daysIn(year: number, month: number): number {
  return [
    31,
    year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0) ? 29 : 28,
    31,
    30,
    31,
    30,
    31,
    31,
    30,
    31,
    30,
    31,
  ][month - 1];
}

/** The ISO date of a day, or null when there is no such day (2025-02-30, month 13). */
export function isoDate(year: number, month: number, day: number): string | null {
  if (!Number.isInteger(year) || year < FIRST_YEAR || year > LAST_YEAR) return null;
  if (!Number.isInteger(month) || month < 1 || month > 12) return null;
  if (!Number.isInteger(day) || day < 1 || day > daysIn(year, month)) return null;
  return `${year}-${String(month).padStart(2, "0")}-${String(day).padStart(2, "0")}`;
}

/**
 * Checks a date given by a person (--date, documents.json): returns null when it is a valid YYYY-MM-DD day or a
 * YYYY year, otherwise the reason it is not.
 */
export function dateProblem(value: string): string | null {
  const match = /^(\d{4})(?:-(\d{2})-(\d{2}))?$/.exec(value.trim());
  if (!match) return "is not YYYY-MM-DD or YYYY";
  const year = Number(match[1]);
  if (year < FIRST_YEAR || year > LAST_YEAR) return `has a year outside ${FIRST_YEAR}-${LAST_YEAR}`;
  if (match[2] === undefined) return null;
  const month = Number(match[2]);
  if (month < 1 || month > 12) return `has no month ${month}`;
  if (!isoDate(year, month, Number(match[3]))) return `is not a day of the calendar (${value.trim()} does not exist)`;
  return null;
}
