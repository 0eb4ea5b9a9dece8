/** One group's rows, table by table in creation order: explicit ids, FK values, values by meaning. */
import type { Column, Schema, Table } from '../state/physical-schema.js';
import type { Cell, GroupSpec, PlannedGroup, PlannedTable, Val } from './types.js';
import { fkValue, junctionPairs, type Keys } from './fk.js';
import { UniqueBook, uniqueColumns } from './unique.js';
import { valueFor } from './values.js';
import { createdFor } from './values-num.js';
import { fakerFor } from './rng.js';

export function planGroup(schema: Schema, spec: GroupSpec, book: UniqueBook): PlannedGroup {
  const count = (t: Table) => spec.counts.get(t.name) ?? 0;
  const ids = new Map<string, number[]>();
  for (const t of schema.tables) {
    if (t.kind === 'entity' && count(t) > 0) ids.set(t.name, Array.from({ length: count(t) }, (_, i) => spec.base + i + 1));
  }
  const keys: Keys = { ids, order: new Map(schema.tables.map((t, i) => [t.name, i])), fill: spec.fill };
  const tables = schema.tables.filter((t) => count(t) > 0).map((t) => (t.kind === 'junction'
    ? junctionTable(t, junctionPairs(t, ids, count(t)), spec, book)
    : entityTable(t, keys, spec, book)));
  return { name: spec.name, note: spec.note, tables: tables.filter((t) => t.rows.length > 0) };
}

function entityTable(t: Table, keys: Keys, spec: GroupSpec, book: UniqueBook): PlannedTable {
  const own = keys.ids.get(t.name)!;
  const fks = new Map(t.foreignKeys.map((fk) => [fk.column, fk]));
  const rows = own.map((id, i) => rowOf(t, id, i, `${t.name}#${id}`, spec, book, (col) => {
    if (col.identity) return id;
    const fk = fks.get(col.name);
    return fk ? fkValue(t, fk, i, keys) : undefined;
  }));
  return { table: t, columns: t.columns.map((c) => c.name), rows, maxId: own[own.length - 1] };
}

function junctionTable(t: Table, pairs: [number, number][], spec: GroupSpec, book: UniqueBook): PlannedTable {
  const [ca, cb] = t.primaryKey.columns;
  const rows = pairs.map(([a, b], i) => rowOf(t, spec.base + i + 1, i, `${t.name}#${a}-${b}`, spec, book, (col) =>
    (col.name === ca ? a : col.name === cb ? b : undefined)));
  return { table: t, columns: t.columns.map((c) => c.name), rows };
}

/** One row: `fixed` gives keys; every other column comes from its meaning (optional ones per the group's fill). */
function rowOf(t: Table, id: number, index: number, rowKey: string, spec: GroupSpec, book: UniqueBook, fixed: (c: Column) => Val | undefined): Val[] {
  const rf = fakerFor(rowKey);
  const person = { first: rf.person.firstName(), last: rf.person.lastName() };
  const created = createdFor(rf);
  const unique = uniqueColumns(t);
  const row: Record<string, Val> = {};
  return t.columns.map((column) => {
    const cell: Cell = { table: t, column, id, index, key: `${t.name}.${column.name}#${id}`, person, created, maxLen: maxLen(column, t, unique), row };
    const given = fixed(column);
    const v = given !== undefined ? given
      : column.nullable && !filled(spec.fill, cell.key) ? null
        : book.take(cell, unique.has(column.name), (attempt) => valueFor(cell, attempt));
    row[column.name] = v;
    return v;
  });
}

function filled(fill: GroupSpec['fill'], key: string): boolean {
  if (fill === 'all') return true;
  if (fill === 'none') return false;
  return fakerFor(`optional:${key}`).datatype.boolean({ probability: 0.75 });
}

/** VARCHAR(n); TEXT that is unique or indexed becomes VARCHAR(255) on MySQL, so keep it within 255. */
function maxLen(c: Column, t: Table, unique: Set<string>): number | undefined {
  if (c.type.kind === 'string' || c.type.kind === 'char') return c.type.length;
  const keyed = unique.has(c.name) || t.indexes.some((i) => i.columns.includes(c.name));
  return c.type.kind === 'text' && keyed ? 255 : undefined;
}
