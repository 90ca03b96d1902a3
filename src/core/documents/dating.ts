/** Which publication date a document is read with, and where it came from: --date, documents.json, its text. */
import { findStatedDate, type StatedDate } from "./dateline";
import type { PageDate } from "./html";

export type DateSource = "--date" | "documents.json" | "page" | "text" | "none";

export interface DocumentDate {
  /** YYYY-MM-DD or YYYY; null when nothing gives one */
  date: string | null;
  from: DateSource;
  /** for a date read from the text: where it stands */
  stated: StatedDate | null;
  /** for a date from an HTML page's metadata: which markup */
  page?: PageDate;
}

export interface DateInputs {
  /** the --date option (already checked) */
  option: string | null;
  /** the document's date in a documents.json beside it */
  index: string | null;
  /** an HTML page's publication date from its metadata (article:published_time, datePublished, ...) */
  page?: PageDate | null;
  text: string;
}

/**
 * An analyst's own date wins over the index, the index over a page's metadata (made for machines, so surer than
 * reading the text), and that over what the text states.
 */
export function chooseDate({ option, index, page, text }: DateInputs): DocumentDate {
  if (option) return { date: option, from: "--date", stated: null };
  if (index) return { date: index, from: "documents.json", stated: null };
  if (page) return { date: page.date, from: "page", stated: null, page };
  const stated = findStatedDate(text);
  return stated ? { date: stated.date, from: "text", stated } : { date: null, from: "none", stated: null };
}

/** One line saying which date was used, for the analyst to check. */
export function describeDate(doc: string, dated: DocumentDate): string {
  switch (dated.from) {
    case "--date":
      return `${doc}: dated ${dated.date} (--date)`;
    case "documents.json":
      return `${doc}: dated ${dated.date} (documents.json)`;
    case "page":
      return `${doc}: dated ${dated.date} from the page's ${dated.page!.what}`;
    case "text":
      return `${doc}: dated ${dated.date} from its text ("${dated.stated!.quote}" at ${dated.stated!.start})`;
    default:
      return `${doc}: no date (no --date, no documents.json entry, none stated in the text); "last year" and "this year" stay unresolved`;
  }
}
