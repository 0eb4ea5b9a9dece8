/**
 * A kept table whose key has the same columns in another order keeps the key as the database has it (plan.ts
 * checks the set alone). A junction whose entities now sort the other way (Branch → Site: branch_members
 * (branch_id, member_id) becomes member_sites, compiled (member_id, site_id)) has its indexes follow the kept
 * key: the two key columns swapped in each, so the second index is the kept key reversed, (member_id, site_id),
 * never the key's own columns again with member_id left without an index that leads with it.
 */
import type { Schema, Table } from '../state/physical-schema.js';
import type { Work } from './work.js';

const swapped = (cols: string[], [x, y]: string[]) => cols.map((c) => (c === x ? y : c === y ? x : c));

function keptKey(cur: Table, next: Table): Table {
  const had = cur.primaryKey.columns;
  const want = next.primaryKey.columns;
  if (had.join() === want.join() || [...had].sort().join() !== [...want].sort().join()) return next;
  const kept: Table = { ...next, primaryKey: { ...next.primaryKey, columns: had } };
  // a snapshot written before this rule (the index on the key's own columns) stays as it is, no change to refuse
  const as = (i: Table['indexes'][number]) => JSON.stringify(i);
  const before = next.indexes.length && next.indexes.every((i) => cur.indexes.some((c) => as(c) === as(i)));
  if (next.kind !== 'junction' || had.length !== 2 || before) return kept;
  const indexes = next.indexes.map((i) => {
    const columns = swapped(i.columns, had);
    // the name the compile gives (ix_<table>_<columns>) follows the columns; a name kept otherwise stays
    const name = i.name === `ix_${next.name}_${i.columns.join('_')}` ? `ix_${next.name}_${columns.join('_')}` : i.name;
    return { ...i, name, columns };
  });
  return { ...kept, indexes };
}

/** `next` with each kept table's key in the order the work (the database, renames applied) has it. */
export function keepKeyOrder(w: Work, next: Schema): Schema {
  return { ...next, tables: next.tables.map((t) => { const cur = w.get(t.name); return cur ? keptKey(cur, t) : t; }) };
}
