/** What the Chinese stages know about a document and its catalog, and what a link of one figure holds. */
import type { Measure } from "../../types";
import type { ZhName, ZhNames } from "./names";

export interface ZhIndicator {
  code: string;
  name?: string;
  unit: string;
  unitClass: "money" | "count" | "ratio";
  /** whose series it is (Shanghai); a figure of another region is none of it */
  region?: string;
  twin?: string;
  /** a group's member series (LEAD3: IC, BIO, AI) */
  members?: readonly string[];
  aliases: readonly string[];
  aliasesZh?: readonly string[];
  nameZh?: string;
}

export interface ZhSeries {
  prefix: string;
  region: string;
  aliases: readonly string[];
  aliasesZh?: readonly string[];
  nameZh?: string;
}

/** The catalog's groups of industries (its entries with members) and the series each member is. */
export interface ZhGroups {
  entries: readonly ZhIndicator[];
  /** the members' codes */
  parts: ReadonlySet<string>;
  /** the groups' and the members' codes */
  codes: ReadonlySet<string>;
}

/** What the Chinese stages know about the document: its text (original and folded), context and catalog names. */
export interface ZhDocument {
  text: string;
  folded: string;
  doc: string;
  region: string | null;
  referenceYear: number | null;
  /** the publication month, when the date has one */
  referenceMonth: number | null;
  names: ZhNames<ZhIndicator, ZhSeries>;
  indicator(code: string): ZhIndicator | undefined;
  groups: ZhGroups;
  eventCode(series: ZhSeries, year: number): string;
  /** the first event the document names, and the year written with it */
  docEvent: { series: ZhSeries; year: number | null } | null;
  eventInText: boolean;
  /** the indicator a recent sentence of the paragraph was about, for 其 / 该产业 */
  previous: { name: ZhName<ZhIndicator>; sentence: number } | null;
  /** the indicator the paragraph's opening line (a heading without figures) names, for the sentences under it */
  topic: ZhName<ZhIndicator> | null;
  sentenceIndex: number;
}

export interface Linked {
  indicator: string | null;
  subject: string;
  region: string;
  unit?: string;
  measure?: Measure;
  relative: { multiple: number } | null;
  growthValue?: number;
  signingEventYear?: number | null;
  /** the segment a signing count names, which the amounts after it in the sentence share */
  signingSubject?: string;
  /** where its figure starts, for 分别 pairing */
  figureStart?: number;
  /** the catalog name it was linked through */
  name?: ZhName<ZhIndicator>;
}
