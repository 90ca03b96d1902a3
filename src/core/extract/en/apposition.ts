/**
 * A figure's apposition after a dash: "an industry scale of 435 billion yuan -- a year-on-year increase of 39.6
 * percent" (also "—", " – ", " - ") tells the change of the figure before the dash, so it is about what that figure
 * was about, as it would be after a comma. The dash joins no clauses apart: the lead-in that counts for a pointer back
 * is the one after it.
 */

// a dash after a figure (its digits, unit and a bracketed conversion), with no digit after it up to the figure
const FIGURE_DASH = /\d[^\d—–]{0,40}?(?:\s-{1,2}\s|--|\s?[—–]\s?)((?:(?![—–]|\s-{1,2}\s)\D)*)$/;

/** The lead-in after a dash that follows a figure, or the whole lead-in when there is none. */
export function afterFigureDash(leadIn: string): string {
  if (!/[-—–]/.test(leadIn)) return leadIn;
  const match = FIGURE_DASH.exec(leadIn.replace(/\s*\([^()]*\)/g, ""));
  return match ? match[1] : leadIn;
}
