/** PostgreSQL catalog snapshot of the public schema, read from pg_catalog. */
import { emptyTable, sortCatalog, type Catalog, type TableInfo } from './types.js';

type Query = <T>(sql: string) => Promise<T[]>;

/** pg_get_indexdef quotes a mixed-case key column (`"ArtistId"`): the name itself. */
const ident = (k: string): string => (/^"(?:[^"]|"")+"$/.test(k) ? k.slice(1, -1).replace(/""/g, '"') : k);

const TABLES = `SELECT c.relname AS t FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
  WHERE n.nspname = 'public' AND c.relkind IN ('r', 'p')`;

const COLUMNS = `SELECT c.relname AS t, a.attname AS name, format_type(a.atttypid, a.atttypmod) AS type,
  NOT a.attnotnull AS nullable, pg_get_expr(d.adbin, d.adrelid) AS def,
  a.attidentity AS ident, a.attgenerated AS gen
  FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
  JOIN pg_attribute a ON a.attrelid = c.oid AND a.attnum > 0 AND NOT a.attisdropped
  LEFT JOIN pg_attrdef d ON d.adrelid = c.oid AND d.adnum = a.attnum
  WHERE n.nspname = 'public' AND c.relkind IN ('r', 'p') ORDER BY c.relname, a.attnum`;

const colList = (keys: string, rel: string) => `ARRAY(SELECT a.attname::text FROM unnest(k.${keys})
  WITH ORDINALITY u(n, o) JOIN pg_attribute a ON a.attrelid = k.${rel} AND a.attnum = u.n ORDER BY u.o)`;

const CONSTRAINTS = `SELECT c.relname AS t, k.conname AS name, k.contype AS kind,
  ${colList('conkey', 'conrelid')} AS cols, f.relname AS reft, ${colList('confkey', 'confrelid')} AS refcols,
  k.confdeltype AS del, pg_get_constraintdef(k.oid, true) AS def
  FROM pg_constraint k JOIN pg_class c ON c.oid = k.conrelid JOIN pg_namespace n ON n.oid = c.relnamespace
  LEFT JOIN pg_class f ON f.oid = k.confrelid
  WHERE n.nspname = 'public' AND k.contype IN ('p', 'f', 'c')`;

const INDEXES = `SELECT t.relname AS t, i.relname AS name, x.indisunique AS uniq, x.indpred IS NOT NULL AS partial,
  ARRAY(SELECT pg_get_indexdef(x.indexrelid, k, true) FROM generate_series(1, x.indnkeyatts) k ORDER BY k) AS cols
  FROM pg_index x JOIN pg_class i ON i.oid = x.indexrelid JOIN pg_class t ON t.oid = x.indrelid
  JOIN pg_namespace n ON n.oid = t.relnamespace WHERE n.nspname = 'public' AND NOT x.indisprimary`;

const TRIGGERS = `SELECT g.tgname AS name FROM pg_trigger g JOIN pg_class c ON c.oid = g.tgrelid
  JOIN pg_namespace n ON n.oid = c.relnamespace WHERE n.nspname = 'public' AND NOT g.tgisinternal`;

const FUNCTIONS = `SELECT p.proname AS name FROM pg_proc p JOIN pg_namespace n ON n.oid = p.pronamespace
  WHERE n.nspname = 'public'
  AND NOT EXISTS (SELECT 1 FROM pg_depend d WHERE d.objid = p.oid AND d.deptype = 'e')`;

const ON_DELETE: Record<string, string> = {
  a: 'no action', r: 'restrict', c: 'cascade', n: 'set null', d: 'set default',
};

interface ColRow { t: string; name: string; type: string; nullable: boolean; def: string | null; ident: string; gen: string }
interface ConRow { t: string; name: string; kind: string; cols: string[]; reft: string | null; refcols: string[] | null; del: string; def: string }
interface IdxRow { t: string; name: string; uniq: boolean; partial: boolean; cols: string[] }

function columnDefault(r: ColRow): string | null {
  if (r.ident === 'a') return 'identity always';
  if (r.ident === 'd') return 'identity by default';
  if (r.gen === 's') return `generated always as (${r.def}) stored`;
  return r.def;
}

export async function postgresCatalog(q: Query): Promise<Catalog> {
  // one pg client runs one query at a time: read sequentially
  const tables = await q<{ t: string }>(TABLES);
  const cols = await q<ColRow>(COLUMNS);
  const cons = await q<ConRow>(CONSTRAINTS);
  const idxs = await q<IdxRow>(INDEXES);
  const trg = await q<{ name: string }>(TRIGGERS);
  const fns = await q<{ name: string }>(FUNCTIONS);
  const out: Record<string, TableInfo> = {};
  for (const { t } of tables) out[t] = emptyTable();
  for (const r of cols) {
    out[r.t]?.columns.push({ name: r.name, type: r.type.toLowerCase(), nullable: r.nullable, default: columnDefault(r) });
  }
  for (const r of cons) {
    const t = out[r.t];
    if (!t) continue;
    if (r.kind === 'p') t.primaryKey = r.cols;
    else if (r.kind === 'f') {
      t.foreignKeys.push({
        name: r.name, columns: r.cols, refTable: r.reft ?? '', refColumns: r.refcols ?? [], onDelete: ON_DELETE[r.del] ?? r.del,
      });
    } else t.checks.push({ name: r.name, expr: r.def.replace(/^CHECK /, '') });
  }
  for (const r of idxs) {
    out[r.t]?.indexes.push({ name: r.name, columns: r.cols.map(ident), unique: r.uniq, ...(r.partial ? { partial: true } : {}) });
  }
  return sortCatalog({ tables: out, triggers: trg.map((r) => r.name), functions: fns.map((r) => r.name) });
}
