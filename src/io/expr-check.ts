/**
 * default(expr(…)) in an engine's own SQL, checked at design time by running it (issue 16): `SELECT (<expr>)`, then
 * a table with that DEFAULT and a row that reads it back, on a database nobody else sees — a fresh PGlite for
 * PostgreSQL, a fresh sql.js for SQLite, for MySQL/MariaDB a scratch database made on the server of DATABASE_URL
 * and dropped again. The text went through the guard of model/engine-expr.ts first (one expression, no `;`, no
 * comments, parentheses that close). The one call: `planChecked` around the plan, before anything is written.
 */
import type { Column, Table } from '../state/physical-schema.js';
import { DIALECT_IDS, type Dialect } from '../dialects/dialect.js';
import type { Session } from '../dialects/members.js';
import { dialectOf } from '../dialects/registry.js';
import { recordRun, SHARED, takePending, type EngineExpr } from '../model/engine-expr.js';
import { typeText } from '../model/types.js';
import { databaseUrl, dialectOfUrl, reason, redact } from './url.js';

const TABLE = 'dbs_expr_check';

/** A database for the run, or the one line saying why there is none. */
async function scratch(d: Dialect, dest: string): Promise<{ s: Session; on: string } | string> {
  const c = d.connection;
  if (c.embedded) return { s: await c.embedded.open(), on: `${d.label} (${c.embedded.label})` };
  const url = databaseUrl(undefined, dest);
  const ways = `give DATABASE_URL (${c.urlFormat}; a scratch database is made there and dropped), or use ${SHARED}`;
  if (!url) return `is ${d.label} SQL, which is checked by running it on a server, and no DATABASE_URL is set; ${ways}`;
  let named: string | undefined;
  try { named = dialectOf(dialectOfUrl(url)).label; } catch { named = undefined; }
  if (named !== d.label) return `is ${d.label} SQL, and DATABASE_URL (${redact(url)}) is not a ${d.label} server; ${ways}`;
  const s = await c.serverScratch?.(url).catch((e: unknown) => reason(e));
  if (!s || typeof s === 'string') return `could not be checked: no scratch database on ${redact(url)} (${s ?? 'refused'}); ${ways}`;
  return { s, on: d.label };
}

/** Runs one expression in table `table` of the open scratch: true when it ran and a row read the default back, else
 *  why (the engine's own words). */
async function run(d: Dialect, got: { s: Session; on: string }, x: EngineExpr, table: string): Promise<true | string> {
  const col: Column = { name: 'v', type: x.type, nullable: x.nullable, default: { kind: 'expr', expr: x.expr } };
  const t = { name: table, columns: [col], primaryKey: [], indexes: [], foreignKeys: [], checks: [] } as unknown as Table;
  const def = `${d.quote('v')} ${d.columnType(col, t)}${x.nullable ? '' : ' NOT NULL'} DEFAULT ${d.columnDefault(col, t)}`;
  const steps = [
    `SELECT (${x.expr.trim()}) AS v`,
    `CREATE TABLE ${d.quote(table)} (${d.quote('k')} INTEGER, ${def})`,
    `INSERT INTO ${d.quote(table)} (${d.quote('k')}) VALUES (1)`,
    `SELECT ${d.quote('v')} FROM ${d.quote(table)}`,
  ];
  try {
    for (const sql of steps) await got.s.conn.query(sql);
    return true;
  } catch (e) {
    return `fails on ${got.on}: ${reason(e).replace(/\s+/g, ' ')}; allowed: one expression ${d.label} runs as the default of `
      + `${typeText(x.type)}${x.nullable ? '' : ' NOT NULL'}, or ${SHARED}`;
  }
}

/** Runs every engine expression compiled since the last call (one scratch database per engine) and keeps what each
 *  engine said. */
export async function checkPendingExprs(dest: string): Promise<number> {
  const all = takePending();
  for (const engine of new Set(all.map((x) => x.engine))) {
    const xs = all.filter((x) => x.engine === engine);
    const id = DIALECT_IDS.find((i) => dialectOf(i).caps.engine === engine);
    const got = id ? await scratch(dialectOf(id), dest) : `cannot be checked: no engine named ${engine}`;
    if (typeof got === 'string') { for (const x of xs) recordRun(x, got); continue; }
    try {
      for (const [i, x] of xs.entries()) recordRun(x, await run(dialectOf(id!), got, x, `${TABLE}_${i + 1}`));
    } finally { await got.s.close().catch(() => undefined); }
  }
  return all.length;
}

/** The plan with every engine expression in it run first: plan, run what it compiled, plan again (a refusal is then
 *  raised by the plan itself, as any other). Nothing is written before this returns. */
export async function planChecked<T>(dest: string, plan: () => T | Promise<T>): Promise<T> {
  takePending();
  const first = await plan();
  return (await checkPendingExprs(dest)) ? plan() : first;
}
