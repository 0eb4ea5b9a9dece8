/**
 * `column(Name)`: a field stored under another column name (db-import keeps `AlbumId` as `album_id:…:column(AlbumId)`).
 * Applied to the compiled tables, so keys, uniques, indexes, checks and every FK to the table (refColumn) follow.
 */
import type { Entity } from '../state/model-schema.js';
import type { Table } from '../state/physical-schema.js';
import { fail } from '../base/errors.js';

type Map2 = Map<string, Map<string, string>>;

function renameTable(t: Table, maps: Map2): Table {
  const own = maps.get(t.name);
  const c = (n: string) => own?.get(n) ?? n;
  // an expression names fields, and is printed as written: refused rather than left naming columns that are not there
  const expr = own && (t.checks.find((k) => k.rule === 'expr')?.column
    ?? t.indexes.find((i) => i.where || i.keys?.some((k) => !/^\w+$/.test(k)))?.name);
  if (expr) fail(`${t.entity}: ${expr}: check(expr), where(…) and expression keys do not go with column(…) yet; leave them out`);
  return {
    ...t,
    columns: t.columns.map((x) => ({ ...x, name: c(x.name) })),
    primaryKey: { ...t.primaryKey, columns: t.primaryKey.columns.map(c) },
    uniques: t.uniques.map((u) => ({ ...u, columns: u.columns.map(c) })),
    indexes: t.indexes.map((i) => ({ ...i, columns: i.columns.map(c), ...(i.keys ? { keys: i.keys.map(c) } : {}) })),
    checks: t.checks.map((k) => ({ ...k, column: c(k.column) })),
    foreignKeys: t.foreignKeys.map((f) => ({
      ...f, column: c(f.column), refColumn: maps.get(f.refTable)?.get(f.refColumn) ?? f.refColumn,
    })),
  };
}

/** The tables with each entity's `column(…)` names; `physical` maps an entity to its table's name. */
export function mapColumns(tables: Table[], entities: Entity[], physical: Map<string, string>): Table[] {
  const maps: Map2 = new Map();
  for (const e of entities) {
    const m = new Map(e.fields.filter((f) => f.column).map((f) => [f.name, f.column!]));
    if (m.size) maps.set(physical.get(e.name)!, m);
  }
  return maps.size ? tables.map((t) => renameTable(t, maps)) : tables;
}
