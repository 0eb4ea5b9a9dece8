/** MySQL/MariaDB catalog reader: information_schema of DATABASE() (and SHOW CREATE for routines), via `CatalogConn`. */
import {
  emptyCatalog, type Catalog, type CatalogConn, type CatColumn, type CatTable, type FkAction, type Row,
} from '../../catalog/types.js';
import { enumValuesOf, lowerType, sizeOf } from '../../catalog/type-text.js';
import * as Q from './catalog-sql.js';
import { CHARSET, COLLATION } from './types.js';

const str = (v: unknown): string => String(v);
const action = (v: unknown) => str(v).toLowerCase() as FkAction;

/** A collation but the default: the migrations' own, or the database's if one of utf8mb4 (they make that theirs). */
const collationOf = (v: unknown, db: string): string | undefined =>
  (v === null || v === undefined || v === COLLATION || (v === db && db.startsWith(`${CHARSET}_`)) ? undefined : str(v));

/** MariaDB says 'NULL' for "no default" on a nullable column; a string default comes quoted. */
function column(r: Row, db: string): CatColumn {
  const type = lowerType(str(r.type));
  const extra = str(r.extra ?? '').toLowerCase();
  const def = r.def === null || r.def === undefined || r.def === 'NULL' ? null : str(r.def);
  const c: CatColumn = { name: str(r.name), type, ...sizeOf(type), nullable: r.nullable === 'YES', default: def };
  if (extra.includes('auto_increment')) c.identity = 'auto-increment';
  const onUpdate = /on update (\S+)/.exec(extra);
  if (onUpdate) c.onUpdate = onUpdate[1];
  if (/generated/.test(extra) && !/default_generated/.test(extra) && r.gen) {
    c.generated = { expr: str(r.gen), stored: /stored|persistent/.test(extra) };
    c.default = null;
  }
  const values = enumValuesOf(type);
  if (values) c.enumValues = values;
  if (r.comment) c.comment = str(r.comment);
  const coll = collationOf(r.coll, db);
  if (coll) c.collation = coll;
  return c;
}

function addIndexPart(t: CatTable, r: Row, uniques: Set<string>): void {
  const name = str(r.name);
  const col = r.col === null ? '<expr>' : str(r.col);
  const part = col + (r.sub ? `(${str(r.sub)})` : '') + (r.coll === 'D' ? ' desc' : '');
  if (name === 'PRIMARY') {
    t.primaryKey ??= { name, columns: [] };
    t.primaryKey.columns.push(part);
  } else if (uniques.has(`${t.name}.${name}`)) {
    const u = t.uniques.find((x) => x.name === name);
    if (u) u.columns.push(part);
    else t.uniques.push({ name, columns: [part] });
  } else {
    const i = t.indexes.find((x) => x.name === name);
    if (i) i.columns.push(part);
    else {
      const method = str(r.method).toLowerCase();
      const unique = Number(r.nonUnique) === 0;
      t.indexes.push({ name, columns: [part], unique, ...(method !== 'btree' ? { method } : {}) });
    }
  }
}

export async function readMysqlCatalog(conn: CatalogConn): Promise<Catalog> {
  const out = emptyCatalog('mysql');
  const byName = new Map<string, CatTable>();
  const [{ db, coll: dbColl }] = (await conn.query(Q.DATABASE)) as { db: string; coll: string }[];
  for (const r of await conn.query(Q.TABLES)) {
    if (r.kind === 'SEQUENCE') {
      const [row] = await conn.query(Q.showCreate('SEQUENCE', str(r.name)));
      out.sequences.push({ name: str(r.name), sql: str(row?.['Create Table'] ?? row?.['Create Sequence'] ?? '') });
    }
    if (r.kind !== 'BASE TABLE') continue;
    const t: CatTable = { name: str(r.name), columns: [], uniques: [], indexes: [], foreignKeys: [], checks: [] };
    if (r.comment) t.comment = str(r.comment);
    const coll = collationOf(r.coll, dbColl);
    if (coll) t.collation = coll;
    if (r.coll === dbColl && dbColl !== COLLATION && !coll) out.defaultCollation = dbColl; // read as the migrations' own
    out.tables.push(t);
    byName.set(t.name, t);
  }
  for (const r of await conn.query(Q.COLUMNS)) byName.get(str(r.t))?.columns.push(column(r, dbColl));
  const uniques = new Set((await conn.query(Q.UNIQUES)).map((r) => `${str(r.t)}.${str(r.name)}`));
  for (const r of await conn.query(Q.INDEXES)) {
    const t = byName.get(str(r.t));
    if (t) addIndexPart(t, r, uniques);
  }
  for (const r of await conn.query(Q.FKS)) {
    const t = byName.get(str(r.t));
    if (!t) continue;
    const fk = t.foreignKeys.find((f) => f.name === r.name);
    if (fk) {
      fk.columns.push(str(r.col));
      fk.refColumns.push(str(r.refcol));
    } else {
      t.foreignKeys.push({
        name: str(r.name), columns: [str(r.col)], refTable: str(r.reft), refColumns: [str(r.refcol)],
        onDelete: action(r.del), onUpdate: action(r.upd),
      });
    }
  }
  for (const r of await conn.query(Q.CHECKS)) {
    byName.get(str(r.t))?.checks.push({ name: str(r.name), expr: str(r.expr) });
  }
  // a view's text names its own database: `db`.`t`.`c`
  const own = new RegExp('`' + db.replace(/[.*+?^${}()|[\]\\]/g, '\\$&') + '`\\.', 'g');
  for (const r of await conn.query(Q.VIEWS)) {
    out.views.push({ name: str(r.name), definition: str(r.def).replace(own, '') });
  }
  for (const r of await conn.query(Q.TRIGGERS)) {
    const [name, table] = [str(r.name), str(r.t)];
    const [timing, event] = [str(r.timing).toLowerCase(), str(r.event).toLowerCase()];
    const head = `CREATE TRIGGER \`${name}\` ${timing.toUpperCase()} ${event.toUpperCase()} ON \`${table}\``;
    const sql = `${head} FOR EACH ROW ${str(r.body)}`;
    out.triggers.push({ name, table, timing: timing as 'before' | 'after', events: [event], sql });
  }
  for (const r of await conn.query(Q.ROUTINES)) {
    const kind = r.kind === 'PROCEDURE' ? 'procedure' : 'function';
    const [row] = await conn.query(Q.showCreate(kind === 'procedure' ? 'PROCEDURE' : 'FUNCTION', str(r.name)));
    const sql = str(row?.[kind === 'procedure' ? 'Create Procedure' : 'Create Function'] ?? '');
    out.routines.push({ name: str(r.name), kind, sql: sql.replace(/\s+DEFINER=\S+@\S+/, '') });
  }
  return out;
}
