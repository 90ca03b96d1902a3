/** The small builders every sheet of the plan uses: a column, a sheet with the tracker's defaults, a blank cell. */
import { FORMAT } from "./formats";
import type { ColumnSpec, RowSpec, SheetSpec } from "./types";

export function column(key: string, header: string, width: number, format: string = FORMAT.text): ColumnSpec {
  return { key, header, width, format };
}

export function sheet(name: string, columns: ColumnSpec[], rows: RowSpec[], extra: Partial<SheetSpec> = {}): SheetSpec {
  return {
    name,
    table: `tbl${name}`,
    columns,
    rows,
    freezeRows: 1,
    conditional: [],
    page: { orientation: "landscape", fitToWidth: 1, fitToHeight: 0, repeatRows: 1 },
    keyColumns: [],
    keepColumns: columns.some((c) => c.key === "notes") ? ["notes"] : [],
    keepAnalystRows: false,
    ...extra,
  };
}

export function blank(value: number | null | undefined): number | "" {
  return value === null || value === undefined || !Number.isFinite(value) ? "" : value;
}
