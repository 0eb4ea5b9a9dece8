/**
 * A live database for the drift tests: the blog example migrated by hand on the real PostgreSQL or MariaDB (the
 * harness's scratch databases) or in an SQLite file (the sqlite3 CLI), recorded in kei-migrate's table (as it
 * creates it), one row in users; db-verify run against it; and what a reader sees of it, read over a client of our own.
 */
import { execFileSync } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import pg from 'pg';
import mysql from 'mysql2/promise';
import { openEngine, type Engine } from '../support/engines.js';
import { project, sharedScratch, verifyAt } from './project.js';
import { dialectOf } from '../../src/dialects/registry.js';
import { mysqlConn, pgConn } from '../../src/catalog/conn.js';
import { sha256 } from '../../src/core/versions.js';
import { RUNNER_DDL } from '../support/runner-tables.js';
import { applyPlan } from '../../src/io/apply.js';

export const INIT = '20260102030405';
export type LiveDb = 'postgres' | 'mysql' | 'sqlite';

export interface Live { dir: string; exec(sql: string): Promise<void>; run(extra?: object): ReturnType<typeof verifyAt>; seen(): Promise<unknown> }

/** Registers its own beforeAll/afterAll; the fields are there once beforeAll has run. */
export function liveBlog(db: LiveDb, scratch: ReturnType<typeof sharedScratch>): Live {
  let live: Engine | undefined; let scratchDb: Engine | undefined; let file = '';
  const port = db === 'postgres' ? process.env.DBS_PG_PORT ?? 5432 : process.env.DBS_MYSQL_PORT ?? 3306;
  const urlOf = (name: string) => (db === 'postgres' ? `postgres://postgres@127.0.0.1:${port}/${name}` : `mysql://root@127.0.0.1:${port}/${name}`);
  const sqlite = (sql: string) => execFileSync('sqlite3', ['-bail', file], { input: sql, encoding: 'utf8' });
  const h: Live = {
    dir: '',
    exec: async (sql) => { if (db === 'sqlite') sqlite(sql.trim().endsWith(';') ? sql : `${sql};`); else await live!.exec(sql); },
    run: (extra = {}) => verifyAt(h.dir, scratch, {
      env: { DATABASE_URL: db === 'mysql' ? urlOf(scratchDb!.name) : db === 'sqlite' ? `sqlite:${file}` : urlOf(live!.name) },
      url: db === 'mysql' ? urlOf(live!.name) : undefined, ...extra }),
    seen: async () => {
      if (db === 'sqlite') return { bytes: sha256(readFileSync(file, 'latin1')), rows: sqlite('SELECT COUNT(*) FROM users;') };
      if (db === 'postgres') {
        const c = new pg.Client({ connectionString: urlOf(live!.name) }); await c.connect();
        try { return { cat: await dialectOf(db).readCatalog(pgConn(c)), rows: (await c.query('SELECT COUNT(*)::int AS n FROM users')).rows, kei: (await c.query('SELECT version FROM _kei_migrations ORDER BY 1')).rows }; } finally { await c.end(); }
      }
      const c = await mysql.createConnection(urlOf(live!.name));
      try { return { cat: await dialectOf(db).readCatalog(mysqlConn(c)), rows: (await c.query('SELECT COUNT(*) AS n FROM users'))[0], kei: (await c.query('SELECT version FROM _kei_migrations ORDER BY 1'))[0] }; } finally { await c.end(); }
    },
  };
  beforeAll(async () => {
    h.dir = project('blog', db);
    if (db === 'sqlite') file = join(h.dir, 'live.db'); else live = await openEngine(db);
    if (db === 'mysql') scratchDb = await openEngine('mysql');
    await h.exec(readFileSync(join(h.dir, `migrations/${INIT}_init_schema.sql`), 'utf8'));
    for (const s of [...RUNNER_DDL['kei-migrate']!(db), `INSERT INTO _kei_migrations VALUES (${INIT}, 'init_schema', 'x', 't')`,
      "INSERT INTO users (email, username, display_name, is_admin) VALUES ('a@b.c', 'a', 'A', false)"]) await h.exec(s);
  }, 60000);
  afterAll(async () => { await live?.close(); await scratchDb?.close(); });
  return h;
}

/** The drift `sql` made, verified with the fix asked for: each of `named` named, exit 1, the live database as it was; the files written. */
export async function drifted(l: Live, sql: string[], named: RegExp[], fix: object) {
  for (const s of sql) await l.exec(s);
  const before = await l.seen();
  const r = await l.run(fix);
  expect(r.exit === 1 ? 1 : r.lines.join('\n')).toBe(1);
  const lines = r.findings.map((f) => f.message);
  expect(named.filter((n) => !lines.some((x) => n.test(x)))).toEqual([]);
  expect(await l.seen()).toEqual(before);
  applyPlan(l.dir, r.files);
  return { r, before };
}

/** `--revert`'s file: every statement written, `lossy` said (else nothing not exact); applied, the next verify clean
 *  but for `kept` (what the file said it cannot undo); its down applied after it: the findings of that verify (the drift again). */
export async function revertedAndBack(l: Live, lossy?: RegExp, kept: RegExp[] = []) {
  const [up] = readdirSync(join(l.dir, 'db/drift')).filter((f) => !f.endsWith('.down.sql'));
  const body = readFileSync(join(l.dir, 'db/drift', up), 'utf8');
  expect(body).not.toMatch(/^-- not written/m);
  if (lossy) expect(body).toMatch(lossy); else expect(body).not.toMatch(/^-- not exact/m);
  await l.exec(body);
  const again = await l.run();
  expect(again.exit === (kept.length ? 1 : 0) ? 'as said' : again.lines.join('\n')).toBe('as said');
  expect(again.findings.map((f) => f.message).filter((m) => !kept.some((k) => k.test(m)))).toEqual([]);
  expect(kept.filter((k) => !again.findings.some((f) => k.test(f.message)))).toEqual([]);
  await l.exec(readFileSync(join(l.dir, 'db/drift', up.replace(/\.sql$/, '.down.sql')), 'utf8'));
  return l.run();
}
