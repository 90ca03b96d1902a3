/** The Catalog: plans, indicator series and signing-event series, with the lookups the rest of the code uses. */
import { normalise } from "./fields";
import { loadParts, type CatalogParts, type DefinitionSources } from "./load";
import {
  CatalogError,
  type DefinitionProblem,
  type EventSeries,
  type Indicator,
  type Plan,
  type SigningEvent,
} from "./types";

/** A date as the workbook or a document gives it: YYYY-MM-DD, YYYY, a year number or a Date. */
export type DateLike = string | number | Date | null | undefined;

function yearOf(date: DateLike): number | undefined {
  if (date === null || date === undefined) return undefined;
  if (typeof date === "number") return Number.isFinite(date) ? Math.trunc(date) : undefined;
  if (date instanceof Date) return Number.isNaN(date.getTime()) ? undefined : date.getUTCFullYear();
  const match = /^\s*(\d{4})/.exec(date);
  return match ? Number(match[1]) : undefined;
}

export class Catalog {
  readonly indicators: readonly Indicator[];
  readonly plans: readonly Plan[];
  readonly events: readonly EventSeries[];
  private readonly byKey = new Map<string, Indicator[]>();
  private readonly recent = new Map<string, Indicator | undefined>();
  private readonly plansByRegion = new Map<string, Plan[]>();

  constructor(parts: CatalogParts) {
    this.indicators = parts.indicators;
    this.plans = [...parts.plans].sort((a, b) => a.periodStart - b.periodStart);
    this.events = parts.events;
    const add = (key: string, entry: Indicator) => {
      const list = this.byKey.get(key) ?? [];
      if (!list.includes(entry)) list.push(entry);
      this.byKey.set(key, list);
    };
    // Codes first, then names and aliases: a code always wins over another indicator's name.
    for (const entry of this.indicators) add(normalise(entry.code), entry);
    for (const entry of this.indicators)
      for (const name of [...entry.aliases, ...entry.aliasesZh, ...entry.acronyms, entry.name, entry.nameZh ?? ""])
        if (name) add(normalise(name), entry);
    for (const plan of this.plans) {
      const key = normalise(plan.region);
      this.plansByRegion.set(key, [...(this.plansByRegion.get(key) ?? []), plan]);
    }
  }

  /** Validates definition tables into a catalog; throws a CatalogError listing every problem. */
  static load(sources: DefinitionSources): Catalog {
    return Catalog.tryLoad(sources).catalogOrThrow();
  }

  static tryLoad(sources: DefinitionSources, base?: Catalog): LoadResult {
    const result = loadParts(sources, base?.parts());
    return new LoadResult(result.parts ? new Catalog(result.parts) : null, result.problems);
  }

  /** A new catalog with the definitions added (this one is unchanged); throws a CatalogError on any problem. */
  extend(sources: DefinitionSources): Catalog {
    return Catalog.tryLoad(sources, this).catalogOrThrow();
  }

  tryExtend(sources: DefinitionSources): LoadResult {
    return Catalog.tryLoad(sources, this);
  }

  parts(): CatalogParts {
    return {
      plans: [...this.plans],
      indicators: [...this.indicators],
      events: [...this.events],
    };
  }

  /**
   * Finds an indicator by code, name or alias, case-insensitively ("ic", "Integrated circuits", "集成电路").
   * With a region, that region's indicator of the name comes first.
   */
  findIndicator(codeOrAlias: string, region?: string | null): Indicator | undefined {
    if (typeof codeOrAlias !== "string") return undefined;
    const cacheKey = region ? `${codeOrAlias}\u0000${region}` : codeOrAlias;
    const hit = this.recent.get(cacheKey);
    if (hit !== undefined || this.recent.has(cacheKey)) return hit;
    const list = this.byKey.get(normalise(codeOrAlias));
    let found = list?.[0];
    if (list && list.length > 1 && region) {
      const wanted = normalise(region);
      found = list.find((e) => normalise(e.region) === wanted) ?? found;
    }
    if (this.recent.size > 1000) this.recent.clear(); // a small cache: formulas repeat the same few codes
    this.recent.set(cacheKey, found);
    return found;
  }

  getIndicator(code: string, region?: string | null): Indicator {
    const found = this.findIndicator(code, region);
    if (!found) throw new Error(`unknown indicator "${code}"`);
    return found;
  }

  indicatorsOfRegion(region?: string | null): Indicator[] {
    if (!region) return [...this.indicators];
    const wanted = normalise(region);
    return this.indicators.filter((entry) => normalise(entry.region) === wanted);
  }

  /** Indicators tracked in a plan (by id, in the plan's region). */
  indicatorsOfPlan(plan: Plan): Indicator[] {
    return this.indicators.filter((i) => normalise(i.region) === normalise(plan.region) && i.plans.includes(plan.id));
  }

  regions(): string[] {
    return [...new Set([...this.indicators.map((i) => i.region), ...this.plans.map((p) => p.region)])];
  }

  /** Plans of a region (every plan without one), oldest first. */
  plansOfRegion(region?: string | null): Plan[] {
    if (!region) return [...this.plans];
    return [...(this.plansByRegion.get(normalise(region)) ?? [])];
  }

  /** A plan by id ("14fyp" works); with a region, that region's plan, otherwise the first plan with the id. */
  findPlan(id: string, region?: string | null): Plan | undefined {
    if (typeof id !== "string") return undefined;
    const wanted = id.trim().toLowerCase();
    return this.plansOfRegion(region).find((p) => p.id.toLowerCase() === wanted);
  }

  /** The plan of a region whose period contains the year: the plan a target of that year belongs to. */
  planOf(region: string, year: number): Plan | undefined {
    return this.plansByRegion.get(normalise(region))?.find((p) => p.periodStart <= year && year <= p.periodEnd);
  }

  /** The plan in force on a date (the workbook's date), or undefined when the date falls in no plan. */
  planInForce(region: string, date: DateLike): Plan | undefined {
    const year = yearOf(date);
    return year === undefined ? undefined : this.planOf(region, year);
  }

  /** The plans an indicator series is tracked in, oldest first. */
  plansOf(indicator: Indicator): Plan[] {
    const own = this.plansOfRegion(indicator.region);
    return indicator.plans.map((id) => own.find((p) => p.id === id)).filter((p): p is Plan => Boolean(p));
  }

  /** Baseline year of a plan (or of an indicator's first plan): the year before the period starts. */
  baselineYear(of: Plan | Indicator): number {
    return of.periodStart - 1;
  }

  /** Finds a signing event by code, case-insensitively ("gipc2022", "SCE 2021"). */
  findEvent(code: string): SigningEvent | undefined {
    if (typeof code !== "string") return undefined;
    const match = /^([a-z]+)\s*[-_ ]?\s*(\d{4})$/i.exec(code.trim());
    if (!match) return undefined;
    const series = this.events.find((s) => s.prefix === match[1].toUpperCase());
    return series ? eventOf(series, Number(match[2])) : undefined;
  }
}

export function eventOf(series: EventSeries, year: number): SigningEvent {
  return { code: `${series.prefix}${year}`, series, year, name: `${series.name} ${year}` };
}

/** A catalog, or the problems that kept it from loading (then nothing of it loaded). */
export class LoadResult {
  constructor(
    readonly catalog: Catalog | null,
    readonly problems: DefinitionProblem[],
  ) {}

  get ok(): boolean {
    return this.catalog !== null;
  }

  catalogOrThrow(): Catalog {
    if (!this.catalog) throw new CatalogError(this.problems);
    return this.catalog;
  }
}
