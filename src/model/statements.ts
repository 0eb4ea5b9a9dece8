/** Dialect-free plan: a tagged union of statements; each carries what its inverse needs. */
import type { Check, Column, ForeignKey, Index, Table } from '../state/physical-schema.js';
import type { Default } from '../state/model-schema.js';

export type Unique = Table['uniques'][number];

/** The whole table right before and right after one statement (SQLite rebuilds from them; MySQL retypes keyed TEXT). */
export interface Step { before: Table; after: Table; unreferenced?: boolean }
/** `unreferenced`: no table references this one, nor it itself, before or after (set by an engine's group: a rebuild needs no FK switch). */

export type Statement =
  | { kind: 'createTriggerFunction' }
  | { kind: 'dropTriggerFunction' }
  // residue: what the design's residue made on the table, made again by a drop's down (core/residue-prune.ts);
  // dependents: the drops of what of the residue depends on the table (an FK to it, a view over it), run before it
  // dependents on a create: the drops its down runs first (an import's baseline: what its residue made, core/init.ts)
  | { kind: 'createTable'; table: Table; deferred: string[]; residue?: string[]; dependents?: string[] }
  | { kind: 'dropTable'; table: Table; deferred: string[]; irreversible?: boolean; residue?: string[]; dependents?: string[] }
  | ({ kind: 'addForeignKey'; table: string; fk: ForeignKey } & Partial<Step>)
  | ({ kind: 'dropForeignKey'; table: string; fk: ForeignKey } & Partial<Step>)
  | ({ kind: 'addColumn' } & ColumnChange)
  | ({ kind: 'dropColumn' } & ColumnChange)
  | ({ kind: 'alterColumn'; from: Column; to: Column; backfill?: Fill; restore?: Fill; values?: ValueMap } & Step & Yields)
  | ({ kind: 'addUnique'; unique: Unique } & Step)
  | ({ kind: 'dropUnique'; unique: Unique } & Step)
  | ({ kind: 'addIndex'; index: Index } & Step)
  | ({ kind: 'dropIndex'; index: Index } & Step)
  | ({ kind: 'addCheck'; check: Check } & Step)
  | ({ kind: 'dropCheck'; check: Check } & Step)
  | ({ kind: 'renameTable'; from: string; to: string } & Step)
  | ({ kind: 'rebuildTable'; why: string[]; fill?: Record<string, Fill>; restore?: Record<string, Fill>; values?: Record<string, ValueMap> } & Step)
  | ({ kind: 'renameColumn'; from: string; to: string } & Step)
  | ({ kind: 'addTrigger' } & Step)                 // the updated_at trigger of an existing table (@timestamps changed)
  | ({ kind: 'dropTrigger' } & Step)
  | ({ kind: 'commentTable' } & Step)               // the table's comment (@doc): before.doc → after.doc, one absent when none
  | { kind: 'guardIrreversible'; migration: string; tables: string[] };

export type StatementKind = Statement['kind'];

/** Enum values renamed in the rows (old → new): the UPDATE between the CHECK that goes and the one that comes. */
export type ValueMap = Record<string, string>;
export const flipValues = (v: ValueMap): ValueMap => Object.fromEntries(Object.entries(v).map(([a, b]) => [b, a]));

/** A one-off value for the rows whose column is NULL when it becomes NOT NULL (a literal or now, never an expression);
 *  `restore` is the one the down uses when the up lets a NOT NULL column hold NULL (or drops it). */
export type Fill = Default;

/** `yields`: the residue's statements a column change takes out of db/residue.sql (core/residue-columns.ts): an ALTER
 *  restates the whole column; `carries`: those a column dropped takes along. The inverse gets either as `remake`, run
 *  right after it (the residue's definition again). */
export interface Yields { yields?: string[]; carries?: string[]; remake?: string[] }

/** One column with the parts that belong to it alone; `table` is the table as it is WITH the column. */
export interface ColumnChange extends Yields {
  table: Table; column: Column; fk?: ForeignKey; index?: Index; unique?: Table['uniques'][number]; checks?: Check[]; unreferenced?: boolean;
}

const PAIRS: [StatementKind, StatementKind][] = [
  ['createTriggerFunction', 'dropTriggerFunction'], ['createTable', 'dropTable'], ['addForeignKey', 'dropForeignKey'],
  ['addColumn', 'dropColumn'], ['addUnique', 'dropUnique'], ['addIndex', 'dropIndex'], ['addCheck', 'dropCheck'],
  ['addTrigger', 'dropTrigger'],
];
const OPPOSITE = new Map(PAIRS.flatMap(([a, b]) => [[a, b], [b, a]] as [StatementKind, StatementKind][]));

function swapStep<T>(s: T): T {
  const x = s as T & Partial<Step>;
  return x.before && x.after ? { ...x, before: x.after, after: x.before } : s;
}

export function invert(s: Statement): Statement {
  const { yields, carries, remake: _, ...rest } = s as Statement & Yields;
  const x = inverse(rest as Statement);
  return yields ?? carries ? { ...x, remake: yields ?? carries } as Statement : x;
}

function inverse(s: Statement): Statement {
  switch (s.kind) {
    case 'guardIrreversible': throw new Error('guardIrreversible has no inverse');
    case 'alterColumn': { // the down fills NULLs with what the up said it would (restore), and vice versa
      const { backfill, restore, values, ...rest } = s;
      return swapStep({ ...rest, from: s.to, to: s.from, ...(restore ? { backfill: restore } : {}), ...(backfill ? { restore: backfill } : {}),
        ...(values ? { values: flipValues(values) } : {}) });
    }
    case 'rebuildTable': {
      const { fill, restore, values, ...rest } = s;
      const back = values ? { values: Object.fromEntries(Object.entries(values).map(([c, v]) => [c, flipValues(v)])) } : {};
      return swapStep({ ...rest, why: s.why.map((w) => `undo ${w}`), ...(restore ? { fill: restore } : {}), ...(fill ? { restore: fill } : {}), ...back });
    }
    case 'renameTable': case 'renameColumn': return swapStep({ ...s, from: s.to, to: s.from });
    case 'commentTable': return swapStep(s);
    default: {
      const { irreversible: _, ...rest } = s as Statement & { irreversible?: boolean };
      return swapStep({ ...rest, kind: OPPOSITE.get(s.kind)! } as Statement);
    }
  }
}

/** The down of an up: guard first (before anything is dropped), then the inverses in reverse order. */
export function planDown(up: Statement[], migration: string, irreversible: string[]): Statement[] {
  const down = up.map(invert).reverse()
    .map((s) => (s.kind === 'dropTable' && irreversible.includes(s.table.name) ? { ...s, irreversible: true } : s));
  return irreversible.length ? [{ kind: 'guardIrreversible', migration, tables: irreversible }, ...down] : down;
}
