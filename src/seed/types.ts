/** The seed's own vocabulary: values (dialect-free), group specs and the planned rows. */
import type { Column, Table } from '../state/physical-schema.js';

/** A value before rendering: `num` is exact numeric text ("12.50"), `date`/`ts` are UTC text, `bin` bytes as hex. */
export type Val = null | boolean | number | string | { num: string } | { date: string } | { ts: string } | { bin: string };

/** How optional (nullable) columns are filled: every one, about three in four, or none. */
export type Fill = 'all' | 'some' | 'none';

/** One labelled block of rows: its own id range (`base + 1 …`), row counts per table. */
export interface GroupSpec {
  name?: string;                 // fixture label (`-- fixture: <name>`)
  note?: string;                 // one line under the label
  base: number;                  // ids are base + 1, base + 2, …
  counts: Map<string, number>;   // rows per table (junctions: pairs); absent or 0 = not in this group
  fill: Fill;
}

export interface PlannedTable {
  table: Table;
  columns: string[];
  rows: Val[][];
  maxId?: number;                // highest explicit id (entity tables)
}

export interface PlannedGroup { name?: string; note?: string; tables: PlannedTable[] }

/** What a value generator knows about the cell it fills. */
export interface Cell {
  table: Table;
  column: Column;
  id: number;                    // the row's key (junctions: position + 1)
  index: number;                 // position of the row in its table within the group
  key: string;                   // stable seed key: table.column#id
  person: { first: string; last: string };
  times?: Map<string, Val>;      // the row's phased dates and instants (time.ts)
  maxLen?: number;               // VARCHAR(n) / indexed TEXT limit
  row: Record<string, Val>;      // the row's earlier columns (a slug follows its title or name)
}
