/**
 * A table of a year's goals beside their results, as a plan's execution report prints it and a page flattens it, one
 * cell a line: a header row (指标名称 / 属性 / 全年目标 / 全年完成, or 计划目标 / 执行情况), then for each row its name, its
 * attribute (预期性, 约束性) and one cell for each column. A figure of the goal column is a target and one of the result
 * column an actual, both of the row's indicator (named by the row's first cell alone) and of the table's year.
 */
import type { FactKind } from "../../types";
import type { ZhDocument, ZhIndicator } from "./document";
import type { ZhName } from "./names";
import type { Span, ZhSentence } from "./segments";
import { sentenceNames } from "./sentence-names";

// the header's cells of the columns of goals and of results
const GOAL_COLUMN = /^(?:全年|年度|计划|预期)?目标(?:值)?$/;
const RESULT_COLUMN = /^(?:全年|年度|实际)?完成(?:情况|值)?$|^执行情况$|^实际$/;
// the row's attribute cell (预期性 goals are expected, 约束性 binding)
const ATTRIBUTE = /^(?:预期性|约束性|指导性)$/;
// a cell is a short line; a longer one, or a sentence, ends the table
const CELL_LENGTH = 40;
// a section's or a table's heading (二、…, （一）…, 表二 …) ends the table before it
const SECTION = /^(?:[一二三四五六七八九十]+\s?[、.]|[(（][一二三四五六七八九十]+[)）]|表\s?[一二三四五六七八九十\d])/;
// 单位建设用地生产总值, 每万人口…, 人均…: a name qualified per unit is not the named series
const PER_UNIT = /单位|每|人均|万元/;

interface GoalTable {
  /** the kinds of the figure columns, in order, as the header names them */
  columns: FactKind[];
  /** the header is read and rows follow */
  open: boolean;
  /** the row being read: its indicator (or none) and how many of its figure columns' cells were read */
  row: { name: ZhName<ZhIndicator> | null; cells: number } | null;
}

const tables = new WeakMap<ZhDocument, GoalTable>();

/** The line the sentence is, when it is a whole short paragraph (a cell of a flattened table); null otherwise. */
function cellText(doc: ZhDocument, sentence: ZhSentence, paragraph: Span): string | null {
  const own = doc.folded.slice(sentence.start, sentence.end).trim();
  const whole = doc.folded.slice(paragraph.start, paragraph.end).trim();
  return own === whole && own.length <= CELL_LENGTH && !/[。！？]/.test(own) ? own : null;
}

/** The row's indicator: a name of the catalog that the cell holds with at most a place or whole word before it. */
function rowName(doc: ZhDocument, sentence: ZhSentence, own: string): ZhName<ZhIndicator> | null {
  const names = sentenceNames(doc, sentence);
  const longest = [...names].sort((a, b) => b.end - b.start - (a.end - a.start))[0];
  if (!longest) return null;
  const before = doc.folded.slice(sentence.start, longest.start).trim();
  if (before.length > 4 || PER_UNIT.test(before) || PER_UNIT.test(own.slice(0, 2))) return null;
  return longest;
}

/** Reads a line without figures: a header cell, a row's name, its attribute, an empty cell, or the table's end. */
export function readTableLine(doc: ZhDocument, sentence: ZhSentence, paragraph: Span): void {
  const own = cellText(doc, sentence, paragraph);
  let table = tables.get(doc);
  if (own === null || SECTION.test(own)) {
    tables.delete(doc);
    return;
  }
  const column: FactKind | null = GOAL_COLUMN.test(own) ? "target" : RESULT_COLUMN.test(own) ? "actual" : null;
  if (column && (!table || !table.row)) {
    if (!table || table.open) tables.set(doc, (table = { columns: [], open: false, row: null }));
    table.columns.push(column);
    table.open = table.columns.includes("target") && table.columns.includes("actual");
    return;
  }
  if (!table?.open) return;
  if (ATTRIBUTE.test(own)) return;
  // (一个不带数字的单元格 of a row, or the next row's name once every column of the row was read)
  if (table.row && table.row.cells < table.columns.length) table.row.cells++;
  else table.row = { name: rowName(doc, sentence, own), cells: 0 };
}

/**
 * The kind and the row's indicator of a figure line that is a cell of a table being read (null otherwise); the line
 * takes the next column of its row.
 */
export function tableCell(
  doc: ZhDocument,
  sentence: ZhSentence,
  paragraph: Span,
): { kind: FactKind; name: ZhName<ZhIndicator> | null } | null {
  const table = tables.get(doc);
  if (!table?.open || !table.row) return null;
  if (cellText(doc, sentence, paragraph) === null || table.row.cells >= table.columns.length) {
    tables.delete(doc);
    return null;
  }
  const kind = table.columns[table.row.cells++];
  return { kind, name: table.row.name };
}
