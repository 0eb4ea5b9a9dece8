/**
 * diffCatalogs(a, b): every object that differs between two catalogs of the same engine, each named.
 * Expressions are compared with whitespace squashed (the engine already normalised them when it stored
 * them). With `names: false`, constraints and indexes are matched by what they do, not by their names
 * (a design re-created through db-scaffold names its keys `ix_`/`uq_`/`fk_`).
 */
import type { Catalog, CatColumn, CatEnum, CatIndex, CatRoutine, CatTable } from './types.js';
import { compareLists, squash, type CatalogDifference } from './compare.js';

export type { CatalogDifference } from './compare.js';
export interface DiffCatalogOptions { names?: boolean }

const cols = (c: string[]) => `(${c.join(', ')})`;

function column(c: CatColumn): Record<string, unknown> {
  return {
    type: c.type, nullable: c.nullable, default: squash(c.default) || null, identity: c.identity ?? null,
    generated: c.generated ? `${squash(c.generated.expr)}${c.generated.stored ? ' stored' : ''}` : null,
    onUpdate: c.onUpdate ?? null, enumValues: c.enumValues ?? null, comment: c.comment ?? null,
    collation: c.collation ?? null,
  };
}

/** An expression with the quotes round plain identifiers dropped (SQLite keeps `lower("email")` as written). */
const expr = (s: string | undefined) => squash(s).replace(/"([A-Za-z_][A-Za-z0-9_]*)"|`([A-Za-z_][A-Za-z0-9_]*)`/g, '$1$2');

const indexBody = (i: CatIndex) => ({
  columns: i.columns.map(expr), unique: i.unique, where: expr(i.where) || null, method: i.method ?? null,
});

const json = (v: unknown) => JSON.stringify(v ?? null);
const ik = (i: CatIndex) =>
  `${i.unique ? 'unique ' : ''}${cols(i.columns.map(squash))}${i.where ? ` where ${squash(i.where)}` : ''}`;

function compareTable(a: CatTable, b: CatTable, names: boolean, out: CatalogDifference[]): void {
  const t = a.name;
  const named = <T extends { name: string }>(k: (x: T) => string) => (x: T) => (names ? x.name : k(x));
  if (a.comment !== b.comment) {
    out.push({ object: `comment on table ${t}`, detail: `a ${json(a.comment)} / b ${json(b.comment)}` });
  }
  if (a.collation !== b.collation) {
    out.push({ object: `collation of table ${t}`, detail: `a ${json(a.collation)} / b ${json(b.collation)}` });
  }
  const colSide = { key: (c: CatColumn) => c.name, label: (c: CatColumn) => `${t}.${c.name}`, body: column };
  compareLists('column', a.columns, b.columns, colSide, out);
  const both = (n: string) => a.columns.some((y) => y.name === n) && b.columns.some((y) => y.name === n);
  const order = (c: CatTable) => c.columns.map((x) => x.name).filter(both).join(', ');
  if (order(a) !== order(b)) out.push({ object: `table ${t}`, detail: `column order: a ${order(a)} / b ${order(b)}` });
  const pk = (x: CatTable) => (x.primaryKey ? [x.primaryKey] : []);
  compareLists('primary key', pk(a), pk(b), {
    key: () => 'pk', label: () => t, body: (k) => ({ columns: k.columns, ...(names ? { name: k.name } : {}) }),
  }, out);
  compareLists('unique', a.uniques, b.uniques, {
    key: named((u) => cols(u.columns)), label: (u) => `${t} ${cols(u.columns)}`, body: (u) => ({ columns: u.columns }),
  }, out);
  compareLists('index', a.indexes, b.indexes, {
    key: named(ik), label: (i) => `${t} ${names ? `${i.name} ` : ''}${ik(i)}`, body: indexBody,
  }, out);
  compareLists('foreign key', a.foreignKeys, b.foreignKeys, {
    key: named((f) => `${cols(f.columns)} → ${f.refTable}${cols(f.refColumns)}`),
    label: (f) => `${t} ${cols(f.columns)} → ${f.refTable}`,
    body: (f) => ({
      columns: f.columns, refTable: f.refTable, refColumns: f.refColumns, onDelete: f.onDelete, onUpdate: f.onUpdate,
    }),
  }, out);
  compareLists('check', a.checks, b.checks, {
    key: named((c) => expr(c.expr)), label: (c) => `${t} ${squash(c.expr)}`, body: (c) => ({ expr: expr(c.expr) }),
  }, out);
}

export function diffCatalogs(a: Catalog, b: Catalog, opts: DiffCatalogOptions = {}): CatalogDifference[] {
  const names = opts.names ?? true;
  const out: CatalogDifference[] = [];
  if (a.dialect !== b.dialect) out.push({ object: 'catalog', detail: `dialect: a ${a.dialect} / b ${b.dialect}` });
  const bt = new Map(b.tables.map((t) => [t.name, t]));
  for (const t of a.tables) {
    const u = bt.get(t.name);
    if (u) compareTable(t, u, names, out);
    else out.push({ object: `table ${t.name}`, detail: 'only in a' });
  }
  for (const t of b.tables) {
    if (!a.tables.some((x) => x.name === t.name)) out.push({ object: `table ${t.name}`, detail: 'only in b' });
  }
  const enumName = (e: CatEnum) => e.name;
  const enumSide = { key: enumName, label: enumName, body: (e: CatEnum) => ({ values: e.values }) };
  compareLists('enum', a.enums, b.enums, enumSide, out);
  compareLists('view', a.views, b.views, {
    key: (v) => v.name, label: (v) => v.name,
    body: (v) => ({
      definition: squash(v.definition), materialized: v.materialized ?? false, comment: v.comment ?? null,
    }),
  }, out);
  compareLists('trigger', a.triggers, b.triggers, {
    key: (g) => `${g.table}.${g.name}`, label: (g) => `${g.name} on ${g.table}`,
    body: (g) => ({ table: g.table, timing: g.timing, events: g.events, sql: squash(g.sql) }),
  }, out);
  compareLists('rule', a.rules ?? [], b.rules ?? [], {
    key: (r) => `${r.table}.${r.name}`, label: (r) => `${r.name} on ${r.table}`, body: (r) => ({ sql: squash(r.sql) }),
  }, out);
  const routine = (r: CatRoutine) => `${r.kind} ${r.name}`;
  const body = (r: CatRoutine) => ({ sql: squash(r.sql) });
  compareLists('routine', a.routines, b.routines, { key: routine, label: routine, body }, out);
  compareLists('sequence', a.sequences, b.sequences, {
    key: (s) => (!names && s.ownedBy ? `owned by ${s.ownedBy}` : s.name), label: (s) => s.name,
    body: (s) => ({
      start: s.start ?? null, increment: s.increment ?? null, type: s.type ?? null, ownedBy: s.ownedBy ?? null, identity: s.identity ?? false,
      ...(names ? { sql: squash(s.sql) || null } : {}),
    }),
  }, out);
  return out;
}
