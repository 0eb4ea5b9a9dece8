/** SQLite catalog reader: sqlite_schema and the pragma table functions (SELECTs only), via `CatalogConn`. */
import {
  emptyCatalog, type Catalog, type CatalogConn, type CatColumn, type CatTable, type FkAction, type Row,
} from '../../catalog/types.js';
import { lowerType, sizeOf } from '../../catalog/type-text.js';
import { checksOf, indexText, tableText } from './catalog-text.js';
import { commentsOf } from './catalog-comments.js';

const str = (v: unknown): string => String(v ?? '');
const SCHEMA = `SELECT type, name, tbl_name AS t, sql FROM sqlite_master
  WHERE name NOT LIKE 'sqlite\\_%' ESCAPE '\\' ORDER BY name`;

async function readTable(conn: CatalogConn, name: string, sql: string): Promise<CatTable> {
  const t: CatTable = { name, columns: [], uniques: [], indexes: [], foreignKeys: [], checks: checksOf(name, sql), sql };
  const text = tableText(sql);
  const notes = commentsOf(sql); // the table's and the columns' comments, as db-scaffold writes them in the text
  if (notes.table) t.comment = notes.table;
  const cols = await conn.query('SELECT * FROM pragma_table_xinfo(?) ORDER BY cid', [name]);
  const pk = cols.filter((c) => Number(c.pk) > 0).sort((a, b) => Number(a.pk) - Number(b.pk)).map((c) => str(c.name));
  if (pk.length) t.primaryKey = { name: '', columns: pk };
  for (const r of cols) {
    const type = lowerType(str(r.type));
    const rowid = pk.length === 1 && pk[0] === r.name && type === 'integer';
    const c: CatColumn = {
      name: str(r.name), type, ...sizeOf(type), nullable: Number(r.notnull) === 0 && !rowid,
      default: r.dflt_value === null || r.dflt_value === undefined ? null : str(r.dflt_value),
    };
    if (rowid) c.identity = text.autoincrement ? 'auto-increment' : 'rowid';
    const gen = text.generated.get(c.name);
    if (gen && Number(r.hidden) >= 2) c.generated = gen;
    const coll = text.collations.get(c.name);
    if (coll) c.collation = coll;
    if (notes.columns.has(c.name)) c.comment = notes.columns.get(c.name);
    t.columns.push(c);
  }
  const fks = await conn.query('SELECT * FROM pragma_foreign_key_list(?) ORDER BY id, seq', [name]);
  for (const r of fks) {
    const id = `${name}_fk_${str(r.id)}`;
    let fk = t.foreignKeys.find((f) => f.name === id);
    if (!fk) {
      fk = { name: id, columns: [], refTable: str(r.table), refColumns: [],
        onDelete: str(r.on_delete).toLowerCase() as FkAction, onUpdate: str(r.on_update).toLowerCase() as FkAction };
      t.foreignKeys.push(fk);
    }
    fk.columns.push(str(r.from));
    if (r.to !== null && r.to !== undefined) fk.refColumns.push(str(r.to));
  }
  return t;
}

async function readIndexes(conn: CatalogConn, t: CatTable, sqlOf: Map<string, string>): Promise<void> {
  for (const r of await conn.query('SELECT * FROM pragma_index_list(?) ORDER BY name', [t.name])) {
    const name = str(r.name);
    if (r.origin === 'pk') continue;
    const info = await conn.query('SELECT * FROM pragma_index_xinfo(?) WHERE key = 1 ORDER BY seqno', [name]);
    const cols = info.map((c) => (c.name === null ? '<expr>' : str(c.name)) + (Number(c.desc) === 1 ? ' desc' : ''));
    if (r.origin === 'u') {
      t.uniques.push({ name, columns: cols });
      continue;
    }
    const sql = sqlOf.get(name) ?? '';
    const parsed = indexText(sql);
    const expression = info.some((c) => Number(c.cid) === -2);
    t.indexes.push({
      name, columns: expression ? parsed.columns : cols, unique: Number(r.unique) === 1, sql,
      ...(Number(r.partial) === 1 && parsed.where ? { where: parsed.where } : {}),
      ...(expression ? { expression } : {}),
    });
  }
}

const TIMING = /\b(BEFORE|AFTER|INSTEAD\s+OF)?\s*(INSERT|UPDATE|DELETE)\b/i;

export async function readSqliteCatalog(conn: CatalogConn): Promise<Catalog> {
  const out = emptyCatalog('sqlite');
  const rows: Row[] = await conn.query(SCHEMA);
  const sqlOf = new Map(rows.filter((r) => r.type === 'index').map((r) => [str(r.name), str(r.sql)]));
  const virtual = rows.filter((x) => x.type === 'table' && /^\s*CREATE\s+VIRTUAL\b/i.test(str(x.sql)));
  if (virtual.length) out.unsupported = virtual.map((r) => `virtual table ${str(r.name)}`);
  for (const r of rows.filter((x) => x.type === 'table' && !virtual.includes(x))) {
    const t = await readTable(conn, str(r.name), str(r.sql));
    await readIndexes(conn, t, sqlOf);
    out.tables.push(t);
  }
  for (const r of rows.filter((x) => x.type === 'view')) {
    const definition = str(r.sql).replace(/^[\s\S]*?\bAS\b\s*/i, '').trim();
    out.views.push({ name: str(r.name), definition, sql: str(r.sql) });
  }
  for (const r of rows.filter((x) => x.type === 'trigger')) {
    const m = TIMING.exec(str(r.sql).replace(/^[\s\S]*?TRIGGER\s+(IF\s+NOT\s+EXISTS\s+)?\S+/i, '')) ?? [];
    const timing = (m[1] ?? 'before').toLowerCase().replace(/\s+/, ' ') as 'before' | 'after' | 'instead of';
    const events = [str(m[2] ?? 'insert').toLowerCase()];
    out.triggers.push({ name: str(r.name), table: str(r.t), timing, events, sql: str(r.sql) });
  }
  return out;
}
