/** The tables as the migration leaves them so far: each step records the table before and after it. */
import type { Schema, Table } from '../state/physical-schema.js';
import type { Statement, Step } from '../model/statements.js';

export interface Facts {
  destructive: string[];   // drops: the down restores the structure, never the data
  lossy: string[];         // narrowing type changes: values may not fit
  unfilled: string[];      // NOT NULL on a column that may hold NULLs, with no default and no backfill
}

export class Work {
  readonly up: Statement[] = [];
  readonly facts: Facts = { destructive: [], lossy: [], unfilled: [] };
  tables: Table[];
  /** Name → position in `tables` (the first of a name), built on use and dropped when `tables` changes. */
  private at: Map<string, number> | undefined;

  constructor(prev: Schema) {
    this.tables = [...prev.tables];
  }

  private indexOf(name: string): number {
    if (!this.at) {
      this.at = new Map();
      this.tables.forEach((t, i) => { if (!this.at!.has(t.name)) this.at!.set(t.name, i); });
    }
    const i = this.at.get(name);
    return i !== undefined && this.tables[i]?.name === name ? i : this.tables.findIndex((t) => t.name === name);
  }

  get(name: string): Table | undefined {
    const i = this.indexOf(name);
    return i < 0 ? undefined : this.tables[i];
  }

  /** Change one table (it may get a new name); the statement made gets the table before and after. */
  step(name: string, change: (t: Table) => Table, make: (st: Step) => Statement): Table {
    const i = this.indexOf(name);
    if (i < 0) throw new Error(`diff: no table ${name}`);
    const before = this.tables[i];
    const after = change(before);
    this.tables[i] = after;
    if (after.name !== before.name) this.at = undefined;
    this.up.push(make({ before, after }));
    return after;
  }

  /** What the engine does by itself (a renamed parent: the children's FKs follow), no statement. */
  silently(change: (t: Table) => Table): void {
    this.tables = this.tables.map(change);
    this.at = undefined;
  }

  remove(name: string): void {
    this.tables = this.tables.filter((t) => t.name !== name);
    this.at = undefined;
  }
}

export type PartKind = 'uniques' | 'checks' | 'foreignKeys' | 'indexes';
export type Part = Table[PartKind][number];
export const PART_KINDS: PartKind[] = ['foreignKeys', 'indexes', 'uniques', 'checks'];

/** The single column a part belongs to (a one-column index, unique, FK or check), if any. */
export function ownerOf(kind: PartKind, p: Part): string | undefined {
  if (kind === 'checks' || kind === 'foreignKeys') return (p as { column: string }).column;
  const cols = (p as { columns: string[] }).columns;
  return cols.length === 1 ? cols[0] : undefined;
}

export const withPart = (t: Table, kind: PartKind, p: Part): Table => ({ ...t, [kind]: [...t[kind], p] });
export const withoutPart = (t: Table, kind: PartKind, name: string): Table =>
  ({ ...t, [kind]: (t[kind] as Part[]).filter((x) => x.name !== name) });

/** The statement that adds or drops one part of an existing table. */
export function partStatement(add: boolean, kind: PartKind, table: string, p: Part, st: Step): Statement {
  switch (kind) {
    case 'foreignKeys': return { kind: add ? 'addForeignKey' : 'dropForeignKey', table, fk: p as Table['foreignKeys'][number], ...st };
    case 'indexes': return { kind: add ? 'addIndex' : 'dropIndex', index: p as Table['indexes'][number], ...st };
    case 'uniques': return { kind: add ? 'addUnique' : 'dropUnique', unique: p as Table['uniques'][number], ...st };
    case 'checks': return { kind: add ? 'addCheck' : 'dropCheck', check: p as Table['checks'][number], ...st };
  }
}
