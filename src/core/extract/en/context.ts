/** What the English stages know while reading one sentence of a document. */
import type { Period } from "../../types";
import type { Lookup, AliasMatch } from "../lookup";
import type { Figure } from "./figures";
import type { PeriodMention } from "./periods";
import type { YearMention } from "./years";

export interface Context {
  text: string;
  doc: string;
  region: string | null;
  referenceYear: number | null;
  referenceMonth: number | null;
  lookup: Lookup;
  /** catalog names and year expressions of the sentence being read */
  aliases: AliasMatch[];
  years: YearMention[];
  periods: PeriodMention[];
  /** the periods the document named last, latest first, for "in the period", "in the quarter" */
  periodHistory: PeriodMention[];
  /** the part year the paragraph's last dated figure covered, for its next sentences that name no time of their own */
  paragraphPart: { period: Period; year: number | null } | null;
  /** the part year an earlier paragraph covered, for rates of change that name no time ("the growth ... was 65.7 %") */
  carriedPart: { period: Period; year: number | null } | null;
  /** the place the story named last, for a sentence that names none (see carried-place.ts) */
  lastPlace: string | null;
  /** the year of the section or paragraph being read ("II. Main Targets for 2025", "In 2024, ..."), if stated */
  contextYear: number | null;
  /** the year targets without one are for: the plan period's end, "By 2028, ...", "Main Targets for 2025" */
  contextTargetYear: number | null;
  /** the year the story's last dated goal was for, for its next goals that name none ("Budget revenue is to rise 3 %") */
  goalYear: number | null;
  /** the past year a news story reports on ("... in 2024" in a story of April 2025), for its yearless figures */
  storyYear: number | null;
  /** the [first, last] years of an ended plan period the page looks back on (plan-review.ts), if it does */
  reviewedPlan: [number, number] | null;
  docEventPrefix: string | null;
  /** the district or zone the document's title names ("Action Plan of Songjiang District ..."): its figures are its own */
  subArea: string | null;
  /** the document reports a signing event (its own region's or another's): its breakdowns are signings */
  signingStory: boolean;
  /** the sentences are about another city's conference ("the Shenzhen Global Investment Promotion Conference") */
  otherEvent: boolean;
  /** the year of each event series' first edition, where the document states it ("Since 2018, the annual SCE") */
  firstEditions: Map<string, number>;
  /** the edition the paragraph named last ("The 2020 SCE ...", "at the first SCE"), for its yearless signings */
  edition: { prefix: string; year: number } | null;
  /** the indicator a recent sentence was about, for "It is expected to double" */
  previous: { sentence: number; alias: AliasMatch } | null;
  /** index of the sentence being read */
  sentenceIndex: number;
}

export interface Placed {
  figure: Figure;
  clauseIndex: number;
  /** for bare numbers whose noun was inferred: the phrase they count */
  inferredSubject?: string;
}
