/**
 * One existing table, before → after: only additions are planned (a column with its own FK, index,
 * unique and checks). Anything else — a column changed or gone, a constraint on old columns — is
 * refused with one line rather than guessed at.
 */
import type { Column, Table } from '../state/physical-schema.js';
import type { Statement } from '../model/statements.js';
import { fail } from '../cli/errors.js';
import { same } from './same.js';

type Named = { name: string };

function unsupported(table: string, what: string): never {
  return fail(`diff: ${table}: ${what}; db-scaffold only adds tables and columns (write this migration by hand)`);
}

/** Parts of `next` that are not in `prev` must hang off new columns; parts of `prev` must stay as they were. */
function checkParts<T extends Named>(table: string, kind: string, prev: T[], next: T[], isNew: (x: T) => boolean): T[] {
  for (const p of prev) {
    const n = next.find((x) => x.name === p.name);
    if (!n) unsupported(table, `${kind} ${p.name} would be removed`);
    if (!same(p, n)) unsupported(table, `${kind} ${p.name} would change`);
  }
  const added = next.filter((n) => !prev.some((p) => p.name === n.name));
  const stray = added.find((x) => !isNew(x));
  if (stray) unsupported(table, `new ${kind} ${stray.name} is on columns that exist already`);
  return added;
}

/**
 * addColumn statements, each carrying the table as it is right after that column is added, and the
 * table as the migration leaves it: ADD COLUMN appends, so old columns (and constraints) keep their
 * order and new ones follow. The snapshot and schema.sql use that table, so replaying the migrations
 * and loading schema.sql give the same catalog.
 */
export function diffTable(prev: Table, next: Table): { up: Statement[]; after: Table } {
  const t = prev.name;
  if (prev.kind !== next.kind || prev.entity !== next.entity) {
    unsupported(t, `the name is taken already by ${prev.entity ? `entity ${prev.entity}` : 'a junction table'}`);
  }
  if (!same(prev.primaryKey, next.primaryKey)) unsupported(t, 'the primary key would change');
  if (prev.trigger !== next.trigger) unsupported(t, 'the updated_at trigger would change');
  const fresh: Column[] = checkParts(t, 'column', prev.columns, next.columns, () => true);
  const names = new Set(fresh.map((c) => c.name));
  const only = (cols: string[]) => cols.length === 1 && names.has(cols[0]);
  const fks = checkParts(t, 'foreign key', prev.foreignKeys, next.foreignKeys, (f) => names.has(f.column));
  const indexes = checkParts(t, 'index', prev.indexes, next.indexes, (i) => only(i.columns));
  const uniques = checkParts(t, 'unique constraint', prev.uniques, next.uniques, (u) => only(u.columns));
  const checks = checkParts(t, 'check', prev.checks, next.checks, (c) => names.has(c.column));
  const out: Statement[] = [];
  let state = prev;
  for (const column of fresh) {
    const mine = <T>(xs: T[], of: (x: T) => boolean) => xs.filter(of);
    const fk = mine(fks, (f) => f.column === column.name);
    const index = mine(indexes, (i) => i.columns[0] === column.name);
    const unique = mine(uniques, (u) => u.columns[0] === column.name);
    const check = mine(checks, (c) => c.column === column.name);
    if (fk.length > 1 || index.length > 1 || unique.length > 1) unsupported(t, `column ${column.name} gets more than one FK, index or unique`);
    state = {
      ...state,
      columns: [...state.columns, column],
      foreignKeys: [...state.foreignKeys, ...fk],
      indexes: [...state.indexes, ...index],
      uniques: [...state.uniques, ...unique],
      checks: [...state.checks, ...check],
    };
    out.push({
      kind: 'addColumn', table: state, column,
      ...(fk[0] ? { fk: fk[0] } : {}), ...(index[0] ? { index: index[0] } : {}),
      ...(unique[0] ? { unique: unique[0] } : {}), ...(check.length ? { checks: check } : {}),
    });
  }
  return { up: out, after: state };
}
