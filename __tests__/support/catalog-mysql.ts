/** MariaDB catalog snapshot of the current (scratch) database, read from information_schema. */
import { emptyTable, sortCatalog, type Catalog, type TableInfo } from './types.js';

type Query = <T>(sql: string) => Promise<T[]>;

const TABLES = `SELECT TABLE_NAME AS t FROM information_schema.TABLES
  WHERE TABLE_SCHEMA = DATABASE() AND TABLE_TYPE = 'BASE TABLE'`;

const COLUMNS = `SELECT TABLE_NAME AS t, COLUMN_NAME AS name, COLUMN_TYPE AS type, IS_NULLABLE AS nullable,
  COLUMN_DEFAULT AS def, EXTRA AS extra FROM information_schema.COLUMNS
  WHERE TABLE_SCHEMA = DATABASE() ORDER BY TABLE_NAME, ORDINAL_POSITION`;

const INDEXES = `SELECT TABLE_NAME AS t, INDEX_NAME AS name, NON_UNIQUE AS nonUnique, COLUMN_NAME AS col
  FROM information_schema.STATISTICS WHERE TABLE_SCHEMA = DATABASE()
  ORDER BY TABLE_NAME, INDEX_NAME, SEQ_IN_INDEX`;

const FKS = `SELECT k.TABLE_NAME AS t, k.CONSTRAINT_NAME AS name, k.COLUMN_NAME AS col,
  k.REFERENCED_TABLE_NAME AS reft, k.REFERENCED_COLUMN_NAME AS refcol, r.DELETE_RULE AS del
  FROM information_schema.KEY_COLUMN_USAGE k JOIN information_schema.REFERENTIAL_CONSTRAINTS r
  ON r.CONSTRAINT_SCHEMA = k.CONSTRAINT_SCHEMA AND r.TABLE_NAME = k.TABLE_NAME
  AND r.CONSTRAINT_NAME = k.CONSTRAINT_NAME
  WHERE k.TABLE_SCHEMA = DATABASE() AND k.REFERENCED_TABLE_NAME IS NOT NULL
  ORDER BY k.TABLE_NAME, k.CONSTRAINT_NAME, k.ORDINAL_POSITION`;

const CHECKS = `SELECT TABLE_NAME AS t, CONSTRAINT_NAME AS name, CHECK_CLAUSE AS expr
  FROM information_schema.CHECK_CONSTRAINTS WHERE CONSTRAINT_SCHEMA = DATABASE()`;

const TRIGGERS = `SELECT TRIGGER_NAME AS name FROM information_schema.TRIGGERS WHERE TRIGGER_SCHEMA = DATABASE()`;
const ROUTINES = `SELECT ROUTINE_NAME AS name FROM information_schema.ROUTINES WHERE ROUTINE_SCHEMA = DATABASE()`;

interface ColRow { t: string; name: string; type: string; nullable: string; def: string | null; extra: string }
interface IdxRow { t: string; name: string; nonUnique: number | string; col: string | null }
interface FkRow { t: string; name: string; col: string; reft: string; refcol: string; del: string }

/** MariaDB reports "no default" on a nullable column as the string 'NULL'; auto_increment lives in EXTRA. */
function columnDefault(r: ColRow): string | null {
  if (/auto_increment/i.test(r.extra)) return 'auto_increment';
  if (r.def === null || r.def === 'NULL') return null;
  return r.def;
}

export async function mysqlCatalog(q: Query): Promise<Catalog> {
  const tables = await q<{ t: string }>(TABLES);
  const cols = await q<ColRow>(COLUMNS);
  const idxs = await q<IdxRow>(INDEXES);
  const fks = await q<FkRow>(FKS);
  const checks = await q<{ t: string; name: string; expr: string }>(CHECKS);
  const trg = await q<{ name: string }>(TRIGGERS);
  const fns = await q<{ name: string }>(ROUTINES);
  const out: Record<string, TableInfo> = {};
  for (const { t } of tables) out[t] = emptyTable();
  for (const r of cols) {
    out[r.t]?.columns.push({
      name: r.name, type: r.type.toLowerCase(), nullable: r.nullable === 'YES', default: columnDefault(r),
    });
  }
  for (const r of idxs) {
    const t = out[r.t];
    if (!t) continue;
    const col = r.col ?? '<expr>';
    if (r.name === 'PRIMARY') {
      t.primaryKey.push(col);
      continue;
    }
    const idx = t.indexes.find((i) => i.name === r.name);
    if (idx) idx.columns.push(col);
    else t.indexes.push({ name: r.name, columns: [col], unique: Number(r.nonUnique) === 0 });
  }
  for (const r of fks) {
    const t = out[r.t];
    if (!t) continue;
    const fk = t.foreignKeys.find((f) => f.name === r.name);
    if (fk) {
      fk.columns.push(r.col);
      fk.refColumns.push(r.refcol);
    } else {
      t.foreignKeys.push({
        name: r.name, columns: [r.col], refTable: r.reft, refColumns: [r.refcol], onDelete: r.del.toLowerCase(),
      });
    }
  }
  for (const r of checks) out[r.t]?.checks.push({ name: r.name, expr: r.expr });
  return sortCatalog({ tables: out, triggers: trg.map((r) => r.name), functions: fns.map((r) => r.name) });
}
