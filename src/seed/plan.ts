/**
 * One group's rows, table by table in creation order: explicit ids, FK values (skewed, agreeing along
 * FK paths), the row's times (created after its parents, phases in order), then values by meaning.
 */
import type { Column, Schema, Table } from '../state/physical-schema.js';
import type { Cell, GroupSpec, PlannedGroup, PlannedTable, Val } from './types.js';
import { fkValue, junctionKeys, junctionPairs, skewed, type Keys } from './fk.js';
import { keyValue, ownKey, refValue } from './keys.js';
import { satisfyChecks } from './checks.js';
import { UniqueBook, uniqueColumns } from './unique.js';
import { valueFor } from './values.js';
import { fakerFor, hash } from './rng.js';
import { agree, pathsOf, type Facts } from './paths.js';
import { createdAfter, phaseOf, rowTimes } from './time.js';
import { fillRate } from './rates.js';
import { DIALECT_IDS } from '../dialects/dialect.js';
import { dialectOf } from '../dialects/registry.js';

export function planGroup(schema: Schema, spec: GroupSpec, book: UniqueBook): PlannedGroup {
  const count = (t: Table) => spec.counts.get(t.name) ?? 0;
  const ids = new Map<string, number[]>();
  for (const t of schema.tables) {
    if (t.kind === 'entity' && count(t) > 0) ids.set(t.name, Array.from({ length: count(t) }, (_, i) => spec.base + i + 1));
  }
  const keys: Keys = { ids, order: new Map(schema.tables.map((t, i) => [t.name, i])), fill: spec.fill };
  const facts: Facts = new Map();
  const tables = schema.tables.filter((t) => count(t) > 0).map((t) => (t.kind === 'junction'
    ? junctionTable(schema, t, junctionPairs(t, ids, count(t)), spec, book, facts)
    : entityTable(schema, t, keys, spec, book, facts)));
  return { name: spec.name, note: spec.note, tables: tables.filter((t) => t.rows.length > 0) };
}

function entityTable(schema: Schema, t: Table, keys: Keys, spec: GroupSpec, book: UniqueBook, facts: Facts): PlannedTable {
  const own = keys.ids.get(t.name)!;
  const key = ownKey(t);
  const paths = pathsOf(schema, t);
  const rows = own.map((id, i) => {
    const refs: Record<string, Val> = Object.fromEntries(t.foreignKeys.map((fk) => [fk.column, fkValue(t, fk, i, keys)]));
    agree(paths, refs, facts, (xs) => skewed(xs, xs.length, `${t.name}#${id}:path`));
    return rowOf(schema, t, id, i, `${t.name}#${id}`, spec, book, facts, refs, (col) => (col.identity ? id : col === key ? keyValue(t, col, id) : undefined));
  });
  return { table: t, columns: t.columns.map((c) => c.name), rows: distinctKeys(t, rows), maxId: own[own.length - 1] };
}

function junctionTable(schema: Schema, t: Table, pairs: [number, number][], spec: GroupSpec, book: UniqueBook, facts: Facts): PlannedTable {
  const [fa, fb] = junctionKeys(t);
  const rows = pairs.map(([a, b], i) => rowOf(schema, t, spec.base + i + 1, i, `${t.name}#${a}-${b}`, spec, book, facts,
    { [fa.column]: a, [fb.column]: b }, () => undefined));
  return { table: t, columns: t.columns.map((c) => c.name), rows };
}

/** A composite key drawn from its FKs may repeat: keep the first row of each key (nothing can point at such a table). */
function distinctKeys(t: Table, rows: Val[][]): Val[][] {
  if (t.primaryKey.columns.length < 2) return rows;
  const at = t.primaryKey.columns.map((c) => t.columns.findIndex((x) => x.name === c));
  const seen = new Set<string>();
  return rows.filter((r) => !seen.has(JSON.stringify(at.map((i) => r[i]))) && !!seen.add(JSON.stringify(at.map((i) => r[i]))));
}

/** One row: keys from `fixed`, FKs from `refs` (row ids), times in order, every other column from its meaning. */
function rowOf(schema: Schema, t: Table, id: number, index: number, rowKey: string, spec: GroupSpec, book: UniqueBook,
  facts: Facts, refs: Record<string, Val>, fixed: (c: Column) => Val | undefined): Val[] {
  const rf = fakerFor(rowKey);
  const person = { first: rf.person.firstName(), last: rf.person.lastName() };
  const parents = Object.entries(refs).map(([col, v]) => {
    const fk = t.foreignKeys.find((f) => f.column === col)!;
    return v === null ? undefined : facts.get(fk.refTable)?.get(v as number)?.created;
  }).filter((x): x is string => !!x);
  const unique = uniqueColumns(t);
  const filled = new Map(t.columns.filter((c) => c.nullable).map((c) => [c.name, isFilled(spec.fill, t, c, `${t.name}.${c.name}#${id}`)]));
  const tf = fakerFor(`time:${rowKey}`);
  const created = createdAfter(tf, parents);
  const times = rowTimes(t, created, tf, (c) => filled.get(c.name) ?? true);
  const row: Record<string, Val> = {};
  const cellOf = (column: Column): Cell => ({ table: t, column, id, index, key: `${t.name}.${column.name}#${id}`, person, times, maxLen: maxLen(column, t, unique), row });
  for (const column of t.columns) {
    const cell = cellOf(column);
    const given = fixed(column) ?? (column.name in refs ? refValue(schema, t.foreignKeys.find((f) => f.column === column.name)!.refTable, refs[column.name]) : undefined);
    row[column.name] = given !== undefined ? given
      : times.has(column.name) ? times.get(column.name)!
        : column.nullable && !filled.get(column.name) ? null
          : book.take(cell, unique.has(column.name), (attempt) => valueFor(cell, attempt));
  }
  satisfyChecks(t, row, (column, attempt) => valueFor(cellOf(column), attempt));
  book.partial.keep(t, row, (column, attempt) => valueFor(cellOf(column), attempt));
  if (!facts.has(t.name)) facts.set(t.name, new Map());
  facts.get(t.name)!.set(id, { created, refs });
  return t.columns.map((c) => row[c.name]);
}

/** Whether an optional column gets a value: fixtures fill all or none; rich by the column's own rate. */
function isFilled(fill: GroupSpec['fill'], t: Table, c: Column, key: string): boolean {
  if (fill === 'all') return !/^deleted_(at|on)$/.test(c.name); // a soft-deleted row would hide from the app
  if (fill === 'none') return false;
  return (hash(`optional:${key}`) % 1000) / 1000 < fillRate(t, c, phaseOf(c));
}

/** The seed values are the same on every engine: keyed TEXT stays within the shortest VARCHAR any engine gives it (caps.keyedText). */
const KEYED_TEXT = Math.min(...DIALECT_IDS.map((id) => dialectOf(id).caps.keyedText ?? Infinity));

/** VARCHAR(n); TEXT that is unique or indexed: within KEYED_TEXT. */
function maxLen(c: Column, t: Table, unique: Set<string>): number | undefined {
  if (c.type.kind === 'string' || c.type.kind === 'char') return c.type.length;
  const keyed = unique.has(c.name) || t.indexes.some((i) => i.columns.includes(c.name));
  return c.type.kind === 'text' && keyed ? KEYED_TEXT : undefined;
}
