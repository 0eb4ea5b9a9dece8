/** SQLite catalog snapshot from sqlite_master and the table_info / foreign_key_list / index_* pragmas. */
import { checksOf } from '../../src/dialects/sqlite/catalog-text.js';
import { emptyTable, sortCatalog, type Catalog, type TableInfo } from './types.js';

type Query = <T>(sql: string) => Promise<T[]>;

interface ColRow { cid: number; name: string; type: string; notnull: number; dflt_value: string | null; pk: number }
interface FkRow { id: number; seq: number; table: string; from: string; to: string | null; on_delete: string }
interface IdxRow { name: string; unique: number; origin: string; partial: number }
interface IdxCol { seqno: number; cid: number; name: string | null }

const lit = (s: string) => `'${s.replace(/'/g, "''")}'`;

async function primaryKey(q: Query, table: string): Promise<string[]> {
  const cols = await q<ColRow>(`SELECT * FROM pragma_table_info(${lit(table)})`);
  return cols.filter((c) => c.pk > 0).sort((a, b) => a.pk - b.pk).map((c) => c.name);
}

async function readTable(q: Query, table: string, sql: string): Promise<TableInfo> {
  const t = emptyTable();
  const cols = await q<ColRow>(`SELECT * FROM pragma_table_info(${lit(table)}) ORDER BY cid`);
  t.primaryKey = cols.filter((c) => c.pk > 0).sort((a, b) => a.pk - b.pk).map((c) => c.name);
  const rowidAlias = t.primaryKey.length === 1 ? cols.find((c) => c.pk === 1 && c.type.toLowerCase() === 'integer') : undefined;
  t.columns = cols.map((c) => ({
    name: c.name,
    type: c.type.toLowerCase(),
    // an INTEGER PRIMARY KEY is the rowid: it can never be NULL although table_info says notnull=0
    nullable: c.notnull === 0 && c !== rowidAlias,
    default: c.dflt_value,
  }));
  const fks = await q<FkRow>(`SELECT * FROM pragma_foreign_key_list(${lit(table)}) ORDER BY id, seq`);
  for (const r of fks) {
    let fk = t.foreignKeys[r.id];
    if (!fk) {
      fk = { columns: [], refTable: r.table, refColumns: [], onDelete: r.on_delete.toLowerCase() };
      t.foreignKeys[r.id] = fk;
    }
    fk.columns.push(r.from);
    if (r.to !== null) fk.refColumns.push(r.to);
  }
  t.foreignKeys = t.foreignKeys.filter(Boolean);
  for (const fk of t.foreignKeys) {
    // `REFERENCES parent` without a column list means the parent's primary key
    if (fk.refColumns.length === 0) fk.refColumns = await primaryKey(q, fk.refTable);
  }
  const idxs = await q<IdxRow>(`SELECT * FROM pragma_index_list(${lit(table)})`);
  for (const r of idxs) {
    if (r.origin === 'pk') continue;
    const ic = await q<IdxCol>(`SELECT * FROM pragma_index_info(${lit(r.name)}) ORDER BY seqno`);
    t.indexes.push({
      name: r.name,
      columns: ic.map((c) => c.name ?? '<expr>'),
      unique: r.unique === 1,
      ...(r.partial === 1 ? { partial: true } : {}),
    });
  }
  t.checks = checksOf(table, sql); // the product's reader of SQLite's CREATE text
  return t;
}

export async function sqliteCatalog(q: Query): Promise<Catalog> {
  const tables = await q<{ name: string; sql: string }>(
    `SELECT name, sql FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite\\_%' ESCAPE '\\'`,
  );
  const triggers = await q<{ name: string }>(`SELECT name FROM sqlite_master WHERE type = 'trigger'`);
  const out: Record<string, TableInfo> = {};
  for (const { name, sql } of tables) out[name] = await readTable(q, name, sql ?? '');
  return sortCatalog({ tables: out, triggers: triggers.map((r) => r.name) });
}
