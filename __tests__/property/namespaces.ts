/**
 * Where each engine needs a name to be unique, and its identifier limit (PostgreSQL counts bytes, MySQL characters).
 * PostgreSQL: tables, indexes, PK/UNIQUE indexes and identity sequences share the schema's relation namespace;
 * constraint and trigger names are per table. MySQL: FK (and, on MySQL 8, CHECK) names per database, index
 * names per table. SQLite: tables and indexes share one namespace per database, triggers have their own.
 */
import type { Schema, Table } from '../../src/state/physical-schema.js';
import type { DialectId } from '../../src/dialects/dialect.js';

export const LIMIT: Record<DialectId, number> = { postgres: 63, mysql: 64, sqlite: 63 };

const size = (db: DialectId, n: string) => (db === 'postgres' ? Buffer.byteLength(n, 'utf8') : [...n].length);

/** Every identifier the schema names: tables, columns, constraints, indexes, triggers. */
export function identifiers(s: Schema): string[] {
  return s.tables.flatMap((t) => [
    t.name, t.primaryKey.name, ...t.columns.map((c) => c.name), ...t.uniques.map((u) => u.name), ...t.checks.map((c) => c.name),
    ...t.foreignKeys.map((f) => f.name), ...t.indexes.map((i) => i.name), ...(t.trigger ? [t.trigger] : []),
  ]);
}

export const tooLong = (db: DialectId, s: Schema): string[] => identifiers(s).filter((n) => n === '' || size(db, n) > LIMIT[db]);

/** PostgreSQL's name for an identity column's sequence (makeObjectName: the longer part clipped to fit 63). */
export function pgSequence(table: string, column: string, label = 'seq'): string {
  let [a, b] = [table.length, column.length];
  while (a + b > 63 - 2 - label.length) if (a > b) a--; else b--;
  return `${table.slice(0, a)}_${column.slice(0, b)}_${label}`;
}

/**
 * Identity sequences are named when their table is created, around the names taken so far (ChooseRelationName
 * appends 1, 2, …); a table, index or PK/UNIQUE index created later under a sequence's name would clash.
 */
export function pgSequenceClashes(s: Schema): string[] {
  const taken = new Set<string>();
  const sequences = new Set<string>();
  const out: string[] = [];
  const take = (n: string) => {
    if (sequences.has(n)) out.push(`${n} is the identity sequence of an earlier table`);
    taken.add(n);
  };
  for (const t of s.tables) {
    take(t.name);
    for (const c of t.columns.filter((x) => x.identity)) {
      let seq = pgSequence(t.name, c.name);
      for (let i = 1; taken.has(seq); i++) seq = pgSequence(t.name, c.name, `seq${i}`);
      sequences.add(seq);
      taken.add(seq);
    }
    [t.primaryKey.name, ...t.uniques.map((u) => u.name), ...t.indexes.map((i) => i.name)].forEach(take);
  }
  return out;
}

const constraintsOf = (t: Table) => [t.primaryKey.name, ...t.uniques.map((u) => u.name), ...t.checks.map((c) => c.name),
  ...t.foreignKeys.map((f) => f.name)];

/** Namespace label → the names created in it (must hold no repeats). */
export function namespaces(db: DialectId, s: Schema): Record<string, string[]> {
  const perTable = (label: string, f: (t: Table) => string[]) =>
    Object.fromEntries(s.tables.map((t) => [`${label} of ${t.name}`, f(t)]));
  const tables = s.tables.map((t) => t.name);
  const all = (f: (t: Table) => string[]) => s.tables.flatMap(f);
  const columns = perTable('columns', (t) => t.columns.map((c) => c.name));
  if (db === 'postgres') {
    return {
      relations: [...tables, ...all((t) => [t.primaryKey.name, ...t.uniques.map((u) => u.name), ...t.indexes.map((i) => i.name)])],
      ...perTable('constraints', constraintsOf), ...columns,
    };
  }
  if (db === 'mysql') {
    return {
      tables, 'foreign keys': all((t) => t.foreignKeys.map((f) => f.name)), checks: all((t) => t.checks.map((c) => c.name)),
      ...perTable('indexes', (t) => ['PRIMARY', ...t.uniques.map((u) => u.name), ...t.indexes.map((i) => i.name)]), ...columns,
    };
  }
  return {
    'tables and indexes': [...tables, ...all((t) => t.indexes.map((i) => i.name))],
    triggers: all((t) => (t.trigger ? [t.trigger] : [])), ...perTable('constraints', constraintsOf), ...columns,
  };
}

/** Every repeated name, as `namespace: name` (case-insensitive where the engine is: MySQL and SQLite). */
export function clashes(db: DialectId, s: Schema): string[] {
  const fold = (n: string) => (db === 'postgres' ? n : n.toLowerCase());
  const sequences = db === 'postgres' ? pgSequenceClashes(s).map((m) => `relations: ${m}`) : [];
  return [...sequences, ...Object.entries(namespaces(db, s)).flatMap(([space, names]) => {
    const seen = new Set<string>();
    return names.map(fold).filter((n) => (seen.has(n) ? true : (seen.add(n), false))).map((n) => `${space}: ${n}`);
  })];
}

/** Every column a key, constraint or index names exists in its table; every FK points at a table's id. */
export function danglingRefs(s: Schema): string[] {
  const byName = new Map(s.tables.map((t) => [t.name, t]));
  return s.tables.flatMap((t) => {
    const has = (c: string) => t.columns.some((x) => x.name === c);
    const used = [...t.primaryKey.columns, ...t.uniques.flatMap((u) => u.columns), ...t.checks.map((c) => c.column),
      ...t.foreignKeys.map((f) => f.column), ...t.indexes.flatMap((i) => i.columns)];
    return [
      ...used.filter((c) => !has(c)).map((c) => `${t.name}: no column ${c}`),
      ...t.foreignKeys.filter((f) => !byName.get(f.refTable)?.columns.some((c) => c.name === f.refColumn))
        .map((f) => `${t.name}.${f.column} → ${f.refTable}.${f.refColumn}: no such column`),
    ];
  });
}
