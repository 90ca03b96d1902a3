/** Breakdown segments of signing events, read from the subject of each signing fact. */
import { findIndicator } from "../catalog";

export interface SegmentRule {
  key: string;
  label: string;
  dimension: string;
  pattern: RegExp;
}

export const SEGMENT_RULES: readonly SegmentRule[] = [
  { key: "offline", label: "Offline (live)", dimension: "venue", pattern: /\boffline\b/i },
  { key: "online", label: "Online (live)", dimension: "venue", pattern: /\bonline\b/i },
  { key: "off-site", label: "Off-site", dimension: "channel", pattern: /\boff-?site\b/i },
  { key: "live", label: "Signed live", dimension: "channel", pattern: /\b(live|at the venue|on-?site)\b/i },
  { key: "state", label: "State enterprises", dimension: "investor", pattern: /\bstate(-owned)?\b/i },
  { key: "private", label: "Private enterprises", dimension: "investor", pattern: /\bprivate\b/i },
  { key: "foreign", label: "Foreign enterprises", dimension: "investor", pattern: /\bforeign\b/i },
  {
    key: "other-investors",
    label: "Other entities",
    dimension: "investor",
    pattern: /\bother (entities|investors)\b/i,
  },
  { key: "other-provinces", label: "Other provinces", dimension: "origin", pattern: /\bprovinces\b/i },
  { key: "per-project", label: "Each project (minimum)", dimension: "threshold", pattern: /\beach project\b/i },
  {
    key: "pillars",
    label: "Three strategic pillars",
    dimension: "group",
    pattern: /\b(strategic pillars|pioneering industries)\b/i,
  },
  { key: "key-areas", label: "Six key areas", dimension: "group", pattern: /\bkey (areas|industries)\b/i },
  {
    key: "intelligent-manufacturing",
    label: "Intelligent manufacturing",
    dimension: "sector",
    pattern: /\bintelligent manufacturing\b/i,
  },
  { key: "digital-economy", label: "Digital economy", dimension: "sector", pattern: /\bdigital economy\b/i },
  {
    key: "science-technology",
    label: "Science and technology",
    dimension: "sector",
    pattern: /\bscience and technology\b/i,
  },
  {
    key: "other-sectors",
    label: "Other categories",
    dimension: "sector",
    pattern: /\b(remaining categories|other (categories|sectors))\b/i,
  },
];

const TOTAL =
  /^(?:the\s+)?(?:projects|key projects|total contracts|contracts|agreements|deals|investment projects|major (?:industrial )?projects|total|all projects)$/i;

/** Which parts add up to which whole, per dimension. */
export const PARTITIONS: readonly { dimension: string; whole: string; label: string }[] = [
  { dimension: "venue", whole: "live", label: "offline + online = signed live" },
  { dimension: "channel", whole: "total", label: "signed live + off-site = total" },
  { dimension: "investor", whole: "total", label: "investor types add up to the total" },
  { dimension: "sector", whole: "total", label: "sectors add up to the total" },
  { dimension: "pillar", whole: "pillars", label: "IC + biomedicine + AI = three strategic pillars" },
  { dimension: "group", whole: "total", label: "three strategic pillars + six key areas = total" },
];

export interface Segment {
  key: string;
  label: string;
  dimension: string;
}

/** The segment a signing fact's subject names; "total" when it names the whole event. */
export function segmentOf(subject: string): Segment {
  const text = subject.trim();
  if (!text || TOTAL.test(text)) return { key: "total", label: "Total", dimension: "total" };
  if (/\bworth\b|\bvalued\b/i.test(text) && /(over|excess|more than|above)/i.test(text)) {
    return { key: text.toLowerCase().replace(/\s+/g, " "), label: text, dimension: "threshold" };
  }
  for (const rule of SEGMENT_RULES) {
    if (rule.pattern.test(text)) return { key: rule.key, label: rule.label, dimension: rule.dimension };
  }
  const words = text.replace(/\b(projects?|the|sector|industry|industries)\b/gi, " ").trim();
  for (const candidate of [words, ...words.split(/\s+/)]) {
    const entry = candidate ? findIndicator(candidate) : undefined;
    if (entry && candidate.length > 1) return { key: entry.code, label: entry.code, dimension: "pillar" };
  }
  return { key: text.toLowerCase().replace(/\s+/g, " "), label: text, dimension: "other" };
}

/** Finds a segment by key or label, as an analyst types it in SH.SIGNED ("IC", "offline", "state"). */
export function matchSegment<T extends Segment>(wanted: string, available: T[]): T | undefined {
  const key = wanted.trim().toLowerCase();
  if (!key || key === "total" || key === "all") return available.find((s) => s.key === "total");
  const direct = available.find((s) => s.key.toLowerCase() === key || s.label.toLowerCase() === key);
  if (direct) return direct;
  const entry = findIndicator(wanted);
  if (entry) return available.find((s) => s.key === entry.code);
  return available.find((s) => s.label.toLowerCase().includes(key) || s.key.includes(key.replace(/\s+/g, "-")));
}
