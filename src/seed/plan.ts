/** One group's rows, table by table in creation order: explicit ids, FK values, values by meaning. */
import type { Column, Schema, Table } from '../state/physical-schema.js';
import type { Cell, GroupSpec, PlannedGroup, PlannedTable, Val } from './types.js';
import { fkValue, junctionKeys, junctionPairs, type Keys } from './fk.js';
import { keyValue, ownKey, refValue } from './keys.js';
import { satisfyChecks } from './checks.js';
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
    ? junctionTable(schema, t, junctionPairs(t, ids, count(t)), spec, book)
    : entityTable(schema, t, keys, spec, book)));
  return { name: spec.name, note: spec.note, tables: tables.filter((t) => t.rows.length > 0) };
}

function entityTable(schema: Schema, t: Table, keys: Keys, spec: GroupSpec, book: UniqueBook): PlannedTable {
  const own = keys.ids.get(t.name)!;
  const fks = new Map(t.foreignKeys.map((fk) => [fk.column, fk]));
  const key = ownKey(t);
  const rows = own.map((id, i) => rowOf(t, id, i, `${t.name}#${id}`, spec, book, (col) => {
    if (col.identity) return id;
    if (col === key) return keyValue(t, col, id);
    const fk = fks.get(col.name);
    return fk ? refValue(schema, fk.refTable, fkValue(t, fk, i, keys)) : undefined;
  }));
  return { table: t, columns: t.columns.map((c) => c.name), rows: distinctKeys(t, rows), maxId: own[own.length - 1] };
}

function junctionTable(schema: Schema, t: Table, pairs: [number, number][], spec: GroupSpec, book: UniqueBook): PlannedTable {
  const [fa, fb] = junctionKeys(t);
  const rows = pairs.map(([a, b], i) => rowOf(t, spec.base + i + 1, i, `${t.name}#${a}-${b}`, spec, book, (col) =>
    (col.name === fa.column ? refValue(schema, fa.refTable, a) : col.name === fb.column ? refValue(schema, fb.refTable, b) : undefined)));
  return { table: t, columns: t.columns.map((c) => c.name), rows };
}

/** A composite key drawn from its FKs may repeat: keep the first row of each key (nothing can point at such a table). */
function distinctKeys(t: Table, rows: Val[][]): Val[][] {
  if (t.primaryKey.columns.length < 2) return rows;
  const at = t.primaryKey.columns.map((c) => t.columns.findIndex((x) => x.name === c));
  const seen = new Set<string>();
  return rows.filter((r) => !seen.has(JSON.stringify(at.map((i) => r[i]))) && !!seen.add(JSON.stringify(at.map((i) => r[i]))));
}

/** One row: `fixed` gives keys; every other column comes from its meaning (optional ones per the group's fill). */
function rowOf(t: Table, id: number, index: number, rowKey: string, spec: GroupSpec, book: UniqueBook, fixed: (c: Column) => Val | undefined): Val[] {
  const rf = fakerFor(rowKey);
  const person = { first: rf.person.firstName(), last: rf.person.lastName() };
  const created = createdFor(rf);
  const unique = uniqueColumns(t);
  const row: Record<string, Val> = {};
  const cellOf = (column: Column): Cell => ({ table: t, column, id, index, key: `${t.name}.${column.name}#${id}`, person, created, maxLen: maxLen(column, t, unique), row });
  for (const column of t.columns) {
    const cell = cellOf(column);
    const given = fixed(column);
    row[column.name] = given !== undefined ? given
      : column.nullable && !filled(spec.fill, cell.key) ? null
        : book.take(cell, unique.has(column.name), (attempt) => valueFor(cell, attempt));
  }
  satisfyChecks(t, row, (column, attempt) => valueFor(cellOf(column), attempt));
  book.partial.keep(t, row, (column, attempt) => valueFor(cellOf(column), attempt));
  return t.columns.map((c) => row[c.name]);
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
