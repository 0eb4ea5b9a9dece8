/**
 * The design's `names`: constraint and index names kept as a database has them (db-import writes one entry for
 * each name the product would generate otherwise), `{"ix_film_title": "idx_title"}`. Applied after compile, so
 * every path that compiles the design (the first run, db-change, db-verify) names them the same way.
 */
import type { Schema, Table } from '../state/physical-schema.js';

type Named = { name: string };

function renamed<T extends Named>(xs: T[], names: Record<string, string>): T[] {
  return xs.map((x) => (names[x.name] ? { ...x, name: names[x.name] } : x));
}

function keepTable(t: Table, names: Record<string, string>): Table {
  return {
    ...t,
    primaryKey: names[t.primaryKey.name] ? { ...t.primaryKey, name: names[t.primaryKey.name] } : t.primaryKey,
    uniques: renamed(t.uniques, names),
    checks: renamed(t.checks, names),
    foreignKeys: renamed(t.foreignKeys, names),
    indexes: renamed(t.indexes, names),
  };
}

export function keepNames(s: Schema, names: Record<string, string> | undefined): Schema {
  if (!names || !Object.keys(names).length) return s;
  return { ...s, tables: s.tables.map((t) => keepTable(t, names)), deferredFks: s.deferredFks.map((d) => ({ ...d, fk: names[d.fk] ?? d.fk })) };
}
