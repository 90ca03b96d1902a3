/** Plain-language summaries of the dataset shared by the command line, the sheets and the task pane. */
import type { Dataset, IndicatorRecord, Resolved } from "./dataset";
import { comparatorWords, formatPercent, formatPeriod, formatValue } from "./format";
import type { Method } from "./progress";
import type { DocumentInfo, Fact } from "./types";

export function describeResolved(value: Resolved | null): string {
  if (!value) return "—";
  const derived = value.derived && value.derivation?.includes("×") ? ", derived" : "";
  return `${comparatorWords(value.comparator)}${formatValue(value.value, value.unit)} (${value.year}${derived})`;
}

export interface TargetRow {
  code: string;
  name: string;
  region: string;
  /** the plan the row measures against ("14FYP") */
  plan: string;
  baseline: string;
  target: string;
  latest: string;
  requiredCagr: string;
  progress: string;
  status: string;
}

/**
 * One row per indicator and plan, plan by plan (the 14th plan's rows, then the 15th's): each plan measured from
 * its own baseline against its own target, on the whole-year actuals of its period.
 */
export function targetRows(dataset: Dataset, method: Method): TargetRow[] {
  const records = [...dataset.recordsByPlan].sort((a, b) => a.plan.periodStart - b.plan.periodStart);
  return records.map((record) => {
    const result = record.progress[method];
    return {
      code: record.code,
      name: record.indicator.name,
      region: record.region,
      plan: record.plan.id,
      baseline: describeResolved(record.baseline),
      target: record.target ? describeResolved(record.target) : "not yet published",
      latest: record.latest && record.latest.year !== record.baseline?.year ? describeResolved(record.latest) : "—",
      requiredCagr:
        record.indicator.path === "compound" ? formatPercent(result.requiredCagr, 2) : record.indicator.path,
      progress: formatPercent(result.progress, 1),
      status: result.status,
    };
  });
}

/** One plain sentence per indicator, for the Briefing sheet. */
export function briefingSentence(record: IndicatorRecord, method: Method): string {
  const unit = record.target?.unit ?? record.baseline?.unit ?? record.indicator.unit;
  const parts: string[] = [];
  if (record.baseline)
    parts.push(
      `${comparatorWords(record.baseline.comparator)}${formatValue(record.baseline.value, unit)} in ${record.baseline.year}`,
    );
  else parts.push("no baseline reported");
  if (record.target) {
    const rate = record.progress[method].requiredCagr;
    parts.push(
      `the plan wants ${comparatorWords(record.target.comparator)}${formatValue(record.target.value, unit)} by ${record.target.year}` +
        (rate !== null && record.indicator.path === "compound" ? `, ${formatPercent(rate, 1)} a year` : ""),
    );
  } else parts.push("no target stated");
  const latest =
    record.latest && (!record.baseline || record.latest.year > record.baseline.year) ? record.latest : null;
  parts.push(
    latest
      ? `latest reported ${formatValue(latest.value, unit)} in ${latest.year} (${record.progress[method].status.toLowerCase()})`
      : "no later figure reported",
  );
  return `${record.code}: ${parts.join("; ")}.`;
}

/**
 * Where a figure comes from, in words: a table figure's publisher, date, address and definition note; a document
 * fact's quote with its document's title, outlet and date. SH.SOURCE, the scorecard and the sheets show this.
 */
export function describeSource(fact: Fact, documents: DocumentInfo[], withQuote = true): string {
  if (fact.source) {
    const { publisher, published, url, note, analyst } = fact.source;
    const what = `${fact.indicator ?? fact.subject} ${formatPeriod(fact.year, fact.period)}`.trim();
    return `${analyst ? "own figure" : "reported figure"} (${what}): ${publisher}, ${published}, ${url}${note ? `; definition: ${note}` : ""}`;
  }
  const info = documents.find((d) => d.file === fact.doc);
  const where = info
    ? `${info.title}${info.outlet ? `, ${info.outlet}` : ""}, ${info.date}${info.dateInferred ? " (date inferred)" : ""}`
    : fact.doc;
  return withQuote ? `"${fact.quote}" — ${where} [${fact.doc}]` : `${where} [${fact.doc}]`;
}

/** A resolved figure's source, with the rule when other sources disagree ("counts over 1 other source: ..."). */
export function describeResolvedSource(value: Resolved, documents: DocumentInfo[], withQuote = true): string {
  const parts = [describeSource(value.source, documents, withQuote)];
  if (value.period) parts.push(`part-year figure (${formatPeriod(value.year, value.period)}), not the whole year`);
  if (value.derived && value.derivation) parts.push(`derived: ${value.derivation}`);
  const others = value.others ?? [];
  if (others.length)
    parts.push(
      `counts over ${others.length} other source${others.length > 1 ? "s" : ""} (${value.rule}): ${others
        .map(
          (f) =>
            `${comparatorWords(f.comparator)}${formatValue(f.value, f.unit)} from ${f.source ? `${f.source.publisher}, ${f.source.published}` : f.doc}`,
        )
        .join("; ")}`,
    );
  return parts.join("; ");
}
