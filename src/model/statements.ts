/** Dialect-free plan: a tagged union of statements; each carries what its inverse needs. */
import type { Check, Column, ForeignKey, Index, Schema, Table } from '../state/physical-schema.js';
import type { Caps } from '../dialects/dialect.js';

export type Statement =
  | { kind: 'createTriggerFunction' }
  | { kind: 'dropTriggerFunction' }
  | { kind: 'createTable'; table: Table; deferred: string[] }
  | { kind: 'dropTable'; table: Table; deferred: string[]; irreversible?: boolean }
  | { kind: 'addForeignKey'; table: string; fk: ForeignKey }
  | { kind: 'dropForeignKey'; table: string; fk: ForeignKey }
  | ({ kind: 'addColumn' } & ColumnChange)
  | ({ kind: 'dropColumn' } & ColumnChange)
  | { kind: 'guardIrreversible'; migration: string; tables: string[] };

export type StatementKind = Statement['kind'];

/** One column with the parts that belong to it alone; `table` is the table as it is WITH the column. */
export interface ColumnChange {
  table: Table; column: Column; fk?: ForeignKey; index?: Index; unique?: Table['uniques'][number]; checks?: Check[];
}

/** The whole schema from empty, in creation order. */
export function planCreate(schema: Schema, caps: Caps): Statement[] {
  const out: Statement[] = [];
  if (caps.triggerFunction && schema.tables.some((t) => t.trigger)) out.push({ kind: 'createTriggerFunction' });
  for (const table of schema.tables) {
    const deferred = schema.deferredFks.filter((d) => d.table === table.name).map((d) => d.fk);
    out.push({ kind: 'createTable', table, deferred });
  }
  for (const d of schema.deferredFks) {
    const fk = schema.tables.find((t) => t.name === d.table)!.foreignKeys.find((f) => f.name === d.fk)!;
    out.push({ kind: 'addForeignKey', table: d.table, fk });
  }
  return out;
}

export function invert(s: Statement): Statement {
  switch (s.kind) {
    case 'createTriggerFunction': return { kind: 'dropTriggerFunction' };
    case 'dropTriggerFunction': return { kind: 'createTriggerFunction' };
    case 'createTable': return { ...s, kind: 'dropTable' };
    case 'dropTable': return { ...s, kind: 'createTable' };
    case 'addForeignKey': return { ...s, kind: 'dropForeignKey' };
    case 'dropForeignKey': return { ...s, kind: 'addForeignKey' };
    case 'addColumn': return { ...s, kind: 'dropColumn' };
    case 'dropColumn': return { ...s, kind: 'addColumn' };
    case 'guardIrreversible': throw new Error('guardIrreversible has no inverse');
  }
}

/** The down of an up: guard first (before anything is dropped), then the inverses in reverse order. */
export function planDown(up: Statement[], migration: string, irreversible: string[]): Statement[] {
  const down = up.map(invert).reverse()
    .map((s) => (s.kind === 'dropTable' && irreversible.includes(s.table.name) ? { ...s, irreversible: true } : s));
  return irreversible.length ? [{ kind: 'guardIrreversible', migration, tables: irreversible }, ...down] : down;
}
