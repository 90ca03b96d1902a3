/** The evidence sheets: Sources (every fact with its quote, or its published source) and Checks (conflicts, cross-checks). */
import type { Dataset } from "../dataset";
import { formatPeriod, toDisplay } from "../format";
import type { Fact } from "../types";
import { displayUnit, FORMAT, formatForUnit } from "./formats";
import { blank, column, sheet } from "./spec";
import type { RowSpec, SheetSpec } from "./types";

export function sourcesSheet(facts: Fact[]): SheetSpec {
  const rows: RowSpec[] = facts.map((fact) => ({
    cells: [
      fact.doc,
      fact.region,
      fact.indicator ?? "",
      fact.subject,
      fact.kind,
      fact.measure,
      blank(fact.year),
      fact.comparator,
      fact.value === null ? "" : toDisplay(fact.value, fact.unit),
      displayUnit(fact.unit),
      fact.relative ? `${fact.relative.multiple}× baseline` : "",
      fact.quote,
      fact.start,
      fact.end,
      fact.period ? formatPeriod(fact.year, fact.period) : "",
      fact.source?.publisher ?? "",
      fact.source?.published ?? "",
      fact.source?.url ?? "",
      fact.source?.note ?? "",
    ],
    formats: [null, null, null, null, null, null, null, null, fact.value === null ? null : formatForUnit(fact.unit)],
  }));
  return sheet(
    "Sources",
    [
      column("doc", "Document", 28),
      column("region", "Region", 11),
      column("indicator", "Indicator / event", 16),
      column("subject", "Subject", 30),
      column("kind", "Kind", 9),
      column("measure", "Measure", 9),
      column("year", "Year", 7, FORMAT.year),
      column("comparator", "Comparator", 11),
      column("value", "Value", 14, FORMAT.general),
      column("unit", "Unit", 10),
      column("relative", "Relative", 13),
      column("quote", "Quote", 90),
      column("start", "Start", 8, FORMAT.integer),
      column("end", "End", 8, FORMAT.integer),
      // part-year figures and table figures (reported, or the analyst's): period, publisher, date, address, note
      column("period", "Period", 12),
      column("publisher", "Published by", 24),
      column("published", "Published", 11),
      column("url", "URL", 40),
      column("note", "Definition note", 40),
    ],
    rows,
  );
}

export function checksSheet(dataset: Dataset): SheetSpec {
  const rows: RowSpec[] = [];
  for (const conflict of dataset.conflicts) {
    rows.push({
      cells: [
        "Conflict",
        conflict.indicator,
        `${conflict.kind} ${conflict.year ?? ""}`.trim(),
        conflict.agreeWithinRounding ? "agree within rounding" : "differ",
        conflict.message,
        // each source with its publication and, for table figures, its address
        [...new Set(conflict.statements.map((s) => (s.url ? `${s.source}, ${s.url}` : s.doc)))].join("; "),
        conflict.statements
          .map((s) => s.quote)
          .filter((q, i, all) => all.indexOf(q) === i)
          .join(" | "),
      ],
    });
  }
  for (const check of dataset.checks) {
    rows.push({
      cells: [
        "Cross-check",
        check.event,
        check.relation,
        check.agrees ? "consistent" : "mismatch",
        check.message,
        [...new Set(check.sources.map((s) => s.doc))].join("; "),
        [...new Set(check.sources.map((s) => s.quote))].join(" | "),
      ],
    });
  }
  return sheet(
    "Checks",
    [
      column("type", "Type", 12),
      column("subject", "Event / indicator", 16),
      column("relation", "What is checked", 44),
      column("result", "Result", 22),
      column("detail", "Detail", 100),
      column("documents", "Documents", 30),
      column("quotes", "Quotes", 100),
    ],
    rows,
    {
      conditional: [
        { column: "result", equals: "mismatch", fill: "#FFC7CE", font: "#9C0006" },
        { column: "result", equals: "differ", fill: "#FFC7CE", font: "#9C0006" },
        { column: "result", equals: "consistent", fill: "#C6EFCE", font: "#006100" },
        { column: "result", equals: "agree within rounding", fill: "#C6EFCE", font: "#006100" },
      ],
    },
  );
}
