/**
 * Drift against a live database on the real PostgreSQL and MariaDB (the harness's scratch databases as the
 * live ones, migrated and recorded in kei-migrate's table): clean at its version (exit 0); a column added by
 * hand is named (exit 1); --revert's file applied by hand and --adopt's pair recorded as applied each give a
 * clean second verify; the live database is never written (its catalog and a row count before and after).
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describeEngine, openEngine, type Engine } from '../support/engines.js';
import { project, sharedScratch, verifyAt } from './project.js';
import { dialectOf } from '../../src/dialects/registry.js';
import { mysqlConn, pgConn } from '../../src/catalog/conn.js';
import pg from 'pg';
import mysql from 'mysql2/promise';
import { applyPlan } from '../../src/io/apply.js';

const scratch = sharedScratch();
afterAll(() => scratch.close());
const TRACKER = 'CREATE TABLE _kei_migrations (version BIGINT PRIMARY KEY, name VARCHAR(255) NOT NULL, checksum VARCHAR(64) NOT NULL)';
const INIT = '20260102030405';

describe.each(['postgres', 'mysql'] as const)('%s', (db) => describeEngine(db, 'a live database', () => {
  let live: Engine; let scratchDb: Engine | undefined; let dir = '';
  const port = db === 'postgres' ? process.env.DBS_PG_PORT ?? 5432 : process.env.DBS_MYSQL_PORT ?? 3306;
  const urlOf = (name: string) => (db === 'postgres' ? `postgres://postgres@127.0.0.1:${port}/${name}` : `mysql://root@127.0.0.1:${port}/${name}`);
  const run = (extra: object = {}) => verifyAt(dir, scratch, {
    env: { DATABASE_URL: db === 'mysql' ? urlOf(scratchDb!.name) : urlOf(live.name) }, url: db === 'mysql' ? urlOf(live.name) : undefined, ...extra });
  /** What a reader sees of the live database: its catalog and its rows, read over a client of our own. */
  async function seen() {
    if (db === 'postgres') {
      const c = new pg.Client({ connectionString: urlOf(live.name) }); await c.connect();
      try { return { cat: await dialectOf(db).readCatalog(pgConn(c)), rows: (await c.query('SELECT COUNT(*)::int AS n FROM users')).rows, kei: (await c.query('SELECT version FROM _kei_migrations ORDER BY 1')).rows }; } finally { await c.end(); }
    }
    const c = await mysql.createConnection(urlOf(live.name));
    try { return { cat: await dialectOf(db).readCatalog(mysqlConn(c)), rows: (await c.query('SELECT COUNT(*) AS n FROM users'))[0], kei: (await c.query('SELECT version FROM _kei_migrations ORDER BY 1'))[0] }; } finally { await c.end(); }
  }

  beforeAll(async () => {
    live = await openEngine(db);
    if (db === 'mysql') scratchDb = await openEngine('mysql');
    dir = project('blog', db);
    await live.exec(readFileSync(join(dir, `migrations/${INIT}_init_schema.sql`), 'utf8'));
    await live.exec(`${TRACKER}; INSERT INTO _kei_migrations VALUES (${INIT}, 'init_schema', 'x'); INSERT INTO users (email, username, display_name, is_admin) VALUES ('a@b.c', 'a', 'A', false)`);
  }, 60000);
  afterAll(async () => { await live?.close(); await scratchDb?.close(); });

  test('at its version it matches: exit 0; nothing written to it', async () => {
    const before = await seen();
    const r = await run();
    expect(r.findings).toEqual([]);
    expect(r.lines[4]).toMatch(new RegExp(`^drift +ok: ${db}://\\S+ at ${INIT} matches the migrations$`));
    expect(await seen()).toEqual(before);
  });

  test('a column added by hand: named, exit 1; --revert writes the fix, never runs it; applied, the next verify is clean', async () => {
    await live.exec('ALTER TABLE users ADD COLUMN nickname VARCHAR(40)');
    const before = await seen();
    const r = await run({ revert: true });
    expect(r.exit).toBe(1);
    expect(r.lines).toContainEqual(expect.stringMatching(/^db\/schema\.sql:\d+ schema-drift column users\.nickname: only in the live database \(\S+ at 20260102030405\) — --adopt/));
    expect(await seen()).toEqual(before);
    applyPlan(dir, r.files);
    const [up] = readdirSync(join(dir, 'db/drift')).filter((f) => !f.endsWith('.down.sql'));
    await live.exec(readFileSync(join(dir, 'db/drift', up), 'utf8'));
    expect((await run()).exit).toBe(0);
  });

  test('--adopt takes the column into the design; recorded as applied, the next verify (replay included) is clean', async () => {
    await live.exec('ALTER TABLE users ADD COLUMN nickname VARCHAR(40)');
    const before = await seen();
    const r = await run({ adopt: true, clock: new Date('2026-02-01T00:00:00Z') });
    expect(r.exit).toBe(1);
    expect(await seen()).toEqual(before);
    applyPlan(dir, r.files);
    expect(readFileSync(join(dir, 'migrations/20260201000000_adopt_drift.sql'), 'utf8')).toMatch(/ADD COLUMN [`"]nickname[`"] VARCHAR\(40\)/);
    expect(readFileSync(join(dir, 'db/schema.sql'), 'utf8')).toMatch(/[`"]nickname[`"] VARCHAR\(40\)/);
    await live.exec("INSERT INTO _kei_migrations VALUES (20260201000000, 'adopt_drift', 'x')");
    const again = await run();
    expect(again.findings).toEqual([]);
    expect(again.lines[3]).toMatch(/^replay +ok: 2 ups/);
  });
}));
