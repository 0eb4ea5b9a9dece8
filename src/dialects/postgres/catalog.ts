/** PostgreSQL catalog reader: pg_catalog over the current schema, through any `CatalogConn` (pg, PGlite). */
import {
  emptyCatalog, type Catalog, type CatalogConn, type CatColumn, type CatTable, type FkAction, type Row,
} from '../../catalog/types.js';
import { sizeOf } from '../../catalog/type-text.js';
import * as Q from './catalog-sql.js';

const ACTION: Record<string, FkAction> = {
  a: 'no action', r: 'restrict', c: 'cascade', n: 'set null', d: 'set default',
};
const str = (v: unknown): string => String(v);
const opt = (v: unknown): string | undefined => (v === null || v === undefined ? undefined : String(v));
/** PGlite and pg both parse text[]; a driver that does not gives '{a,b}'. */
const list = (v: unknown): string[] => {
  if (Array.isArray(v)) return v.map(String);
  return v ? String(v).replace(/^\{|\}$/g, '').split(',').filter(Boolean) : [];
};

/** pg_get_indexdef quotes a key column whose name needs it (`"AlbumId"`, `"order"`): the name itself, as attname says it. */
const ident = (k: string): string => (/^"(?:[^"]|"")+"$/.test(k) ? k.slice(1, -1).replace(/""/g, '"') : k);

function column(r: Row): CatColumn {
  const type = str(r.type);
  const c: CatColumn = {
    name: str(r.name), type, ...sizeOf(type), nullable: r.nullable === true, default: opt(r.def) ?? null,
  };
  if (r.typtype === 'e') c.base = type;
  if (r.ident === 'a') c.identity = 'always';
  if (r.ident === 'd') c.identity = 'by-default';
  if (r.gen === 's') {
    c.generated = { expr: c.default ?? '', stored: true };
    c.default = null;
  }
  if (r.enumvals) c.enumValues = list(r.enumvals);
  const comment = opt(r.comment);
  if (comment !== undefined) c.comment = comment;
  const coll = opt(r.coll); // COLLATE "C": one but its type's
  if (coll !== undefined) c.collation = coll;
  return c;
}

function timing(type: number): 'before' | 'after' | 'instead of' {
  if (type & 64) return 'instead of';
  return type & 2 ? 'before' : 'after';
}
const EVENTS: [number, string][] = [[4, 'insert'], [16, 'update'], [8, 'delete'], [32, 'truncate']];

export async function readPostgresCatalog(conn: CatalogConn): Promise<Catalog> {
  const out = emptyCatalog('postgres');
  const byName = new Map<string, CatTable>();
  for (const r of await conn.query(Q.TABLES)) {
    const t: CatTable = { name: str(r.name), columns: [], uniques: [], indexes: [], foreignKeys: [], checks: [] };
    if (r.comment !== null && r.comment !== undefined) t.comment = str(r.comment);
    out.tables.push(t);
    byName.set(t.name, t);
  }
  for (const r of await conn.query(Q.COLUMNS)) byName.get(str(r.t))?.columns.push(column(r));
  for (const r of await conn.query(Q.CONSTRAINTS)) {
    const t = byName.get(str(r.t));
    if (!t) continue;
    const key = { name: str(r.name), columns: list(r.cols) };
    if (r.kind === 'p') t.primaryKey = key;
    else if (r.kind === 'u') t.uniques.push(key);
    else if (r.kind === 'c') {
      t.checks.push({ name: key.name, expr: str(r.def).replace(/^CHECK\s*/, '').replace(/\s+NOT VALID$/, '') });
    } else {
      t.foreignKeys.push({
        ...key, refTable: str(r.reft), refColumns: list(r.refcols),
        onDelete: ACTION[str(r.del)] ?? 'no action', onUpdate: ACTION[str(r.upd)] ?? 'no action',
      });
    }
  }
  for (const r of await conn.query(Q.INDEXES)) {
    const t = byName.get(str(r.t));
    if (!t) continue;
    const where = opt(r.pred);
    t.indexes.push({
      name: str(r.name), columns: list(r.cols).map(ident), unique: r.uniq === true, sql: str(r.sql),
      ...(where ? { where } : {}), ...(r.expr === true ? { expression: true } : {}),
      ...(r.method !== 'btree' ? { method: str(r.method) } : {}),
    });
  }
  for (const r of await conn.query(Q.ENUMS)) out.enums.push({ name: str(r.name), values: list(r.vals) });
  for (const r of await conn.query(Q.VIEWS)) {
    out.views.push({
      name: str(r.name), definition: str(r.def).trim().replace(/;$/, ''),
      ...(r.mat === true ? { materialized: true } : {}),
      ...(opt(r.comment) !== undefined ? { comment: str(r.comment) } : {}),
    });
  }
  for (const r of await conn.query(Q.TRIGGERS)) {
    const type = Number(r.type);
    out.triggers.push({
      name: str(r.name), table: str(r.t), timing: timing(type), sql: str(r.sql),
      events: EVENTS.filter(([bit]) => type & bit).map(([, e]) => e),
    });
  }
  for (const r of await conn.query(Q.DOMAINS)) out.routines.push({ name: str(r.name), kind: 'domain', sql: str(r.sql) });
  for (const r of await conn.query(Q.ROUTINES)) {
    out.routines.push({ name: str(r.name), kind: r.kind === 'p' ? 'procedure' : 'function', sql: str(r.sql).trim() });
  }
  for (const r of await conn.query(Q.AGGREGATES)) out.routines.push({ name: str(r.name), kind: 'aggregate', sql: str(r.sql) });
  for (const r of await conn.query(Q.SEQUENCES)) {
    out.sequences.push({
      name: str(r.name), start: Number(r.start), increment: Number(r.inc), type: str(r.type),
      ...(opt(r.owner) ? { ownedBy: str(r.owner) } : {}), ...(r.ident === true ? { identity: true } : {}),
    });
  }
  const rules = (await conn.query(Q.RULES)).map((r) => ({ name: str(r.name), table: str(r.t), sql: str(r.sql).trim() }));
  if (rules.length) out.rules = rules;
  const unsupported = (await conn.query(Q.UNSUPPORTED)).map((r) => str(r.what));
  if (unsupported.length) out.unsupported = unsupported;
  return out;
}
