/**
 * The marks that split a one-line summary into items, in both languages: a list mark standing alone between words
 * ("... 6.0% - The secondary ...", "… • …") and a reference mark after a statement ("... 6.0% [1] Industrial ...",
 * "…增长5%[2][3] …"). Each is a regex source; the rules of where a mark ends an item stay with each language.
 */
export const SUMMARY_MARKS = {
  /** one list mark: a spaced hyphen or a bullet */
  list: "[-•●■▪]",
  /** one reference mark: [1] to [999] */
  reference: String.raw`\[\d{1,3}\]`,
} as const;
