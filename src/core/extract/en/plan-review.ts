/**
 * A page that looks back over a plan period already over: "During the 11th Five-Year Plan period (2006-10), the city
 * ..." or a title "... during 11th Five-Year Plan period" on a page of the year after. Its results that name no year
 * are of the period's last year (the plan's results are told when it is over, not of the year the page is written
 * in), and a change "from X to Y" that names no years of its own goes from the plan's base year (the year before its
 * first) to its last.
 */
import { findYears } from "./years";

// "During the 14th Five-Year Plan period", "over the 13th Five-Year Plan (2016-20)": the period as a time, not a plan
// that sets goals ("the 14th Five-Year Plan aims to ...")
const REVIEWED =
  /\b(?:during|over|throughout|in the course of)\s+(?:the\s+)?\d{1,2}(?:st|nd|rd|th)\s+Five[-\s]Year\s+Plan\s+period\b/i;
// the title and the lead: where a page says what it looks back on
const HEAD = 1200;
// how long after a plan's end its review is still the news
const REVIEW_YEARS = 2;

/** The [first, last] years of the ended plan period the page's head looks back on, or null. */
export function reviewedPlan(text: string, referenceYear: number | null): [number, number] | null {
  if (referenceYear === null) return null;
  const head = text.slice(0, HEAD);
  const m = REVIEWED.exec(head);
  if (!m) return null;
  const plan = findYears(head, m.index, m.index + m[0].length, referenceYear).find((y) => y.period);
  if (!plan?.period) return null;
  const [first, last] = plan.period;
  return last < referenceYear && last >= referenceYear - REVIEW_YEARS ? [first, last] : null;
}
