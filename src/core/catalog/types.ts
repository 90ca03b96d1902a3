/** The shapes of the catalog: plans, indicator series, signing-event series, and load errors. */

export type UnitClass = "money" | "count" | "ratio";
export type PathKind = "compound" | "linear" | "cumulative";

export const UNIT_CLASSES: readonly UnitClass[] = ["money", "count", "ratio"];
export const PATH_KINDS: readonly PathKind[] = ["compound", "linear", "cumulative"];

/** A plan: an id unique in its region (14FYP), a name and a period of whole years. */
export interface Plan {
  id: string;
  name: string;
  region: string;
  periodStart: number;
  periodEnd: number;
  /** the year before the period: the plan's baseline is that year's actual */
  baselineYear: number;
  /** where the plan was defined ("data/plans.csv row 2", or an indicator row that named it first) */
  definedIn: string;
}

/** An indicator series. It outlives plans: IC in Shanghai is one series across the 14th and 15th plans. */
export interface Indicator {
  code: string;
  name: string;
  /** the Chinese name, when known */
  nameZh?: string;
  /** phrases that name the indicator in English text, matched case-insensitively */
  aliases: string[];
  /** phrases in Chinese script (集成电路), kept apart so English matching never changes */
  aliasesZh: string[];
  /** acronyms matched case-sensitively in text ("IC", "AI"), so "ic" inside prose never matches */
  acronyms: string[];
  unit: string;
  unitClass: UnitClass;
  region: string;
  /** ids of the plans this series is tracked in, oldest first (["14FYP", "15FYP"]) */
  plans: string[];
  /** the years the series is tracked over (the union of its plans' periods, or the row's period) */
  seriesStart: number;
  seriesEnd: number;
  /**
   * Compatibility with code written for one plan per indicator: the name and period of the series' FIRST plan.
   * New code asks the catalog: `catalog.planOf(region, year)`, `catalog.plansOf(indicator)`.
   */
  plan: string;
  periodStart: number;
  periodEnd: number;
  /** how the on-course path is drawn: compounding levels, linear shares, or cumulative sums */
  path: PathKind;
  /** the indicator a figure of another unit class falls back to (NEV vehicles -> NEV_VALUE yuan) */
  twin?: string;
  /**
   * the series a group's series gathers, each a series of its own (LEAD3, the three leading industries: IC, BIO,
   * AI); empty for every other series
   */
  members: string[];
  /** where the definition came from ("data/indicators.csv row 2", "Indicators sheet row 15") */
  definedIn: string;
}

export interface EventSeries {
  /** code prefix; an event's code is prefix + year (GIPC2022) */
  prefix: string;
  name: string;
  nameZh?: string;
  region: string;
  /** phrases that name the event in English text */
  aliases: string[];
  /** phrases in Chinese script */
  aliasesZh: string[];
  definedIn: string;
}

export interface SigningEvent {
  code: string;
  series: EventSeries;
  year: number;
  name: string;
}

/** One problem in one definition: the file (or sheet), the row and the field it is in. */
export interface DefinitionProblem {
  file: string;
  /** the row as a spreadsheet shows it (the header is row 1), or the 1-based item of a JSON array */
  row: number;
  field: string;
  message: string;
}

export function describeProblem(problem: DefinitionProblem): string {
  const where = problem.row > 0 ? `${problem.file} row ${problem.row}` : problem.file;
  return `${where}, field "${problem.field}": ${problem.message}`;
}

/** Thrown when a catalog does not load: it carries every problem found, and nothing of the catalog loaded. */
export class CatalogError extends Error {
  constructor(readonly problems: DefinitionProblem[]) {
    super(
      problems.length === 1
        ? describeProblem(problems[0])
        : `${problems.length} problems in the catalog:\n${problems.map((p) => `- ${describeProblem(p)}`).join("\n")}`,
    );
    this.name = "CatalogError";
  }
}

/** A table of definitions as text: the file name (for messages) and its CSV or JSON text. */
export interface DefinitionSource {
  file: string;
  text: string;
}

/** A definition row after parsing: its field values as text, and the row number for messages. */
export interface DefinitionRow {
  file: string;
  row: number;
  fields: Record<string, string>;
}
