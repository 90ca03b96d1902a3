/**
 * Statistical tables as PDF text extraction leaves them, run into one line:
 * "Unit: 100 million yuan, % Indicator 2023 2024 Growth (%) Integrated circuits 2915.8 3228.0 10.7 Biomedicine ...".
 * Each cell becomes a fact of its row (quoted as the row) and its column (a year, or the growth of the last year).
 */
import type { Draft, Span } from "../common/facts";
import type { Context } from "./context";
import type { Figure } from "./figures";
import { compatible } from "./link";
import { parseDigits } from "./numbers";

export interface Table {
  span: Span;
  drafts: Draft[];
}

const UNIT =
  /\bUnit:\s*(100 million yuan|10,000 yuan|billion yuan|million yuan|yuan|10,000 units|units|%)(?:\s*,\s*%)?\s+/g;
const HEADER =
  /^(?:Indicator|Item|Items|Year|Category|Sector|Industry)\s+((?:(?:(?:19|20)\d{2})|(?:Growth|Change|Increase)\s*\(%\))(?:\s+|$))+/;
const COLUMN = /(?:19|20)\d{2}|(?:Growth|Change|Increase)\s*\(%\)/g;
const NUMBER = /-?\d[\d,]*(?:\.\d+)?/y;
const ROW_LABEL =
  /([A-Z][A-Za-z&'’-]*(?:\s+[a-z&'’-][A-Za-z&'’-]*|\s+[A-Z][a-z]+(?=\s+[a-z(]))*(?:\s*\([^)]{1,30}\))?)\s+(?=-?\d)/y;
const END = /^(?:Source|Note|Notes|Table|Page)\b/;

const SCALE: Record<string, { scale: number; unit: string }> = {
  "100 million yuan": { scale: 1e8, unit: "CNY" },
  "10,000 yuan": { scale: 1e4, unit: "CNY" },
  "billion yuan": { scale: 1e9, unit: "CNY" },
  "million yuan": { scale: 1e6, unit: "CNY" },
  yuan: { scale: 1, unit: "CNY" },
  "10,000 units": { scale: 1e4, unit: "units" },
  units: { scale: 1, unit: "units" },
};

type Column = { year: number } | { growthOf: number };

/** The run-on tables in text[paragraph], each with the facts of its cells. */
export function findTables(ctx: Context, paragraph: Span): Table[] {
  const text = ctx.text;
  const slice = text.slice(paragraph.start, paragraph.end);
  if (!slice.includes("Unit:")) return [];
  const tables: Table[] = [];
  UNIT.lastIndex = 0;
  for (let m = UNIT.exec(slice); m; m = UNIT.exec(slice)) {
    const tableStart = paragraph.start + m.index;
    const headerAt = paragraph.start + m.index + m[0].length;
    const header = HEADER.exec(text.slice(headerAt, paragraph.end));
    if (!header) continue;
    const columns: Column[] = [];
    let lastYear = 0;
    for (const c of header[0].replace(/^\S+\s+/, "").match(COLUMN) ?? []) {
      if (/^\d/.test(c)) columns.push({ year: (lastYear = Number(c)) });
      else columns.push({ growthOf: lastYear });
    }
    if (!columns.some((c) => "year" in c)) continue;
    const table = readRows(ctx, headerAt + header[0].length, paragraph.end, columns, SCALE[m[1]] ?? null);
    if (!table.drafts.length) continue;
    tables.push({ span: { start: tableStart, end: table.end }, drafts: table.drafts });
    UNIT.lastIndex = table.end - paragraph.start;
  }
  return tables;
}

function readRows(
  ctx: Context,
  from: number,
  to: number,
  columns: Column[],
  tableUnit: { scale: number; unit: string } | null,
): { drafts: Draft[]; end: number } {
  const text = ctx.text;
  const drafts: Draft[] = [];
  let at = from;
  let end = from;
  let previous: { label: string; unit: { scale: number; unit: string } | null } | null = null;
  while (at < to) {
    while (at < to && /\s/.test(text[at])) at++;
    if (END.test(text.slice(at, at + 8))) break;
    ROW_LABEL.lastIndex = at;
    const label = ROW_LABEL.exec(text);
    if (!label || label.index !== at) break;
    let cursor = at + label[0].length;
    const cells: Span[] = [];
    while (cells.length < columns.length) {
      NUMBER.lastIndex = cursor;
      const number = NUMBER.exec(text);
      if (!number || !/^\s|^$/.test(text.slice(cursor + number[0].length, cursor + number[0].length + 1) || " ")) break;
      cells.push({ start: cursor, end: cursor + number[0].length });
      cursor += number[0].length;
      while (cursor < to && text[cursor] === " ") cursor++;
    }
    if (!cells.length) break;
    const row: Span = { start: at, end: cells[cells.length - 1].end };
    const name = label[1].trim();
    const ownUnit = /\(([^)]+)\)\s*$/.exec(name);
    const growthRow: boolean = /^(?:Growth|Change|Increase)\s*\(%\)$/.test(name) && previous !== null;
    const unit: { scale: number; unit: string } | null = growthRow
      ? null
      : ownUnit && SCALE[ownUnit[1]]
        ? SCALE[ownUnit[1]]
        : tableUnit;
    const subject: string = growthRow && previous ? previous.label : name.replace(/\s*\([^)]*\)\s*$/, "");
    cells.forEach((cell, i) => {
      const column = growthRow ? columns.filter((c) => "year" in c)[i] : columns[i];
      if (!column) return;
      const value = parseDigits(text.slice(cell.start, cell.end));
      const growth = growthRow || "growthOf" in column;
      const year = "year" in column ? column.year : column.growthOf;
      if (!growth && !unit) return;
      drafts.push(
        cellDraft(
          ctx,
          row,
          cell,
          subject,
          growth ? value / 100 : value * unit!.scale,
          growth ? "ratio" : unit!.unit,
          year,
          growth,
        ),
      );
    });
    if (!growthRow) previous = { label: subject, unit };
    end = row.end;
    at = cursor;
  }
  return { drafts, end };
}

function cellDraft(
  ctx: Context,
  row: Span,
  cell: Span,
  subject: string,
  value: number,
  unit: string,
  year: number,
  growth: boolean,
): Draft {
  const region = ctx.region ?? "Unknown";
  const figure: Figure = {
    ...cell,
    value,
    unit,
    cls: growth ? "percent" : unit === "CNY" ? "money" : "count",
  };
  const measure = growth ? "growth" : "level";
  const alias = ctx.lookup.aliasesIn(subject)[0];
  const entry = alias ? compatible(ctx.lookup, alias.indicator, figure, measure, region) : undefined;
  return {
    indicator: entry?.code ?? null,
    subject,
    kind: "actual",
    measure,
    year,
    period: null,
    value,
    unit: entry && !growth && figure.cls === "count" ? entry.unit : unit,
    comparator: "=",
    relative: null,
    region,
    figure: cell,
    sentence: row,
    clause: row,
  };
}
